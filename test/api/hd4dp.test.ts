/**
 * HD4DP's S2S routes as an interface written for HD4DP meets them: only the base URL changes
 * (…/proxy). It discovers the organisation and the menu, reads the payload definition, looks its
 * codes up as value ids, submits, and lists what it submitted with business keys and results.
 */
import { describe, expect, test } from 'vitest';
import { codeListIdOf, codeListOfId, codeOfValueId, valueIdOf } from '../../src/api/hd4dp/ids.js';
import { codeLists, formOf } from '../../src/registry/index.js';
import type { Data } from '../../src/validation/index.js';
import { servedApi } from '../helpers/api.js';
import { expectEach } from '../helpers/expect-each.js';
import { completeP } from '../helpers/fixtures.js';

const API = '/proxy/api';
type Call = Awaited<ReturnType<typeof servedApi>>['call'];

/** What an integrator does once: the code-list value id of every code in a record, through the API. */
async function withValueIds(call: Call, dcdId: number, data: Data): Promise<Record<string, unknown>> {
  const definition = (await call('GET', `${API}/dcd/payload/definition?dcd-id=${dcdId}`)).json;
  const out: Record<string, unknown> = { ...data };
  for (const field of definition.fields as { key: string; codeListId: number | null; multiple: boolean }[]) {
    if (field.codeListId === null || data[field.key] === undefined) continue;
    const list = (await call('GET', `${API}/dcd/codelist?codelist-id=${field.codeListId}`)).json;
    if (list.external) continue;
    const idOf = (code: unknown) => list.values.find((v: { code: string }) => v.code === code).id;
    out[field.key] = field.multiple ? (data[field.key] as string[]).map(idOf) : idOf(data[field.key]);
  }
  return out;
}

