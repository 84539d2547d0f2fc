import { describe, expect, test } from 'vitest';
import { formOf, type TypeCode } from '../../src/registry/index.js';
import {
  applyDerived,
  coerceRecord,
  recordCoercer,
  completeness,
  readinessProblems,
  validate,
  type Data,
  type Problem,
} from '../../src/validation/index.js';
import { completeFU, completeH, completeP, PHYSICIAN_A, TODAY } from '../helpers/fixtures.js';

const check = (type: TypeCode, data: Data) => validate(formOf(type), applyDerived(formOf(type), data), 'complete', { today: TODAY });
const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error').map((p) => `${p.field}:${p.code}`);
const warnings = (ps: Problem[]) => ps.filter((p) => p.severity === 'warning').map((p) => `${p.field}:${p.code}`);

describe('complete validation: a baseline record of each kind passes', () => {
  test.each([
    ['P', completeP],
    ['H', completeH],
    ['FU', completeFU],
  ] as const)('%s', (type, make) => {
    expect(check(type, make())).toEqual([]);
  });
});

describe('draft validation checks types and formats only: any partial record can be saved', () => {
  test('an almost empty record is a valid draft but not complete', () => {
    const form = formOf('P');
    expect(validate(form, { DT_HOSPZ: '2026-03-10' }, 'draft')).toEqual([]);
    expect(errors(validate(form, { DT_HOSPZ: '2026-03-10' }, 'complete', { today: TODAY })).length).toBeGreaterThan(50);
  });

  test.each([
    ['DT_HOSPZ', '10/03/2026', 'invalid_date'],
    ['DT_HOSPZ', '2026-02-30', 'invalid_date'],
    ['T_WICR_1', '25:00', 'invalid_time'],
    ['MS_PAT_HGHT', '180', 'invalid_type'],
    ['NR_DES_1', 1.5, 'not_integer'],
    ['CD_DIABT', '7', 'invalid_code'],
    ['CD_SEGM_2', ['FL_PRCA1'], 'invalid_code'],
    ['CD_SEGM_2', ['FL_PRCA1_2', 'FL_PRCA1_2'], 'duplicate_code'],
    ['IDC_PAT', '85040216933', 'invalid_niss'],
    ['CD_PAT_PLC_RESDC', '90000', 'invalid_postal_code'],
    ['CD_DOCTOR_INTVNT_CARDIOL_1', '1234', 'invalid_hcp'],
    ['TX_AUTHOR', 'a\u0007b', 'control_characters'],
    ['NOT_A_FIELD', 'x', 'unknown_field'],
    ['TX_TTL_PCI', 'x', 'unknown_field'],
  ] as const)('%s = %j → %s', (field, value, code) => {
    expect(validate(formOf('P'), { [field]: value } as Data, 'draft').map((p) => p.code)).toEqual([code]);
  });
});

