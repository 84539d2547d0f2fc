/**
 * One deliverer at a time per outbox item: two `angio transmit` processes on one database (a
 * service and an admin's manual run) share the work instead of posting everything twice, and the
 * claim of a deliverer that died lapses so its items are delivered by the next.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createDeliverer } from '../../src/transmit/index.js';
import { angioAsync } from '../helpers/cli.js';
import { freshCore, tempDir } from '../helpers/db.js';
import { completeP } from '../helpers/fixtures.js';
import { expectEach } from '../helpers/expect-each.js';

/** `n` Sent registrations of different patients' stays: two outbox items each. */
function sentRegistrations(path: string | undefined, n: number) {
  const made = freshCore(path ? { path } : {});
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    const r = made.ops.createRegistration('nurse', {
      type: 'P',
      data: { ...completeP(), DT_HOSPZ: `2026-${month}-${day}`, DT_PCI_1: `2026-${month}-${day}`, DT_DISCH: `2026-${month}-${day}` },
    });
    expect(made.ops.sendRegistration('nurse', { id: r.id }).ok).toBe(true);
  }
  return made;
}

describe('claims on outbox items', () => {
  test('two angio transmit at once post every item exactly once between them', async () => {
    const path = join(tempDir(), 'angio.db');
    const { core } = sentRegistrations(path, 60);
    const items = core.db.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
    core.db.close();
    expect(items).toBe(120);
    // A slow receiver, so the two runs overlap: every request takes 150 ms.
    const posts = new Map<string, number>();
    const server = createServer((req, res) => {
      const key = String(req.headers['idempotency-key']);
      posts.set(key, (posts.get(key) ?? 0) + 1);
      req.resume();
      setTimeout(() => res.writeHead(201).end('{}'), 150);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
      const run = () => angioAsync(['transmit', '--healthdata-url', url, '--cin-url', url, '--json'], { ANGIO_DB: path });
      const [a, b] = await Promise.all([run(), run()]);
      expect([a.code, b.code]).toEqual([0, 0]);
      const delivered = [a, b].map((r) => (JSON.parse(r.stdout) as { delivered: number }).delivered);
      expect(delivered[0]! + delivered[1]!).toBe(120);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(posts.size).toBe(120);
    expectEach([...posts.entries()], ([, n]) => n === 1, 'idempotency key posted once');
  }, 60_000);

  test('the items of a deliverer that died are delivered by the next once its claim lapses', async () => {
    const { core, clock } = sentRegistrations(undefined, 3);
    const endpoints = { healthdata: 'http://127.0.0.1:9/hd', cin: 'http://127.0.0.1:9/cin' };
    const now = clock.now();
    const claimed = core.outbox.claimDue({
      holder: 'a process that crashed',
      now: now.toISOString(),
      until: new Date(now.getTime() + 60_000).toISOString(),
      limit: 100,
      destinations: ['healthdata', 'cin'],
    });
    expect(claimed).toHaveLength(6);
    const posted: string[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      posted.push(String((init.headers as Record<string, string>)['idempotency-key']));
      return new Response('{}', { status: 201 });
    }) as typeof globalThis.fetch;
    const deliverer = createDeliverer(core.outbox, { endpoints, fetch });
    expect(await deliverer.runOnce()).toEqual([]);
    expect(deliverer.busyElsewhere()).toBe(6);
    clock.advance(61_000);
    const results = await deliverer.runOnce();
    expect(results).toHaveLength(6);
    expectEach(results, (r) => r.outcome === 'delivered', 'delivery result');
    expect(new Set(posted).size).toBe(6);
    expect(core.outbox.summary()).toMatchObject({ pending: 0, delivered: 6 });
  });
});