describe('the HD4DP routes, with only the base URL changed', () => {
  test('discover → definition → code list → submit with value ids → the listing shows the business key and the result', async () => {
    const { call, core } = await servedApi();
    // Discovery needs no token, as in HD4DP.
    const [organization] = (await call('GET', `${API}/organizations`, { token: null })).json;
    expect(organization).toMatchObject({ id: 1 });
    const menu = (await call('GET', `${API}/dcd/menu/structure?organization-id=${organization.id}`, { token: null })).json;
    const project = menu.projects[0];
    expect(project).toMatchObject({ code: 'HDBP0012', name: 'ANGIO' });
    const p = project.dcds.find((d: { code: string }) => d.code === 'P');
    expect(p.versions).toEqual([expect.objectContaining({ id: 202, version: '2', current: true, languages: ['en', 'nl', 'fr'] })]);

    const definition = (await call('GET', `${API}/dcd/payload/definition?dcd-id=${p.id}&version=2&language-id=nl`)).json;
    expect(definition.fields).toHaveLength(formOf('P').valueFields.length);
    const diabetes = definition.fields.find((f: { key: string }) => f.key === 'CD_DIABT');
    expect(diabetes).toMatchObject({ fieldType: 'CODE', required: true, label: formOf('P').byId.get('CD_DIABT')!.label.nl });
    expect((await call('GET', `${API}/dcd/field?field-id=${diabetes.id}`)).json).toMatchObject({ key: 'CD_DIABT', dcdVersionId: 202 });
    const list = (await call('GET', `${API}/dcd/codelist?codelist-id=${diabetes.codeListId}`)).json;
    expect(list).toMatchObject({ name: 'CA_DISORDER_1', external: false });
    expect(list.values).toContainEqual({ id: valueIdOf('CA_DISORDER_1', '6'), code: '6', label: 'Type 2 diabetes on insulin' });

    const payload = await withValueIds(call, p.id, completeP());
    expect(payload.CD_DIABT).not.toBe('1');
    const submit = `${API}/dcd/payload/submit?organization-id=1&dcd-id=${p.id}&data-src-type=API`;
    const accepted = await call('POST', submit, { body: payload });
    expect(accepted.status).toBe(202);
    expect(accepted.json).toMatchObject({ outcome: 'sent', status: 'sent', dataSrcType: 'API', dcdVersionId: 202 });
    expect(accepted.json.businessKey).toMatch(/^P\|[0-9a-f]{32}\|2026-03-10$/);
    expect(accepted.json.registrationCode).toMatch(/^AG-/);
    // Stored as codes, whichever way they came.
    expect(core.store.mustGet(accepted.json.registrationId).data).toMatchObject({
      CD_DIABT: '1',
      CD_LVEF: '5',
      CD_COMPLIC_PLC_INS_1: ['0'],
    });

    // The same payload again is recognised by its business key: nothing new.
    const again = await call('POST', submit, { body: payload });
    expect(again.json).toMatchObject({
      outcome: 'unchanged',
      registrationId: accepted.json.registrationId,
      businessKey: accepted.json.businessKey,
    });

    const listing = (await call('GET', `${API}/dcd/submit?organization-id=1&dcd-id=${p.id}&incl-submit-data=true`)).json;
    expect(listing.submissions).toEqual([
      expect.objectContaining({
        registrationId: accepted.json.registrationId,
        businessKey: accepted.json.businessKey,
        status: 'sent',
        results: { valid: true, errors: [], warnings: [] },
        data: expect.objectContaining({ CD_DIABT: '1' }),
      }),
    ]);
  });

  test('a draft keeps its business key empty; the listing says what it still lacks; plain codes are taken too', async () => {
    const { call } = await servedApi();
    const draft = await call('POST', `${API}/dcd/payload/submit?organization-id=1&dcd-version-id=202`, {
      body: { IDC_PAT: '93051822361', DT_HOSPZ: '10/03/2026', CD_DIABT: '6', CD_LVEF: valueIdOf('CA_QUALIFIER_1', '5'), STATUS: 'draft' },
    });
    expect(draft.status).toBe(202);
    expect(draft.json).toMatchObject({ outcome: 'created', status: 'open', businessKey: '', registrationCode: null, dataSrcType: 'HD4DP' });
    const [entry] = (await call('GET', `${API}/dcd/submit?organization-id=1`)).json.submissions;
    expect(entry).toMatchObject({ registrationId: draft.json.registrationId, businessKey: '', results: { valid: false } });
    expect(entry.data).toBeUndefined();
    expectEach(entry.results.errors, (p: { severity: string }) => p.severity === 'error');
  });

  test('the same validation policy as every door: an unknown value id is an invalid code, and nothing is saved', async () => {
    const { call, core } = await servedApi();
    const refused = await call('POST', `${API}/dcd/payload/submit?organization-id=1&dcd-id=P`, {
      body: { ...completeP(), CD_DIABT: 99999999 },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.problems).toContainEqual(expect.objectContaining({ field: 'CD_DIABT', code: 'invalid_code', severity: 'error' }));
    expect(core.store.list({ status: 'all' })).toEqual([]);
  });

  test('the same roles and tokens: support may read but not submit; no token, no definition', async () => {
    const { call, helper } = await servedApi();
    expect((await call('GET', `${API}/dcd/payload/definition?dcd-id=2`, { token: null })).status).toBe(401);
    expect((await call('GET', `${API}/dcd/submit?organization-id=1`, { token: helper })).status).toBe(200);
    const refused = await call('POST', `${API}/dcd/payload/submit?organization-id=1&dcd-id=2`, { token: helper, body: completeP() });
    expect(refused.status).toBe(403);
    expect(refused.json.message).toMatch(/role support, which may not/);
  });

  test.each([
    ['GET', `${API}/dcd/menu/structure`, 400, /organization-id is required/],
    ['GET', `${API}/dcd/menu/structure?organization-id=2`, 404, /there is no organisation 2/],
    ['GET', `${API}/dcd/payload/definition?dcd-id=9`, 404, /there is no DCD "9"/],
    ['GET', `${API}/dcd/payload/definition?dcd-id=2&version=7`, 404, /DCD P has no version "7"/],
    ['GET', `${API}/dcd/payload/definition?dcd-id=2&language-id=de`, 400, /language-id must be en, nl or fr/],
    ['GET', `${API}/dcd/field?field-id=202999`, 404, /there is no field 202999/],
    ['GET', `${API}/dcd/codelist?codelist-id=12`, 404, /there is no code list 12/],
    ['GET', `${API}/dcd/submit?organization-id=1&incl-submit-data=yes`, 400, /incl-submit-data must be true or false/],
    ['POST', `${API}/dcd/payload/submit?organization-id=1`, 400, /say which DCD/],
    ['POST', `${API}/dcd/payload/submit?organization-id=1&dcd-id=P&dcd-version-id=302`, 400, /302 is a version of DCD F, not of P/],
    ['POST', `${API}/dcd/payload/submit?organization-id=1&dcd-id=P&data-src-type=FTP`, 400, /data-src-type must be API, CSV, HD4DP/],
    ['POST', `${API}/dcd/payload/submit?organization-id=1&dcd-id=P&page=2`, 400, /unknown query parameter "page"/],
  ])('%s %s → %i, in a sentence', async (method, path, status, message) => {
    const { call } = await servedApi();
    const res = await call(method, path, method === 'POST' ? { body: { STATUS: 'draft' } } : {});
    expect(res.status).toBe(status);
    expect(res.json.message).toMatch(message);
  });
});

describe('the ids of HD4DP, made from the catalogue', () => {
  test('every code-list value has its own id, never one of the codes of its list, and it gives its code back', () => {
    const seen = new Set<number>();
    const values = Object.values(codeLists).flatMap((list) => list.codes.map((c) => ({ list, code: c.code })));
    expectEach(values, ({ list, code }) => {
      const id = valueIdOf(list.name, code)!;
      const fresh = !seen.has(id);
      seen.add(id);
      return fresh && !list.codes.some((c) => c.code === String(id)) && codeOfValueId(list.name, id) === code;
    });
    const lists = Object.values(codeLists);
    expect(new Set(lists.map((l) => codeListIdOf(l.name))).size).toBe(lists.length);
    expectEach(lists, (list) => codeListOfId(codeListIdOf(list.name)) === list);
  });
});

test('a body that is not JSON is a 415 that says so', async () => {
  const { call } = await servedApi();
  const res = await call('POST', `${API}/dcd/payload/submit?organization-id=1&dcd-id=2`, {
    raw: 'DT_HOSPZ;10/03/2026',
    headers: { 'content-type': 'text/csv' },
  });
  expect(res.status).toBe(415);
  expect(res.json.message).toMatch(/JSON/);
});
