import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { createReceiver, type Receiver } from '../../src/receiver/receiver.js';
import { createOutbox, PRUNED_PAYLOAD } from '../../src/store/index.js';
import {
  createCorrector,
  createDeliverer,
  createSender,
  hmacPseudonymiser,
  nextAttemptDelay,
  RETRY_FOR_MS,
} from '../../src/transmit/index.js';
import { completeP } from '../helpers/fixtures.js';
import { freshStore, tempDir } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';

const pseudonymiser = hmacPseudonymiser(Buffer.alloc(32, 9));
const DAY = 86_400_000;
const receivers: Receiver[] = [];
afterEach(async () => {
  while (receivers.length) await receivers.pop()!.close();
});

async function startReceiver(options: Parameters<typeof createReceiver>[0] = {}) {
  const r = createReceiver(options);
  receivers.push(r);
  const base = await r.listen(0);
  return { receiver: r, base, endpoints: { healthdata: `${base}/healthdata`, cin: `${base}/cin` } };
}

/** A store on a clock the test moves (retries fall due without waiting), with its sender and outbox. */
function setup() {
  const { db, store, clock } = freshStore();
  const sender = createSender(db, store, pseudonymiser, { hospital: { name: 'AZ Test', inami: '71000000' } });
  return { db, store, clock, sender, outbox: createOutbox(db, { clock }) };
}

/** A registration with names and an internal id, none of which may reach Healthdata. */
const identified = () => ({ ...completeP(), TX_PAT_FIRST_NAM: 'Zoltanius', TX_PAT_LAST_NAM: 'Quibbleworth', TX_IDC_PAT_INT: 'INT-998877' });

