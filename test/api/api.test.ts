import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createApiServer } from '../../src/api/server.js';
import { exportCsv } from '../../src/exchange/export.js';
import { createAccess, createOutbox, createRegistrationStore, createTokens, openDatabase, type Db } from '../../src/store/index.js';
import { hmacPseudonymiser } from '../../src/transmit/index.js';
import { createCore, createOperations, type Operations } from '../../src/operations/index.js';
import type { Data } from '../../src/validation/index.js';
import { formOf } from '../../src/registry/index.js';
import { readFileSync } from 'node:fs';
import { manualClock } from '../../src/clock.js';
import { completeP, NOW } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/db.js';
import { assertConforms } from '../helpers/contract.js';

const pseudonymiser = hmacPseudonymiser(Buffer.alloc(32, 6));
const defaults = (user: string) => ({ authorGroup: 'Cardio', author: `${user}@h.example`, coauthor: 'co@h.example' });

let ctx: {
  db: Db;
  base: string;
  close: () => Promise<void>;
  nurse: string;
  helper: string;
  store: ReturnType<typeof createRegistrationStore>;
  ops: Operations;
};

beforeEach(async () => {
  const db = openDatabase(':memory:');
  const access = createAccess(db);
  access.claimFirstAdmin('admin');
  access.add('nurse', 'staff', 'admin');
  access.add('helper', 'support', 'admin');
  const core = createCore(db, { access, clock: manualClock(NOW), pseudonymiser, authorDefaults: defaults });
  const { store } = core;
  const tokens = createTokens(db, store.clock);
  const ops = createOperations(core);
  const app = createApiServer({ core, ops, tokens, lang: 'en', version: 'test', bodyLimit: 64 * 1024 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  ctx = {
    db,
    store,
    ops,
    base: `http://127.0.0.1:${port}`,
    close: () => app.close(),
    nurse: tokens.create('nurse').token,
    helper: tokens.create('helper').token,
  };
});
afterEach(async () => {
  await ctx.close();
});

async function call(method: string, path: string, options: { token?: string; body?: unknown; raw?: string } = {}) {
  const res = await fetch(ctx.base + path, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined || options.raw !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(options.raw !== undefined ? { body: options.raw } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : undefined;
  assertConforms(method, path, res.status, json);
  return { status: res.status, json };
}

describe('discovery (no token needed)', () => {
  test('GET /dcds lists the five types and their versions; /dcds/{type}/{version} every field', async () => {
    const dcds = await call('GET', '/dcds');
    expect(dcds.json.map((d: { type: string }) => d.type)).toEqual(['H', 'P', 'F', 'FP', 'FU']);
    const p = await call('GET', '/dcds/P/2');
    expect(p.json.fields).toHaveLength(formFieldCount('P'));
    const diabetes = p.json.fields.find((f: { id: string }) => f.id === 'CD_DIABT');
    expect(diabetes).toMatchObject({ type: 'code', required: true, step: 'history' });
    expect(diabetes.codes.map((c: { code: string }) => c.code)).toContain('6');
    expect((await call('GET', '/dcds/P/9')).status).toBe(404);
  });

  test('GET /openapi.json is generated from the zod schemas', async () => {
    const doc = (await call('GET', '/openapi.json')).json;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/registrations', '/registrations/{id}', '/dcds']));
    expect(doc.components.schemas.DataP.properties.DT_HOSPZ).toMatchObject({ type: 'string', format: 'date' });
    // A code field takes its code or the id of its code-list value.
    expect(doc.components.schemas.DataP.properties.CD_DIABT.anyOf).toEqual([
      { type: 'string', enum: expect.arrayContaining(['6']) },
      { $ref: '#/components/schemas/ValueId' },
    ]);
  });
});

const formFieldCount = (type: 'P') => formOf(type).fields.length;

describe('registrations over the API', () => {
  test('no token → 401; a bad token → 401; a support user may read but not write → 403', async () => {
    expect((await call('GET', '/registrations')).status).toBe(401);
    expect((await call('GET', '/registrations', { token: 'angio_1_' + 'x'.repeat(43) })).status).toBe(401);
    expect((await call('GET', '/registrations', { token: ctx.helper })).status).toBe(200);
    const refused = await call('POST', '/registrations', { token: ctx.helper, body: { type: 'P', data: completeP() } });
    expect(refused.status).toBe(403);
    expect(refused.json.message).toMatch(/role support, which may not create registrations/);
  });

  test('POST a complete registration → 201, Sent, with its code; the same again is recognised, a change resubmits', async () => {
    const first = await call('POST', '/registrations', { token: ctx.nurse, body: { type: 'P', data: completeP() } });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ outcome: 'sent', status: 'sent', type: 'P' });
    expect(first.json.registrationCode).toMatch(/^AG-/);
    const again = await call('POST', '/registrations', { token: ctx.nurse, body: { type: 'P', data: completeP() } });
    expect(again.json).toMatchObject({ outcome: 'unchanged', id: first.json.id });
    const changed = await call('POST', '/registrations', {
      token: ctx.nurse,
      body: { type: 'P', data: { ...completeP(), MS_PAT_WGHT: 90 } },
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      outcome: 'resubmitted',
      id: first.json.id,
      registrationCode: first.json.registrationCode,
      submissions: 2,
    });
  });

  test('POST with status draft keeps it Open; string values are read like CSV cells', async () => {
    const res = await call('POST', '/registrations', {
      token: ctx.nurse,
      body: { dcd: 'p', status: 'draft', data: { DT_HOSPZ: '10/03/2026', MS_PAT_HGHT: '180', IDC_PAT: '85.04.02-169.32' } },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      outcome: 'created',
      status: 'open',
      registrationCode: null,
      data: { DT_HOSPZ: '2026-03-10', MS_PAT_HGHT: 180, IDC_PAT: '85040216932' },
    });
    expect(res.json.missing.length).toBeGreaterThan(10);
  });

  test('422 lists every problem as {field, code, message}; nothing is saved', async () => {
    const res = await call('POST', '/registrations', {
      token: ctx.nurse,
      body: { type: 'P', data: { ...completeP(), DT_HOSPZ: '31/02/2026', CD_DIABT: '9', NOT_A_FIELD: 1 } },
    });
    expect(res.status).toBe(422);
    expect(res.json.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'DT_HOSPZ', code: 'invalid_date', value: '31/02/2026' }),
        expect.objectContaining({ field: 'CD_DIABT', code: 'invalid_code', message: '"9" is not a code of list CA_DISORDER_1' }),
        expect.objectContaining({ field: 'NOT_A_FIELD', code: 'unknown_field' }),
      ]),
    );
    expect(ctx.store.list({ status: 'all' })).toEqual([]);
  });

  test('malformed JSON → 400; an oversized body → 413; an unknown type → 422', async () => {
    const bad = await call('POST', '/registrations', { token: ctx.nurse, raw: '{"type": "P", "data": {' });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(/JSON/i);
    const huge = await call('POST', '/registrations', { token: ctx.nurse, body: { type: 'P', data: { TX_AUTHOR: 'x'.repeat(100_000) } } });
    expect(huge.status).toBe(413);
    expect((await call('POST', '/registrations', { token: ctx.nurse, body: { type: 'X', data: {} } })).status).toBe(422);
  });

  test('a body on a route that reads none is still parsed: not JSON → 415, over the limit → 413, as the document says', async () => {
    const draft = (await call('POST', '/registrations', { token: ctx.nurse, body: { type: 'P', status: 'draft', data: completeP() } }))
      .json;
    for (const [method, action] of [
      ['POST', '/send'],
      ['POST', '/consent'],
      ['POST', '/retry'],
      ['POST', '/follow-up'],
      ['DELETE', ''],
    ] as const) {
      const path = `/registrations/${draft.id}${action}`;
      for (const [contentType, body, status] of [
        ['application/xml', '<send/>', 415],
        ['application/json', JSON.stringify({ note: 'x'.repeat(70_000) }), 413],
      ] as const) {
        const res = await fetch(ctx.base + path, {
          method,
          headers: { authorization: `Bearer ${ctx.nurse}`, 'content-type': contentType },
          body,
        });
        expect(res.status, `${method} ${path} ${contentType}`).toBe(status);
        assertConforms(method, path, res.status, await res.json());
      }
    }
    expect(ctx.store.mustGet(draft.id).status).toBe('open');
  });

  test('GET one and a filtered list; PUT an Open one; DELETE; a Sent one is neither replaced nor deleted (409)', async () => {
    const draft = (
      await call('POST', '/registrations', {
        token: ctx.nurse,
        body: { type: 'P', status: 'draft', data: { DT_HOSPZ: '2026-03-10', IDC_PAT: '93051822361' } },
      })
    ).json;
    const sent = (await call('POST', '/registrations', { token: ctx.nurse, body: { type: 'P', data: completeP() } })).json;
    expect((await call('GET', `/registrations/${draft.id}`, { token: ctx.helper })).json).toMatchObject({ id: draft.id, status: 'open' });
    expect((await call('GET', '/registrations/999', { token: ctx.helper })).status).toBe(404);
    const open = (await call('GET', '/registrations?status=open&type=P', { token: ctx.helper })).json.registrations;
    expect(open.map((r: { id: number }) => r.id)).toEqual([draft.id]);
    expect(open[0].patient).toBe('93.05.18-***.**');
    const since = (
      await call(
        'GET',
        `/registrations?updatedSince=${encodeURIComponent(new Date(ctx.store.clock.now().getTime() + 60_000).toISOString())}`,
        { token: ctx.helper },
      )
    ).json;
    expect(since.registrations).toEqual([]);
    const put = await call('PUT', `/registrations/${draft.id}`, {
      token: ctx.nurse,
      body: { status: 'draft', rowVersion: draft.rowVersion, data: { DT_HOSPZ: '2026-03-11', IDC_PAT: '93051822361', MS_PAT_HGHT: 170 } },
    });
    expect(put.json).toMatchObject({ status: 'open', data: { DT_HOSPZ: '2026-03-11', MS_PAT_HGHT: 170 } });
    expect((await call('PUT', `/registrations/${sent.id}`, { token: ctx.nurse, body: { data: completeP() } })).status).toBe(409);
    expect((await call('DELETE', `/registrations/${sent.id}`, { token: ctx.nurse })).status).toBe(409);
    expect((await call('DELETE', `/registrations/${draft.id}`, { token: ctx.helper })).status).toBe(403);
    expect((await call('DELETE', `/registrations/${draft.id}`, { token: ctx.nurse })).json).toMatchObject({ status: 'deleted' });
  });

  test('POST /registrations/{id}/send sends an Open registration or lists what is missing', async () => {
    const draft = (await call('POST', '/registrations', { token: ctx.nurse, body: { type: 'P', status: 'draft', data: completeP() } }))
      .json;
    const incomplete = (
      await call('POST', '/registrations', {
        token: ctx.nurse,
        body: { type: 'P', status: 'draft', data: { IDC_PAT: '93051822361', DT_HOSPZ: '2026-01-01' } },
      })
    ).json;
    expect((await call('POST', `/registrations/${incomplete.id}/send`, { token: ctx.nurse })).status).toBe(422);
    const sent = await call('POST', `/registrations/${draft.id}/send`, { token: ctx.nurse });
    expect(sent.json).toMatchObject({ status: 'sent', delivery: 'pending' });
    expect(createOutbox(ctx.db, { clock: ctx.store.clock }).ofRegistration(draft.id)).toHaveLength(2);
  });

  test('POST /registrations/{id}/follow-up starts the linked FU with the patient; a support user may not', async () => {
    const sent = (await call('POST', '/registrations', { token: ctx.nurse, body: { type: 'P', data: completeP() } })).json;
    expect((await call('POST', `/registrations/${sent.id}/follow-up`, { token: ctx.helper })).status).toBe(403);
    const fu = await call('POST', `/registrations/${sent.id}/follow-up`, { token: ctx.nurse });
    expect(fu.status).toBe(201);
    expect(fu.json).toMatchObject({ type: 'FU', parentId: sent.id, status: 'open', patient: '85.04.02-***.**' });
    expect(fu.json.data).toMatchObject({ IDC_PAT: '85040216932', TX_AUTHOR: 'nurse@h.example' });
    expect((await call('POST', '/registrations/999/follow-up', { token: ctx.nurse })).status).toBe(404);
  });

  test('POST /registrations/{id}/retry queues failed deliveries again; a support user may not', async () => {
    const sent = (await call('POST', '/registrations', { token: ctx.nurse, body: { type: 'P', data: completeP() } })).json;
    const outbox = createOutbox(ctx.db, { clock: ctx.store.clock });
    outbox.record(outbox.ofRegistration(sent.id).map((i) => ({ id: i.id, status: 'failed' as const, error: 'HTTP 422: refused' })));
    expect((await call('POST', `/registrations/${sent.id}/retry`, { token: ctx.helper })).status).toBe(403);
    expect((await call('GET', `/registrations/${sent.id}`, { token: ctx.helper })).json.delivery).toBe('failed');
    const retried = await call('POST', `/registrations/${sent.id}/retry`, { token: ctx.nurse });
    expect(retried.json).toMatchObject({ queued: 2, delivery: 'pending' });
  });
});

