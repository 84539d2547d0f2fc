import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formOf } from '../../src/registry/index.js';
import { servedApi } from '../helpers/api.js';
import { completeP } from '../helpers/fixtures.js';

const draft = { type: 'P', status: 'draft', data: { DT_HOSPZ: '2026-03-10', IDC_PAT: '93051822361' } };
/** JSON text of `leaf` inside `depth` objects or lists (made as text: a value that deep breaks JSON.stringify). */
const nested = (depth: number, asList: boolean, leaf = '1') =>
  asList ? '['.repeat(depth) + leaf + ']'.repeat(depth) : '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);

describe('a malformed request is a 400 or 422 that names the problem', () => {
  test.each([
    ['?status=open&status=sent', /the query parameter status is given more than once/],
    ['?type=P&type=H', /the query parameter type is given more than once/],
    ['?stauts=open', /unknown query parameter "stauts": use status, type, updatedSince, limit, after/],
    ['?limit=1e2', /limit must be a whole number from 1 to 1000/],
    ['?limit=0', /limit must be a whole number from 1 to 1000/],
    ['?after=0x1', /after must be a registration id/],
    ['?updatedSince=yesterday', /updatedSince must be an ISO 8601 date or date-time with its zone/],
    ['?updatedSince=2026-03-10T08:00:00', /updatedSince must be an ISO 8601 date or date-time with its zone/],
  ])('GET /registrations%s → 400', async (query, message) => {
    const { call } = await servedApi();
    const res = await call('GET', `/registrations${query}`);
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(message);
  });

  test('updatedSince with an offset means the same instant in UTC', async () => {
    const { call } = await servedApi();
    await call('POST', '/registrations', { body: draft }); // updated at NOW, 10:00 UTC
    const at = (q: string) => call('GET', `/registrations?updatedSince=${encodeURIComponent(q)}`).then((r) => r.json.registrations.length);
    expect(await at('2026-11-26T10:30:00+01:00')).toBe(1);
    expect(await at('2026-11-26T11:30:00+01:00')).toBe(0);
  });

  test.each([
    ['a type that is not text', 422, '{"type": {"toString": 1}, "data": {}}', 'type'],
    ['a status that is a number', 422, '{"type": "P", "status": 5, "data": {}}', 'status'],
    ['a version that is an object', 422, '{"type": "P", "version": {"a": 1}, "data": {}}', 'version'],
  ])('POST with %s → %i naming the field', async (_what, status, raw, field) => {
    const { call } = await servedApi();
    const res = await call('POST', '/registrations', { raw });
    expect(res.status).toBe(status);
    expect(res.json.problems).toEqual([expect.objectContaining({ field })]);
  });

  test.each([
    ['in a field', (deep: string) => `{"type": "P", "data": {"DT_HOSPZ": ${deep}}}`],
    ['as the data', (deep: string) => `{"type": "P", "data": ${deep}}`],
    ['as the whole body', (deep: string) => deep],
  ])('objects and lists nested 5,000 deep %s → 400 naming the depth', async (_where, body) => {
    const { call } = await servedApi();
    for (const asList of [false, true]) {
      const res = await call('POST', '/registrations', { raw: body(nested(5000, asList)) });
      expect(res.status).toBe(400);
      expect(res.json.message).toMatch(/the body is nested more than 16 levels deep/);
    }
  });

  test('60,000 unknown fields: the answer lists the first 100 problems and says how many there are', async () => {
    const { call } = await servedApi({ bodyLimit: 1024 * 1024 });
    const data = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`K${i}`, 1]));
    const res = await call('POST', '/registrations', { body: { type: 'P', data } });
    expect(res.status).toBe(422);
    expect(res.json.problems).toHaveLength(100);
    expect(res.json.problemsTotal).toBeGreaterThanOrEqual(60_000);
    expect(res.json.message).toMatch(/the first 100 of 6\d{4} problems are listed/);
    expect(res.bytes).toBeLessThan(20_000);
  });

  test('a capped list shows the errors before the warnings', async () => {
    const { call } = await servedApi();
    // A height out of its usual range is a warning; 150 unknown fields are errors.
    const data = { ...completeP(), MS_PAT_HGHT: 260, ...Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`K${i}`, 1])) };
    const res = await call('POST', '/registrations', { body: { type: 'P', data } });
    expect(res.status).toBe(422);
    expect(res.json.problemsTotal).toBe(151);
    expect(res.json.problems.every((p: { severity: string }) => p.severity === 'error')).toBe(true);
  });
});

