/**
 * The rules reference (`angio rules`) says what validation does: every problem validation reports
 * is covered by a row of the reference with the same code, naming its field, and the same
 * severity; every kind of check appears in it.
 */
import { describe, expect, test } from 'vitest';
import { CHECKS, formOf, rulesOf, TYPE_CODES, type TypeCode } from '../../src/registry/index.js';
import { applyDerived, validate, type Data } from '../../src/validation/index.js';
import { generateData } from '../../src/demo/generate.js';
import { createRandom } from '../../src/demo/random.js';
import { completeFU, completeH, completeP, NOW, TODAY } from '../helpers/fixtures.js';
import { angio } from '../helpers/cli.js';

/** Registrations that break many rules at once: complete ones, then spoilt field by field. */
function spoilt(type: TypeCode): Data[] {
  const base: Data[] = [
    ...(type === 'P' ? [completeP()] : type === 'H' ? [completeH()] : type === 'FU' ? [completeFU()] : []),
    ...[1, 2, 3].map((seed) => generateData({ type, random: createRandom(seed), today: Date.parse(NOW), complete: true, user: 'u' })),
  ];
  return base.flatMap((d) => [
    d,
    {
      ...d,
      DT_HOSPZ: '2023-01-02',
      DT_DISCH: '2022-12-30',
      DT_PAT_DOB: '2024-01-01',
      CD_PAT_SEX: 'F',
      MS_SYS_BP_HOSPZ: 60,
      MS_DIA_BP_HOSPZ: 70,
    },
    {
      ...d,
      MS_PAT_HGHT: 400,
      MS_LVEF: 95,
      CD_LVEF: '4',
      MS_STE_AFTER_PCI_1: 99,
      CD_SECON_OPRY_1: '1',
      CD_SECON_OPR_1: d.CD_DOCTOR_INTVNT_CARDIOL_1,
    },
    { ...d, CD_COMPLIC_PLC_INS_1: ['0', '3'], CD_PREST_PCI: 'BI0153', DT_CONSULT: '2099-01-01', DT_PCI_1: '2030-01-01', CD_INDICATN: '1' },
  ]);
}

describe('the rules reference', () => {
  test.each(TYPE_CODES)('form %s: every problem validation reports has its row, with the same severity', (type) => {
    const form = formOf(type);
    const rules = rulesOf(form);
    const reported = spoilt(type).flatMap((d) => validate(form, applyDerived(form, d), 'complete', { today: TODAY }));
    expect(reported.length).toBeGreaterThan(10);
    const uncovered = reported.filter(
      (p) =>
        !rules.some(
          (r) => r.code === p.code && r.severity === p.severity && (r.fields.includes(p.field) || r.fields.includes('(every answer)')),
        ),
    );
    expect(uncovered.map((p) => `${p.field}:${p.code}:${p.severity}`)).toEqual([]);
  });

  test('every kind of check appears, with its source and reason', () => {
    const all = TYPE_CODES.flatMap((t) => rulesOf(formOf(t)));
    for (const code of Object.keys(CHECKS))
      expect(
        all.some((r) => r.code === code),
        code,
      ).toBe(true);
    for (const r of all) {
      expect(r.fields.length, r.rule).toBeGreaterThan(0);
      expect(r.reason.length, r.rule).toBeGreaterThan(10);
    }
  });

  test('angio rules prints it, per type, as a table or JSON', () => {
    const text = angio(['rules', '--type', 'fu']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^FU v2: \d+ rules, \d+ block \(error\), \d+ warn/);
    expect(text.stdout).toMatch(/warning +derived +applies when CD_FU_CONSTTN = 1/);
    const json = JSON.parse(angio(['rules', '--json']).stdout) as { type: string; rules: { code: string; severity: string }[] }[];
    expect(json.map((t) => t.type)).toEqual([...TYPE_CODES]);
    expect(json.find((t) => t.type === 'P')!.rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'out_of_range', severity: 'warning' })]),
    );
    expect(angio(['rules', '--type', 'X']).code).toBe(2);
  });
});
