/**
 * Whatever an interface sends to HD4DP's routes, the answer is a 4xx sentence or a success, never
 * a server error, and always what the OpenAPI document says (the helper holds every answer to it).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { valueIdOf } from '../../src/api/hd4dp/ids.js';
import { formOf } from '../../src/registry/index.js';
import { servedApi } from '../helpers/api.js';

const API = '/proxy/api';
const ROUTES = ['/organizations', '/dcd/menu/structure', '/dcd/payload/definition', '/dcd/field', '/dcd/codelist', '/dcd/submit'];
const NAMES = ['organization-id', 'dcd-id', 'dcd-version-id', 'version', 'language-id', 'field-id', 'codelist-id'];
const awkward = fc.string({ unit: fc.constantFrom('%', '&', '=', '+', ' ', '.', '-', 'a', 'E', 'x', '1', '0', '2', 'P') });
const queryPart = fc.tuple(
  fc.oneof(fc.constantFrom(...NAMES, 'incl-submit-data', 'limit', 'after', 'data-src-type', '__proto__'), awkward),
  fc.oneof(fc.constantFrom('1', '2', 'P', 'fu', '202', '302', '0', '01', 'true', 'nl', 'API', '202020', '99999999'), fc.string(), awkward),
);
const query = fc
  .array(queryPart, { maxLength: 5 })
  .map((parts) => parts.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

const FIELDS = formOf('P').valueFields.map((f) => f.id);
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    'draft',
    'submit',
    'DRAFT',
    6,
    '6',
    valueIdOf('CA_DISORDER_1', '6')!,
    [valueIdOf('CA_YN', '0')!],
    '10/03/2026',
    'x'.repeat(500),
  ),
);
const payload = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom('STATUS', ...FIELDS), fc.string()), leaf).map((p) => JSON.stringify(p)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
);

describe('no request to the HD4DP routes makes a server error', () => {
  test('random query strings on every GET route', async () => {
    const { call } = await servedApi();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), query, async (route, q) => {
        const res = await call('GET', `${API}${route}?${q}`);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  test('random payloads and queries to the payload submit', async () => {
    const { call } = await servedApi({ bodyLimit: 1024 * 1024 });
    await fc.assert(
      fc.asyncProperty(payload, fc.oneof(fc.constant('organization-id=1&dcd-id=2'), query), async (raw, q) => {
        const res = await call('POST', `${API}/dcd/payload/submit?${q}`, { raw });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