describe('conditional fields: required only when they apply; an answer to one that does not is a warning', () => {
  test('LVEF % is required when measured; a value when not measured is a warning (it is not sent)', () => {
    expect(errors(check('P', { ...completeP(), MS_LVEF: undefined }))).toEqual(['MS_LVEF:required']);
    const notMeasured = check('P', { ...completeP(), CD_LVEF: '4' });
    expect(errors(notMeasured)).toEqual([]);
    expect(warnings(notMeasured)).toEqual(['MS_LVEF:not_applicable']);
    const { MS_LVEF: _, ...rest } = completeP();
    expect(errors(check('P', { ...rest, CD_LVEF: '4' }))).toEqual([]);
  });

  test('a STEMI indication reveals the STEMI section, each of its fields required', () => {
    const stemi = errors(check('P', { ...completeP(), CD_INDICATN: '1' }));
    expect(stemi).toEqual(expect.arrayContaining(['T_PCI_CENT:required', 'DT_FIRST_SYMP:required', 'CD_KILLIP_CLASS:required']));
    expect(stemi).not.toContain('CD_REAS:required');
  });

  test('no reperfusion reveals its reason; "other" reveals the text', () => {
    const data = {
      ...completeP(),
      CD_INDICATN: '1',
      T_PCI_CENT: '09:30',
      DT_FIRST_SYMP: '2026-03-09',
      T_FIRST_SYMP: '22:00',
      DT_FIRST_DIAGS: '2026-03-10',
      T_FIRST_DIAGS: '01:00',
      CD_TRFR_HOSP_TO_PCI: '0',
      CD_INFARCT_LOC: '1',
      CD_KILLIP_CLASS: '1',
      CD_CARD_ARREST_BEF_REPERF: '0',
      CD_REPERF: '4',
    };
    expect(errors(check('P', data))).toEqual(['CD_REAS:required']);
    expect(errors(check('P', { ...data, CD_REAS: '4' }))).toEqual(['TX_SPECIF:required']);
    expect(errors(check('P', { ...data, CD_REAS: '4', TX_SPECIF: 'Patient refused' }))).toEqual([]);
  });

  test('a second PCI block opens only when "another procedure" is yes', () => {
    expect(errors(check('P', { ...completeP(), CD_NPCI_1: '1' }))).toEqual(
      expect.arrayContaining(['DT_PCI_2:required', 'CD_MAT_2:required']),
    );
    const stray = check('P', { ...completeP(), DT_PCI_2: '2026-03-11' });
    expect(errors(stray)).toEqual([]);
    expect(warnings(stray)).toEqual(['DT_PCI_2:not_applicable']);
  });

  test('the device model follows the material: DES model and count for a DES', () => {
    expect(errors(check('P', { ...completeP(), CD_MODEL_DES_1: undefined }))).toEqual(['CD_MODEL_DES_1:required']);
    const balloon = check('P', { ...completeP(), CD_MAT_1: '1', CD_PREST_PCI: '158970-158981' });
    expect(errors(balloon)).toEqual(['NR_BACATH_1:required']);
    expect(warnings(balloon)).toEqual(expect.arrayContaining(['CD_MODEL_DES_1:not_applicable', 'NR_DES_1:not_applicable']));
  });

  test('a second operator who is the first operator is a warning', () => {
    const data = { ...completeP(), CD_SECON_OPRY_1: '1', CD_SECON_OPR_1: PHYSICIAN_A };
    expect(errors(check('P', data))).toEqual([]);
    expect(warnings(check('P', data))).toEqual(['CD_SECON_OPR_1:same_operator']);
  });

  test('an access-site complication asks for its treatment; "no" with other choices is a warning', () => {
    expect(errors(check('P', { ...completeP(), CD_COMPLIC_PLC_INS_1: ['3'] }))).toEqual(['CD_TREAT_1:required']);
    const both = check('P', { ...completeP(), CD_COMPLIC_PLC_INS_1: ['0', '3'], CD_TREAT_1: '1' });
    expect(errors(both)).toEqual([]);
    expect(warnings(both)).toEqual(['CD_COMPLIC_PLC_INS_1:exclusive_code']);
  });

  test('discharge: dead asks for the cause of death, not the destination', () => {
    const data = { ...completeP(), CD_STA_DISCH: '1' };
    expect(errors(check('P', data))).toEqual(['CD_COD:required', 'CD_DEATH_CATHLAB:required']);
    expect(warnings(check('P', data))).toEqual(['CD_DESTI_AFTER_DISCH:not_applicable']);
  });

  test('a follow-up without invitation asks why, and for "other" a motivation; the date of last contact is still asked', () => {
    const data = {
      ...completeFU(),
      CD_FU_CONSTTN: '0',
      CD_CONSTTN: undefined,
      DT_CONSULT: '2026-03-18',
      CD_OYFFRPCI: undefined,
      CD_CABG_EXECF: undefined,
    };
    expect(errors(check('FU', data))).toEqual(['CD_FU_AFTER_CONSTTN:required']);
    expect(errors(check('FU', { ...data, CD_FU_AFTER_CONSTTN: '2' }))).toEqual(['TX_NO_CONSTTN_OTH:required']);
    expect(errors(check('FU', { ...data, CD_FU_AFTER_CONSTTN: '1', DT_CONSULT: undefined }))).toEqual(['DT_CONSULT:required']);
  });

  test('a patient not seen may still have a known new PCI or CABG recorded; it is required only when the patient came', () => {
    const notSeen = { ...completeFU(), CD_CONSTTN: '0', CD_PERIOD_FLLWUP: '2', CD_OYFFRPCI: undefined, CD_CABG_EXECF: undefined };
    expect(errors(check('FU', notSeen))).toEqual([]);
    const known = check('FU', { ...notSeen, CD_OYFFRPCI: '1', CD_CABG_EXECF: '1', DT_EXEC_CABG_FU: '2026-02-01', CD_BYP_RESTE_STENT: '0' });
    expect([...errors(known), ...warnings(known)]).toEqual([]);
    expect(errors(check('FU', { ...completeFU(), CD_OYFFRPCI: undefined }))).toEqual(['CD_OYFFRPCI:required']);
  });

  test('a patient without NISS needs names; the pseudocode is generated', () => {
    const { IDC_PAT: _, ...rest } = completeP();
    expect(errors(check('P', rest))).toEqual(['IDC_PAT:required']);
    expect(errors(check('P', { ...rest, LOC_NO_NISS: '1' }))).toEqual([
      'TX_IDC_PAT_GENER:required',
      'TX_PAT_FIRST_NAM:required',
      'TX_PAT_LAST_NAM:required',
    ]);
    const named = applyDerived(formOf('P'), { ...rest, LOC_NO_NISS: '1', TX_PAT_FIRST_NAM: 'Ana', TX_PAT_LAST_NAM: 'Silva' });
    expect(named.TX_IDC_PAT_GENER).toMatch(/^G[0-9A-F]{16}$/);
    expect(errors(check('P', named))).toEqual([]);
  });
});