describe('a registration id is written one way', () => {
  test.each(['0x1', '1e0', '1.0', '%201', '01', '+1', '-1', '0', '99999999999999999999'])(
    '/registrations/%s is refused with 400 rather than read as #1',
    async (id) => {
      const { call } = await servedApi();
      await call('POST', '/registrations', { body: draft });
      for (const [method, path] of [
        ['GET', `/registrations/${id}`],
        ['DELETE', `/registrations/${id}`],
        ['POST', `/registrations/${id}/send`],
      ] as const) {
        const res = await call(method, path);
        expect(res.status).toBe(400);
        expect(res.json.message).toMatch(/is not a registration id: an id is a positive whole number in plain digits/);
      }
    },
  );

  test('a canonical id that does not exist is a 404; #1 is found', async () => {
    const { call } = await servedApi();
    await call('POST', '/registrations', { body: draft });
    expect((await call('GET', '/registrations/1')).status).toBe(200);
    expect((await call('GET', '/registrations/2')).json).toEqual({ message: 'there is no registration 2' });
  });
});

// Properties: whatever the query, path or body, the answer is never a server error.
const FIELDS = formOf('P').fields.map((f) => f.id);
/** Characters that make query strings and ids awkward: percent signs, separators, brackets, spaces. */
const awkward = fc.string({ unit: fc.constantFrom('%', '&', '=', '[', ']', '+', ' ', '.', 'a', 'E', 'x', '1', '0', '9', 'z') });
const queryPart = fc.tuple(
  fc.oneof(fc.constantFrom('status', 'type', 'limit', 'after', 'updatedSince', '__proto__'), fc.string(), awkward),
  fc.oneof(fc.constantFrom('open', 'all', 'P', 'fu', '100', '5000', '0', '2026-03-10', '2026-03-10T08:00:00+01:00'), fc.string(), awkward),
  fc.boolean(),
);
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('P', 'FU', 'draft', '2', 1, '31/02/2026', '85.04.02-169.32', 'x'.repeat(3000)),
);
const key = fc.oneof(fc.constantFrom('type', 'dcd', 'version', 'status', 'data', 'rowVersion', ...FIELDS), fc.string());
const envelope = fc.record(
  { type: leaf, dcd: leaf, version: leaf, status: leaf, rowVersion: leaf, data: fc.oneof(fc.dictionary(key, leaf), leaf) },
  { requiredKeys: [] },
);
/** A body as text: an envelope, any JSON, or not JSON, with a value nested up to 6,000 deep somewhere. */
const bodyText = fc.oneof(
  fc.tuple(envelope, fc.option(fc.tuple(fc.constantFrom(...FIELDS), fc.integer({ min: 1, max: 6000 }), fc.boolean()))).map(([e, deep]) => {
    if (!deep) return JSON.stringify(e);
    const [field, depth, asList] = deep;
    const data = typeof e.data === 'object' && e.data !== null && !Array.isArray(e.data) ? e.data : {};
    return JSON.stringify({ ...e, data: { ...data, [field]: '\u0000deep' } }).replace('"\\u0000deep"', nested(depth, asList));
  }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
);

describe('no request makes a server error', () => {
  test('random query strings on GET /registrations', async () => {
    const { call } = await servedApi();
    await fc.assert(
      fc.asyncProperty(fc.array(queryPart, { maxLength: 6 }), async (parts) => {
        const query = parts.map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`));
        const res = await call('GET', `/registrations?${query.join('&')}`);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  test('random ids in the path', async () => {
    const { call } = await servedApi();
    await call('POST', '/registrations', { body: draft });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), awkward), fc.constantFrom('', '/send', '/consent', '/retry'), async (id, action) => {
        const res = await call('POST', `/registrations/${encodeURIComponent(id)}${action}`);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  });

  test('random bodies to POST /registrations and PUT /registrations/{id}', async () => {
    const { call } = await servedApi({ bodyLimit: 1024 * 1024 });
    const { id } = (await call('POST', '/registrations', { body: draft })).json;
    await fc.assert(
      fc.asyncProperty(bodyText, fc.constantFrom('POST', 'PUT'), async (raw, method) => {
        const res = await call(method, method === 'POST' ? '/registrations' : `/registrations/${id}`, { raw });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
