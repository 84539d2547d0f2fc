/**
 * A code field takes the id of its code-list value (what HD4DP's code-list route gives) or the
 * plain code (what users and CSV files know), on angio's routes and on HD4DP's alike; it is
 * stored as the code either way, and an id that names no value of the field's list is refused.
 */
import { describe, expect, test } from 'vitest';
import { valueIdOf } from '../../src/api/hd4dp/ids.js';
import { servedApi } from '../helpers/api.js';
import { completeP } from '../helpers/fixtures.js';

const diabetesOnInsulin = valueIdOf('CA_DISORDER_1', '6')!;
const noComplication = valueIdOf('CA_DISORDER_2', '0')!;

describe("angio's routes take value ids as well as codes", () => {
  test('POST /registrations: ids as numbers or digits, codes as they are, in one record; stored as codes', async () => {
    const { call, core } = await servedApi();
    const created = await call('POST', '/registrations', {
      body: {
        type: 'P',
        data: {
          ...completeP(),
          CD_DIABT: diabetesOnInsulin,
          CD_LVEF: String(valueIdOf('CA_QUALIFIER_1', '5')),
          CD_COMPLIC_PLC_INS_1: [noComplication],
        },
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ outcome: 'sent', data: { CD_DIABT: '6', CD_LVEF: '5', CD_COMPLIC_PLC_INS_1: ['0'] } });
    expect(core.store.mustGet(created.json.id).data).toMatchObject({ CD_DIABT: '6', CD_LVEF: '5', CD_COMPLIC_PLC_INS_1: ['0'] });
  });

  test('PUT /registrations/{id}: a value id replaces a code', async () => {
    const { call } = await servedApi();
    const draft = (await call('POST', '/registrations', { body: { type: 'P', status: 'draft', data: completeP() } })).json;
    expect(draft.data.CD_DIABT).toBe('1');
    const put = await call('PUT', `/registrations/${draft.id}`, {
      body: { status: 'draft', rowVersion: draft.rowVersion, data: { ...completeP(), CD_DIABT: diabetesOnInsulin } },
    });
    expect(put.status).toBe(200);
    expect(put.json.data.CD_DIABT).toBe('6');
  });

  test("the id of another list's value is not a code of this one: 422, nothing saved", async () => {
    const { call, core } = await servedApi();
    const refused = await call('POST', '/registrations', { body: { type: 'P', data: { ...completeP(), CD_DIABT: noComplication } } });
    expect(refused.status).toBe(422);
    expect(refused.json.problems).toContainEqual(
      expect.objectContaining({ field: 'CD_DIABT', code: 'invalid_code', value: String(noComplication) }),
    );
    expect(core.store.list({ status: 'all' })).toEqual([]);
  });
});

test("HD4DP's payload submit takes plain codes as well as ids, and both give the same registration", async () => {
  const { call } = await servedApi();
  const submit = '/proxy/api/dcd/payload/submit?organization-id=1&dcd-id=P';
  const byCodes = await call('POST', submit, { body: { ...completeP(), CD_DIABT: '6' } });
  expect(byCodes.json).toMatchObject({ outcome: 'sent' });
  // The same record with ids: recognised by its business key, and nothing changed.
  const byIds = await call('POST', submit, {
    body: { ...completeP(), CD_DIABT: diabetesOnInsulin, CD_COMPLIC_PLC_INS_1: [noComplication] },
  });
  expect(byIds.json).toMatchObject({ outcome: 'unchanged', registrationId: byCodes.json.registrationId });
});
