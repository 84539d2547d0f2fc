/**
 * Real registrations that our own (derived) rules used to refuse are accepted by CSV and by the
 * API, with their warnings; an answer to a field that does not apply is reported and kept out of
 * what is sent; impossible values are still refused, naming the field.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { toCell } from '../../src/exchange/csv-cells.js';
import { createApiServer } from '../../src/api/server.js';
import { formOf, type TypeCode, type Value } from '../../src/registry/index.js';
import { createTokens, sentWarningsOf, type Outbox } from '../../src/store/index.js';
import type { Data } from '../../src/validation/index.js';
import type { Core, Operations } from '../../src/operations/index.js';
import { completeP } from '../helpers/fixtures.js';
import { freshCore, tempDir } from '../helpers/db.js';

function csvFile(type: TypeCode, rows: Data[]): string {
  const form = formOf(type);
  const ids = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (id: string, v: Value) => {
    const s = toCell(form.byId.get(id)!, v);
    return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const file = join(tempDir(), 'real.csv');
  writeFileSync(file, [ids.join(';'), ...rows.map((r) => ids.map((id) => cell(id, r[id])).join(';'))].join('\n') + '\n');
  return file;
}

const healthdataPayloadOf = (outbox: Outbox, id: number) =>
  JSON.parse(outbox.ofRegistration(id).find((i) => i.destination === 'healthdata')!.payload) as { data: Data };

/** One patient per case, so that no case matches another by business key. */
const PATIENTS = ['85040216932', '93051822361', '60010107397', '71022814931', '50112045671'];
const patient = (i: number) => {
  const niss = PATIENTS[i]!;
  const yy = Number(niss.slice(0, 2));
  return { IDC_PAT: niss, DT_PAT_DOB: `${yy < 27 ? 20 : 19}${niss.slice(0, 2)}-${niss.slice(2, 4)}-${niss.slice(4, 6)}` };
};

const CASES: [string, Data, string][] = [
  [
    'a patient in shock, systolic 35 mmHg',
    { MS_SYS_BP_HOSPZ: 35, MS_DIA_BP_HOSPZ: 20, CD_CARDIOGE_SHOCK_HOSPZ: '1' },
    'MS_SYS_BP_HOSPZ:out_of_range',
  ],
  [
    'a vein graft of 7.5 mm',
    { CD_PCI_PLC_1: '1', CD_BLDVES_1: undefined, CD_1SEGM_1: undefined, MS_MAX_DMTR_BLDVES_1: 7.5 },
    'MS_MAX_DMTR_BLDVES_1:out_of_range',
  ],
  ['a creatinine with three decimals and an eGFR with one', { MS_RECNT_SERM_CREAN: 0.876, MS_RECNT_EGFR: 85.5 }, ''],
  ['an LVEF % left from before "not measured"', { CD_LVEF: '4', MS_LVEF: 55 }, 'MS_LVEF:not_applicable'],
];