describe('cross-field rules', () => {
  test.each([
    ['admission before birth', { DT_PAT_DOB: '2026-03-11' }, 'DT_HOSPZ:date_before'],
    ['discharge before admission', { DT_DISCH: '2026-03-09' }, 'DT_DISCH:date_before'],
    ['PCI before admission', { DT_PCI_1: '2026-03-09' }, 'DT_PCI_1:date_before'],
    ['PCI after discharge', { DT_PCI_1: '2026-03-13' }, 'DT_PCI_1:date_after'],
    ['admission in the future', { DT_HOSPZ: '2027-01-01', DT_PCI_1: '2027-01-01', DT_DISCH: '2027-01-02' }, 'DT_HOSPZ:date_in_future'],
    ['a pressure below zero', { MS_SYS_BP_HOSPZ: -10 }, 'MS_SYS_BP_HOSPZ:beyond_limits'],
    ['a stenosis above 100 %', { MS_STE_BEF_PCI_1: 120 }, 'MS_STE_BEF_PCI_1:beyond_limits'],
    ['a creatinine in µmol/L typed as mg/dL', { MS_RECNT_SERM_CREAN: 180 }, 'MS_RECNT_SERM_CREAN:beyond_limits'],
    [
      'a stay of the previous registry version',
      { DT_HOSPZ: '2023-03-20', DT_PCI_1: '2023-03-20', DT_DISCH: '2023-03-22' },
      'DT_HOSPZ:before_registry_version',
    ],
    [
      'DES-only item with a BMS',
      { CD_MAT_1: '3', CD_MODEL_BMS_1: 'BMS-1', NR_BMS_1: 1, CD_MODEL_DES_1: undefined, NR_DES_1: undefined },
      'CD_PREST_PCI:des_only',
    ],
  ] as const)('an impossible or officially refused value is an error: %s', (_, change, expected) => {
    expect(errors(check('P', { ...completeP(), ...change } as Data))).toContain(expected);
  });

  test.each([
    ['shock: systolic 35 mmHg', { MS_SYS_BP_HOSPZ: 35, MS_DIA_BP_HOSPZ: 20, CD_CARDIOGE_SHOCK_HOSPZ: '1' }, 'MS_SYS_BP_HOSPZ:out_of_range'],
    ['severe bradycardia: 18 /min', { MS_HF_HOSPZ: 18 }, 'MS_HF_HOSPZ:out_of_range'],
    [
      'a vein graft of 7.5 mm',
      { MS_MAX_DMTR_BLDVES_1: 7.5, CD_PCI_PLC_1: '1', CD_TPE_CABG_EXEC_1: ['FL_CABG_EXEC_SAPH1_1'] },
      'MS_MAX_DMTR_BLDVES_1:out_of_range',
    ],
    ['a long stented segment: 230 mm', { NR_TOT_LEN_1: 230 }, 'NR_TOT_LEN_1:out_of_range'],
    ['systolic not above diastolic', { MS_SYS_BP_HOSPZ: 80, MS_DIA_BP_HOSPZ: 80 }, 'MS_SYS_BP_HOSPZ:systolic_not_above_diastolic'],
    ['height out of the usual range', { MS_PAT_HGHT: 260 }, 'MS_PAT_HGHT:out_of_range'],
  ] as const)('a real case outside our plausibility rules is accepted with a warning: %s', (_, change, expected) => {
    const problems = check('P', { ...completeP(), ...change } as Data);
    expect(errors(problems)).toEqual([]);
    expect(warnings(problems)).toContain(expected);
  });

  test('measurements written with decimals are accepted as typed', () => {
    const problems = check('P', { ...completeP(), MS_PAT_HGHT: 180.5, MS_RECNT_EGFR: 85.5, MS_HF_HOSPZ: 72.5, NR_CONVOL_PROC_ML_1: 120.5 });
    expect([...errors(problems), ...warnings(problems)]).toEqual([]);
  });

  test('a STEMI that starts during a stay for another reason: symptoms after admission are a warning', () => {
    const data = {
      ...completeP(),
      CD_INDICATN: '1',
      T_PCI_CENT: '09:30',
      DT_FIRST_SYMP: '2026-03-11',
      T_FIRST_SYMP: '08:00',
      DT_FIRST_DIAGS: '2026-03-11',
      T_FIRST_DIAGS: '08:20',
      CD_TRFR_HOSP_TO_PCI: '0',
      CD_INFARCT_LOC: '1',
      CD_REPERF: '1',
      CD_KILLIP_CLASS: '1',
      CD_CARD_ARREST_BEF_REPERF: '0',
      DT_PCI_1: '2026-03-11',
    };
    const problems = check('P', data);
    expect(errors(problems)).toEqual([]);
    expect(warnings(problems)).toEqual(['DT_FIRST_SYMP:date_after']);
  });

  test('an out-of-hospital arrest may carry STEMI timings; they are recorded, not required', () => {
    const arrest = { ...completeP(), CD_INDICATN: '7' };
    expect(errors(check('P', arrest))).toEqual([]);
    const timed = check('P', {
      ...arrest,
      DT_FIRST_SYMP: '2026-03-10',
      T_FIRST_SYMP: '06:40',
      DT_FIRST_DIAGS: '2026-03-10',
      T_FIRST_DIAGS: '07:05',
    });
    expect([...errors(timed), ...warnings(timed)]).toEqual([]);
  });

  test('PCI blocks out of chronological order are a warning', () => {
    const two = { ...completeP(), CD_NPCI_1: '1', DT_DISCH: '2026-03-15' };
    const block2 = Object.fromEntries(
      Object.entries(completeP())
        .filter(([k]) => k.endsWith('_1'))
        .map(([k, v]) => [k.replace(/_1$/, '_2'), v]),
    );
    const data = { ...two, ...block2, CD_COMPLIC_PLC_INS_2: ['0'], DT_PCI_1: '2026-03-11', DT_PCI_2: '2026-03-10', CD_NPCI_2: '0' } as Data;
    delete data.CD_NPCI_2;
    expect(warnings(check('P', { ...data, CD_NPCI_2: '0' }))).toContain('DT_PCI_2:date_before');
    expect(errors(check('P', { ...data, CD_NPCI_2: '0' }))).toEqual([]);
  });

  test('NISS and birth date or sex that disagree are warnings, not errors', () => {
    const p = check('P', { ...completeP(), DT_PAT_DOB: '1985-04-03', CD_PAT_SEX: 'F' });
    expect(errors(p)).toEqual([]);
    expect(warnings(p)).toEqual(['DT_PAT_DOB:niss_birth_date_mismatch', 'CD_PAT_SEX:niss_sex_mismatch']);
  });

  test('an optional registration needs consent: type H, or "no item billed"', () => {
    expect(errors(check('H', { ...completeH(), LOC_CONSENT: undefined }))).toEqual(['LOC_CONSENT:consent_required']);
    expect(errors(check('P', { ...completeP(), CD_PREST_PCI: 'BI0153' }))).toEqual(['LOC_CONSENT:consent_required']);
    expect(errors(check('P', { ...completeP(), CD_PREST_PCI: 'BI0153', LOC_CONSENT: '1' }))).toEqual([]);
  });

  test('stenosis that does not decrease is a warning', () => {
    expect(warnings(check('P', { ...completeP(), MS_STE_AFTER_PCI_1: 95 }))).toEqual(['MS_STE_AFTER_PCI_1:stenosis_not_reduced']);
  });
});

