/**
 * An integrator's client, generated from /openapi.json with a standard generator (openapi-typescript
 * for the types, openapi-fetch for the calls), used against the real server on loopback. The
 * types are kept in client/angio-api.d.ts: when the document changes, the first test fails until
 * they are made again (npx vitest run test/api/client.test.ts -u), and the type-check then shows
 * which uses a change breaks, as it would in an integrator's build.
 */
import createClient from 'openapi-fetch';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { expect, test } from 'vitest';
import { completeP } from '../helpers/fixtures.js';
import { servedApi } from '../helpers/api.js';
import type { paths } from './client/angio-api.js';

const TYPES = new URL('./client/angio-api.d.ts', import.meta.url);

test('the client types are what openapi-typescript makes of the served /openapi.json', async () => {
  const { base } = await servedApi();
  const document = await (await fetch(`${base}/openapi.json`)).json();
  const source = COMMENT_HEADER + astToString(await openapiTS(document));
  const types = await format(source, { ...(await resolveConfig(TYPES)), parser: 'typescript' });
  await expect(types).toMatchFileSnapshot(TYPES.pathname);
});

test('the generated client discovers the P form, creates a draft, updates it with its version, sends it and reads its code', async () => {
  const { base, nurse } = await servedApi();
  const api = createClient<paths>({ baseUrl: base, headers: { Authorization: `Bearer ${nurse}` } });

  const form = await api.GET('/dcds/{type}/{version}', { params: { path: { type: 'P', version: '2' } } });
  expect(form.data?.fields.map((f) => f.id)).toContain('CD_DIABT');

  // A code may be sent as the id of its code-list value, as HD4DP's code-list route gives it.
  const definition = await api.GET('/proxy/api/dcd/payload/definition', { params: { query: { 'dcd-id': 'P' } } });
  const diabetes = definition.data!.fields.find((f) => f.key === 'CD_DIABT')!;
  const list = await api.GET('/proxy/api/dcd/codelist', { params: { query: { 'codelist-id': diabetes.codeListId! } } });
  const noDiabetes = list.data!.values.find((v) => v.code === '1')!.id;

  const created = await api.POST('/registrations', {
    body: { type: 'P', status: 'draft', data: { IDC_PAT: '85040216932', DT_HOSPZ: '2026-03-10', MS_PAT_HGHT: 180, CD_DIABT: noDiabetes } },
  });
  expect(created.response.status).toBe(201);
  const draft = created.data!;
  expect(draft).toMatchObject({ outcome: 'created', status: 'open', rowVersion: 1, data: { CD_DIABT: '1' } });
  const id = String(draft.id);

  // An update says which version it changes; a stale one is refused and names the current one.
  const updated = await api.PUT('/registrations/{id}', {
    params: { path: { id }, header: { 'If-Match': `"${draft.rowVersion}"` } },
    body: { status: 'draft', data: completeP() },
  });
  expect(updated.data).toMatchObject({ rowVersion: 2, missing: [] });
  const stale = await api.PUT('/registrations/{id}', { params: { path: { id } }, body: { rowVersion: 1, data: completeP() } });
  expect(stale.response.status).toBe(409);
  expect(stale.error?.currentRowVersion).toBe(2);

  const sent = await api.POST('/registrations/{id}/send', { params: { path: { id } } });
  expect(sent.data?.status).toBe('sent');
  const read = await api.GET('/registrations/{id}', { params: { path: { id } } });
  expect(read.data?.registrationCode).toMatch(/^AG-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  expect(read.data?.registrationCode).toBe(sent.data?.registrationCode);
});