describe('real cases through the doors', () => {
  test.each(CASES.map((c, i) => [...c, i] as const))('CSV: %s is sent, with its warning', async (_, change, warning, i) => {
    const { core, ops } = freshCore();
    const row = { ...completeP(), ...patient(i), ...change };
    const report = await ops.importFile('nurse', { file: csvFile('P', [row]), lang: 'en', type: 'P', mode: 'valid-only' });
    expect(report.counts).toEqual({ sent: 1 });
    const warnings = report.details[0]!.problems.map((p) => `${p.field}:${p.code}`);
    if (warning) expect(warnings).toContain(warning);
    expect(report.details[0]!.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const id = report.details[0]!.id!;
    // the registration keeps the warnings it was sent with
    const kept = sentWarningsOf(core.store.history(id)).map((w) => `${w.field}:${w.code}`);
    if (warning) expect(kept).toContain(warning);
    if (warning.endsWith('not_applicable')) {
      const field = warning.split(':')[0]!;
      expect(core.store.mustGet(id).data[field]).toBeUndefined();
      expect(healthdataPayloadOf(core.outbox, id).data[field]).toBeUndefined();
    }
  });

  test('CSV: FFR values without the optional vessel list are sent', async () => {
    const { core, ops } = freshCore();
    const f = {
      ...completeP(),
      DT_FFR: '2026-03-10',
      CD_DOCTOR_FFR: completeP().CD_DOCTOR_INTVNT_CARDIOL_1,
      MS_FFRLAD: 0.78,
      MS_iFRLAD: 0.86,
      CD_NO_REVASC: '0',
      CD_PRES_FFR: '159552-159563',
    } as Data;
    for (const k of Object.keys(f)) if (!formOf('FP').byId.has(k)) delete f[k];
    const report = await ops.importFile('nurse', { file: csvFile('FP', [f]), lang: 'en', type: 'FP', mode: 'valid-only' });
    expect(report.details[0]!.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.counts).toEqual({ sent: 1 });
    expect(healthdataPayloadOf(core.outbox, report.details[0]!.id!).data).toMatchObject({ MS_FFRLAD: 0.78, MS_iFRLAD: 0.86 });
  });

  test('CSV: impossible values are still refused, naming the field and its limits', async () => {
    const { core, ops } = freshCore();
    const rows = [
      { ...completeP(), ...patient(0), DT_DISCH: '2026-03-09' },
      { ...completeP(), ...patient(1), MS_SYS_BP_HOSPZ: -20 },
      { ...completeP(), ...patient(2), DT_PCI_1: '2026-03-08' },
    ];
    const report = await ops.importFile('nurse', { file: csvFile('P', rows), lang: 'en', type: 'P', mode: 'valid-only' });
    expect(report.counts).toEqual({ rejected: 3 });
    const errors = report.details.map((d) => d.problems.filter((p) => p.severity === 'error').map((p) => `${p.field}: ${p.message}`));
    expect(errors).toEqual([
      ['DT_DISCH: is before Admission date (10/03/2026)', 'DT_PCI_1: is after Discharge date (09/03/2026)'],
      ['MS_SYS_BP_HOSPZ: impossible: must be between 0 and 400'],
      ['DT_PCI_1: is before Admission date (10/03/2026)'],
    ]);
    expect(core.store.list({ status: 'all' })).toEqual([]);
  });
});

describe('an optional registration without consent, from a file', () => {
  test('is written Open with the reason, not refused; once consent is recorded it is sent', async () => {
    const { core, ops } = freshCore();
    const unbilled = { ...completeP(), CD_PREST_PCI: 'BI0153' };
    const report = await ops.importFile('nurse', { file: csvFile('P', [unbilled]), lang: 'en', type: 'P', mode: 'valid-only' });
    expect(report.counts).toEqual({ 'awaiting-consent': 1 });
    expect(report.details[0]!.problems).toEqual([
      expect.objectContaining({
        field: 'LOC_CONSENT',
        code: 'awaiting_consent',
        severity: 'warning',
        message: "optional registration (BI0153): written Open, to be sent once the patient's consent is recorded (LOC_CONSENT)",
      }),
    ]);
    const id = report.details[0]!.id!;
    expect(core.store.mustGet(id).status).toBe('open');
    expect(ops.sendRegistration('nurse', { id }).ok).toBe(false);
    ops.recordConsent('nurse', { id });
    const sent = ops.sendRegistration('nurse', { id });
    expect(sent.ok && sent.registration.registrationCode).toMatch(/^AG-/);
    // the same file again matches it: nothing twice
    const again = await ops.importFile('nurse', { file: csvFile('P', [unbilled]), lang: 'en', type: 'P', mode: 'valid-only' });
    expect(again.counts).toEqual({ 'already-sent': 1 });
  });
});

describe('real cases through the API', () => {
  let ctx: { core: Core; ops: Operations; base: string; token: string; close: () => Promise<void> };
  beforeEach(async () => {
    const { core, ops } = freshCore({ roles: { nurse: 'staff' } });
    const app = createApiServer({ core, ops, tokens: createTokens(core.db, core.clock), lang: 'en', version: 't', bodyLimit: 64 * 1024 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    ctx = { core, ops, base, token: createTokens(core.db, core.clock).create('nurse').token, close: () => app.close() };
  });
  afterEach(async () => ctx.close());

  const post = async (body: unknown) => {
    const res = await fetch(`${ctx.base}/registrations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ctx.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      json: (await res.json()) as { id: number; warnings: { field: string; code: string }[]; problems?: unknown[] },
    };
  };

  test.each(CASES.map((c, i) => [...c, i] as const))('%s is sent, its warning in the response', async (_, change, warning, i) => {
    const r = await post({ type: 'P', data: { ...completeP(), ...patient(i), ...change } });
    expect(r.status).toBe(201);
    if (warning) expect(r.json.warnings.map((w) => `${w.field}:${w.code}`)).toContain(warning);
    if (warning.endsWith('not_applicable')) expect(ctx.core.store.mustGet(r.json.id).data[warning.split(':')[0]!]).toBeUndefined();
    const read = await fetch(`${ctx.base}/registrations/${r.json.id}`, { headers: { authorization: `Bearer ${ctx.token}` } });
    const sentWith = ((await read.json()) as { sentWithWarnings: { field: string; code: string; message: string }[] }).sentWithWarnings;
    if (warning) expect(sentWith.map((w) => `${w.field}:${w.code}`)).toContain(warning);
    for (const w of sentWith) expect(w.message.length).toBeGreaterThan(5);
  });

  test('an optional registration without consent is kept Open (201); POST …/consent records it, then …/send sends it', async () => {
    const r = await post({ type: 'P', data: { ...completeP(), CD_PREST_PCI: 'BI0153' } });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ outcome: 'awaiting-consent', status: 'open' });
    expect(r.json.warnings).toEqual([expect.objectContaining({ field: 'LOC_CONSENT', code: 'awaiting_consent' })]);
    const call = (path: string) => fetch(`${ctx.base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ctx.token}` } });
    expect((await call(`/registrations/${r.json.id}/send`)).status).toBe(422);
    expect(((await (await call(`/registrations/${r.json.id}/consent`)).json()) as { data: Data }).data.LOC_CONSENT).toBe('1');
    expect(((await (await call(`/registrations/${r.json.id}/send`)).json()) as { status: string }).status).toBe('sent');
  });

  test('a discharge before the admission is refused with 422, naming the field', async () => {
    const r = await post({ type: 'P', data: { ...completeP(), DT_DISCH: '2026-03-09' } });
    expect(r.status).toBe(422);
    expect(r.json.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'DT_DISCH', code: 'date_before', severity: 'error' })]),
    );
    expect(ctx.core.store.list({ status: 'all' })).toEqual([]);
  });
});