describe('readiness drops values of fields that no longer apply (they are never sent)', () => {
  test('a hidden LVEF % left over from an earlier answer does not block sending', () => {
    const data = applyDerived(formOf('P'), { ...completeP(), CD_LVEF: '4' });
    expect(errors(readinessProblems(formOf('P'), data, { today: TODAY }))).toEqual([]);
  });
});

describe('BMI and completeness', () => {
  test('BMI is weight / height², one decimal', () => {
    expect(applyDerived(formOf('P'), { MS_PAT_HGHT: 180, MS_PAT_WGHT: 81 }).MS_PAT_BMI).toBe(25);
    expect(applyDerived(formOf('P'), { MS_PAT_HGHT: 175, MS_PAT_WGHT: 70 }).MS_PAT_BMI).toBe(22.9);
    expect(applyDerived(formOf('P'), { MS_PAT_HGHT: 175 }).MS_PAT_BMI).toBeUndefined();
  });

  test('completeness counts required answers over the fields that apply', () => {
    const form = formOf('P');
    const full = completeness(form, applyDerived(form, completeP()));
    expect(full.filled).toBe(full.total);
    const partial = completeness(form, applyDerived(form, { ...completeP(), CD_INDICATN: '1' }));
    expect(partial.total - partial.filled).toBe(10);
  });
});