describe('delivery to the reference receiver over loopback', () => {
  test('a send delivers exactly one item per destination; the Healthdata payload carries a pseudonym only', async () => {
    const { store, sender, outbox } = setup();
    const { receiver, endpoints } = await startReceiver();
    const r = store.create({ type: 'P', data: identified(), user: 'nurse' });
    sender.send(r.id, { user: 'nurse' });
    expect(store.mustGet(r.id).delivery).toBe('pending');
    const results = await createDeliverer(outbox, { endpoints }).runOnce();
    expect(results.map((x) => `${x.destination}:${x.outcome}`).sort()).toEqual(['cin:delivered', 'healthdata:delivered']);
    expect(store.mustGet(r.id).delivery).toBe('delivered');
    const got = receiver.received();
    expect(got.map((g) => g.destination).sort()).toEqual(['cin', 'healthdata']);
    const healthdata = JSON.stringify(got.find((g) => g.destination === 'healthdata')!.body);
    for (const secret of ['85040216932', '85.04.02', 'Zoltanius', 'Quibbleworth', 'INT-998877']) expect(healthdata).not.toContain(secret);
    expect(healthdata).toMatch(/"patientPseudonym":"[0-9a-f]{32}"/);
    expect(got.find((g) => g.destination === 'healthdata')!.body).toMatchObject({
      dcd: 'HDBP0012',
      form: 'P',
      kind: 'registration',
      registrationCode: store.mustGet(r.id).registrationCode,
    });
    // the insurers need the insured person and the billed item
    expect(got.find((g) => g.destination === 'cin')!.body).toMatchObject({
      insured: { niss: '85040216932' },
      items: [{ item: '159014-159025', date: '2026-03-10' }],
      hospital: { inami: '71000000' },
    });
    // a second pass finds nothing more to do
    expect(await createDeliverer(outbox, { endpoints }).runOnce()).toEqual([]);
  });

  test('no billing message when nothing is billed', async () => {
    const { store, sender, outbox } = setup();
    const r = store.create({ type: 'P', data: { ...completeP(), CD_PREST_PCI: 'BI0153', LOC_CONSENT: '1' }, user: 'nurse' });
    sender.send(r.id, { user: 'nurse' });
    expect(outbox.ofRegistration(r.id).map((i) => i.destination)).toEqual(['healthdata']);
  });

  test('a receiver that fails 30 % of requests and times out 10 % still ends with every item delivered exactly once', async () => {
    const { store, sender, outbox, clock: c } = setup();
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const { receiver, endpoints } = await startReceiver({ failRate: 0.3, timeoutRate: 0.1, random });
    for (let i = 0; i < 30; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const r = store.create({
        type: 'P',
        data: { ...completeP(), DT_HOSPZ: `2026-02-${day}`, DT_PCI_1: `2026-02-${day}`, DT_DISCH: '2026-03-12' },
        user: 'n',
      });
      expect(sender.send(r.id, { user: 'n' }).ok).toBe(true);
    }
    const deliverer = createDeliverer(outbox, { endpoints, timeoutMs: 150, concurrency: 8 });
    let passes = 0;
    while (outbox.summary().pending > 0 && passes < 60) {
      await deliverer.runOnce();
      c.advance(7 * 3600 * 1000);
      passes++;
    }
    expect(outbox.summary()).toMatchObject({ pending: 0, failed: 0, delivered: 60 });
    const got = receiver.received();
    expect(got).toHaveLength(60);
    expect(new Set(got.map((g) => `${g.destination}/${g.idempotencyKey}`)).size).toBe(60);
    expect(passes).toBeGreaterThan(1);
  });

  test('a receiver that is down is caught up once it is back', async () => {
    const { store, sender, outbox, clock: c } = setup();
    const probe = createReceiver();
    const port = Number(new URL(await probe.listen(0)).port);
    await probe.close();
    const endpoints = { healthdata: `http://127.0.0.1:${port}/healthdata`, cin: `http://127.0.0.1:${port}/cin` };
    const r = store.create({ type: 'P', data: completeP(), user: 'n' });
    sender.send(r.id, { user: 'n' });
    const deliverer = createDeliverer(outbox, { endpoints });
    const first = await deliverer.runOnce();
    expect(first.map((x) => `${x.destination}:${x.outcome}`).sort()).toEqual(['cin:retry', 'healthdata:retry']);
    expect(outbox.ofRegistration(r.id)[0]!.lastError).toMatch(/ECONNREFUSED/);
    expect(store.mustGet(r.id).delivery).toBe('pending');
    expect(await deliverer.runOnce()).toEqual([]); // not due yet
    const back = createReceiver();
    receivers.push(back);
    await back.listen(port);
    c.advance(3600 * 1000);
    expect((await deliverer.runOnce()).map((x) => x.outcome)).toEqual(['delivered', 'delivered']);
    expect(back.received()).toHaveLength(2);
  });

  test("a 4xx is failed, needs attention, and keeps the receiver's message", async () => {
    const { store, sender, outbox } = setup();
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(422, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'CD_PREST_PCI: unknown item' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const r = store.create({ type: 'P', data: completeP(), user: 'n' });
      sender.send(r.id, { user: 'n' });
      const results = await createDeliverer(outbox, { endpoints: { healthdata: url, cin: url } }).runOnce();
      expect(results.map((x) => x.outcome)).toEqual(['failed', 'failed']);
      expect(outbox.ofRegistration(r.id)[0]).toMatchObject({
        status: 'failed',
        lastError: 'HTTP 422: CD_PREST_PCI: unknown item',
        attempts: 1,
      });
      expect(store.mustGet(r.id).delivery).toBe('failed');
      expect(store.list()[0]!.delivery).toBe('failed');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('without an endpoint nothing pretends to be delivered', async () => {
    const { store, sender, outbox } = setup();
    const r = store.create({ type: 'P', data: completeP(), user: 'n' });
    sender.send(r.id, { user: 'n' });
    expect(await createDeliverer(outbox, { endpoints: {} }).runOnce()).toEqual([]);
    expect(outbox.summary()).toMatchObject({ pending: 2, delivered: 0 });
    expect(store.mustGet(r.id).delivery).toBe('pending');
  });

  test('retries back off exponentially with jitter, and give up after 10 days', async () => {
    expect(nextAttemptDelay(1, () => 0.5)).toBe(30_000);
    expect(nextAttemptDelay(3, () => 0.5)).toBe(120_000);
    expect(nextAttemptDelay(30, () => 0.5)).toBe(6 * 3600 * 1000);
    expect(nextAttemptDelay(2, () => 0)).toBe(30_000);
    const { store, sender, outbox, clock } = setup();
    const r = store.create({ type: 'P', data: completeP(), user: 'n' });
    sender.send(r.id, { user: 'n' });
    clock.advance(RETRY_FOR_MS + 1000);
    const results = await createDeliverer(outbox, {
      endpoints: { healthdata: 'http://127.0.0.1:9/x', cin: 'http://127.0.0.1:9/x' },
    }).runOnce();
    expect(results.map((x) => x.destination).sort()).toEqual(['cin', 'healthdata']);
    expectEach(results, (x) => x.outcome === 'failed' && /gave up after 10 days/.test(x.detail!), 'delivery result');
  });
});

describe('corrections', () => {
  test('a correction resubmits the whole registration with the same code and keeps the history', async () => {
    const { db, store, sender, outbox } = setup();
    const r = store.create({ type: 'P', data: completeP(), user: 'nurse' });
    const code = (sender.send(r.id, { user: 'nurse' }) as { registration: { registrationCode: string } }).registration.registrationCode;
    const started = store.startCorrection(r.id, { user: 'doctor' });
    const edited = store.patch(r.id, { changes: { MS_PAT_WGHT: 84 }, rowVersion: started.rowVersion, user: 'doctor' });
    expect(edited.data.MS_PAT_WGHT).toBe(81); // the Sent version is untouched until resubmission
    expect(edited.correctionData!.MS_PAT_WGHT).toBe(84);
    const res = createCorrector(db, store, pseudonymiser).resubmit(r.id, { user: 'doctor' });
    expect(res.ok).toBe(true);
    const after = store.mustGet(r.id);
    expect(after).toMatchObject({ status: 'sent', registrationCode: code, submissions: 2, correctionData: undefined, delivery: 'pending' });
    expect(after.data.MS_PAT_WGHT).toBe(84);
    expect(store.history(r.id).map((h) => h.action)).toEqual(['create', 'send', 'start-correction', 'save-correction', 'resubmit']);
    expect(store.history(r.id).at(-1)!.changes).toEqual(expect.arrayContaining([{ field: 'MS_PAT_WGHT', old: 81, new: 84 }]));
    const items = outbox.ofRegistration(r.id).filter((i) => i.destination === 'healthdata');
    expect(items.map((i) => i.kind)).toEqual(['registration', 'correction']);
    expect(items.map((i) => i.idempotencyKey)).toEqual([`${code}/healthdata/1`, `${code}/healthdata/2`]);
    const payload = JSON.parse(items[1]!.payload);
    expect(payload).toMatchObject({ kind: 'correction', submission: 2, registrationCode: code });
    expect(items[1]!.payload).not.toContain('85040216932');
  });

  test('a change to a business-key field writes a helpdesk request instead of a resubmission', async () => {
    const { db, store, sender, outbox } = setup();
    const r = store.create({ type: 'P', data: completeP(), user: 'nurse' });
    sender.send(r.id, { user: 'nurse' });
    const started = store.startCorrection(r.id, { user: 'doctor' });
    store.patch(r.id, { changes: { DT_HOSPZ: '2026-03-09' }, rowVersion: started.rowVersion, user: 'doctor' });
    const dir = tempDir();
    const res = createCorrector(db, store, pseudonymiser, { helpdeskDir: dir }).resubmit(r.id, { user: 'doctor' });
    expect(res).toMatchObject({
      ok: false,
      reason: 'business-key',
      changes: [{ field: 'DT_HOSPZ', old: '2026-03-10', new: '2026-03-09' }],
    });
    const after = store.mustGet(r.id);
    expect(after.data.DT_HOSPZ).toBe('2026-03-10');
    expect(after.submissions).toBe(1);
    expect(outbox.ofRegistration(r.id).filter((i) => i.kind === 'correction')).toEqual([]);
    expect(store.history(r.id).at(-1)!.action).toBe('helpdesk-request');
    const file = (res as { file: string }).file;
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      registrationCode: after.registrationCode,
      changes: [{ field: 'DT_HOSPZ' }],
    });
    expect(readFileSync(file, 'utf8')).not.toContain('85040216932');
  });
});

describe('retention of delivered payloads', () => {
  test('a payload delivered more than 30 days ago is dropped by the next delivery pass; nothing else is', async () => {
    const { store, clock, sender, outbox } = setup();
    const { endpoints } = await startReceiver();
    const old = store.create({ type: 'P', data: completeP(), user: 'nurse' });
    sender.send(old.id, { user: 'nurse' });
    expect(await createDeliverer(outbox, { endpoints }).runOnce()).toHaveLength(2);

    clock.advance(29 * DAY);
    const recent = store.create({ type: 'P', data: completeP(), user: 'nurse' });
    sender.send(recent.id, { user: 'nurse' });
    const waiting = store.create({ type: 'P', data: completeP(), user: 'nurse' });
    sender.send(waiting.id, { user: 'nurse' });
    // Only Healthdata is reachable: the billing item of `waiting` stays pending.
    await createDeliverer(outbox, { endpoints: { healthdata: endpoints.healthdata } }).runOnce();
    await createDeliverer(outbox, { endpoints: { healthdata: endpoints.healthdata } }).runOnce();
    const items = (id: number) => outbox.list({ limit: 100 }).filter((i) => i.registrationId === id);
    expectEach(items(old.id), (i) => i.payload !== PRUNED_PAYLOAD);

    clock.advance(2 * DAY);
    await createDeliverer(outbox, { endpoints: { healthdata: endpoints.healthdata } }).runOnce();
    const code = store.mustGet(old.id).registrationCode!;
    expectEach(items(old.id), (i) => i.status === 'delivered' && i.payload === PRUNED_PAYLOAD && i.idempotencyKey.startsWith(`${code}/`));
    expectEach(items(recent.id), (i) => i.payload !== PRUNED_PAYLOAD);
    const cin = items(waiting.id).find((i) => i.destination === 'cin')!;
    expect(cin.status).toBe('pending');
    expect(cin.payload).toContain('85040216932');
    // The registration keeps its answers; only the copy sent is gone.
    expect(store.mustGet(old.id).data.IDC_PAT).toBe('85040216932');
  });
});