describe('one registration, the same content whichever door it came through', () => {
  test('TUI-style save, CSV row and API payload give identical data', async () => {
    const fixture = { ...completeP(), TX_AUTHOR_GR: 'Cardio', TX_AUTHOR: 'nurse@h.example', TX_COAUTHOR: 'co@h.example' };
    // the form's door: the store, as the form controller uses it
    const viaForm = ctx.store.create({ type: 'P', data: fixture, user: 'nurse' });
    const api = await call('POST', '/registrations', {
      token: ctx.nurse,
      body: { type: 'P', status: 'draft', data: { ...fixture, IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18' } },
    });
    const file = join(tempDir(), 'p.csv');
    const db2 = openDatabase(':memory:');
    const access2 = createAccess(db2);
    access2.claimFirstAdmin('nurse');
    const store2 = createRegistrationStore(db2, { access: access2, clock: manualClock(NOW) });
    store2.create({ type: 'P', data: fixture, user: 'nurse' });
    await exportCsv(store2, file, { type: 'P' });
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/85040216932/, '60010107397')
        .replace(/02\/04\/1985/, '01/01/1960'),
    );
    await ctx.ops.importFile('nurse', { file, lang: 'en', type: 'P', mode: 'valid-only' });
    const norm = (d: Data) => {
      const { IDC_PAT: _a, DT_PAT_DOB: _b, ...rest } = d;
      return rest;
    };
    const byCsv = ctx.store.list({ status: 'all' }).find((r) => r.patientKey === '60010107397')!;
    expect(norm(ctx.store.mustGet(api.json.id).data)).toEqual(norm(viaForm.data));
    expect(norm(ctx.store.mustGet(byCsv.id).data)).toEqual(norm(viaForm.data));
  });
});