describe('import mode coerces CSV and API strings', () => {
  test('dates, booleans, numbers, codes, multi-values and NISS separators', () => {
    const { data, problems } = coerceRecord(formOf('P'), {
      DT_HOSPZ: '10/03/2026',
      DT_DISCH: '2026-03-12',
      CD_MAIN_BRANCH: 'true',
      CD_ACT_SMKR: '0',
      MS_PAT_WGHT: '81,5',
      T_WICR_1: '9:05',
      CD_SEGM_1: 'FL_PRCA1_1|FL_MRCA2_1',
      IDC_PAT: '85.04.02-169.32',
      CD_PAT_SEX: 'm',
      TX_AUTHOR: '  a@b  ',
      MS_LVEF: '',
    });
    expect(data).toEqual({
      DT_HOSPZ: '2026-03-10',
      DT_DISCH: '2026-03-12',
      CD_MAIN_BRANCH: '1',
      CD_ACT_SMKR: '0',
      MS_PAT_WGHT: 81.5,
      T_WICR_1: '09:05',
      CD_SEGM_1: ['FL_PRCA1_1', 'FL_MRCA2_1'],
      IDC_PAT: '85040216932',
      CD_PAT_SEX: 'M',
      TX_AUTHOR: 'a@b',
    });
    // an API body is JSON, whose way to write a date is ISO: no warning
    expect(problems).toEqual([]);
  });

  test('a CSV cell with an ISO date is read, with a warning that HD4DP files write dd/mm/yyyy', () => {
    const form = formOf('P');
    const row = recordCoercer(form);
    row.addCell(
      form.fields.findIndex((f) => f.id === 'DT_DISCH'),
      '2026-03-12',
    );
    expect(row.data).toEqual({ DT_DISCH: '2026-03-12' });
    expect(row.problems.map((p) => `${p.field}:${p.code}:${p.severity}`)).toEqual(['DT_DISCH:iso_date_accepted:warning']);
  });

  test.each([
    ['DT_HOSPZ', '2026/03/10', 'invalid_date'],
    ['MS_PAT_WGHT', '81 kg', 'invalid_number'],
    ['UNKNOWN', '1', 'unknown_field'],
  ])('%s = %s → %s', (field, raw, code) => {
    expect(coerceRecord(formOf('P'), { [field]: raw }).problems.map((p) => p.code)).toEqual([code]);
  });
});
