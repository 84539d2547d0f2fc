import { describe, expect, test } from 'vitest';
import { codeLists, fieldsOf, formOf, TYPE_CODES, type TypeCode } from '../../src/registry/index.js';
import { expectEach } from '../helpers/expect-each.js';
import { systemFields } from '../../src/transmit/index.js';

const dcdIds = (t: TypeCode) =>
  formOf(t)
    .fields.filter((f) => !f.local)
    .map((f) => f.id);

describe('the catalogue holds every technical id of the five DCDs (the counts of docs/registry.md#registration-types, titles included)', () => {
  test.each([
    ['H', 83],
    ['P', 337],
    ['F', 118],
    ['FP', 374],
    ['FU', 42],
  ] as const)('%s has %i ids, each once', (type, n) => {
    const ids = dcdIds(type);
    expect(ids).toHaveLength(n);
    expect(new Set(ids).size).toBe(n);
  });

  test('FP is P plus the 37 ids of the coronary-physiology section', () => {
    const p = new Set(dcdIds('P'));
    const extra = dcdIds('FP').filter((id) => !p.has(id));
    expect(extra).toHaveLength(37);
    expectEach(extra, (id) => formOf('FP').byId.get(id)!.step === 'physiology', 'FP-only id');
    expectEach(dcdIds('P'), (id) => formOf('FP').byId.has(id), 'P id');
  });

  test('PCI blocks expand to _1.._5, CD_NPCI to _1.._4, and the first complications title has no suffix', () => {
    const p = formOf('P');
    for (let n = 1; n <= 5; n++) expect(p.byId.has(`DT_PCI_${n}`)).toBe(true);
    expect(p.byId.has('CD_NPCI_4')).toBe(true);
    expect(p.byId.has('CD_NPCI_5')).toBe(false);
    expect(p.byId.has('TX_TTL_COMPLIC_PROC')).toBe(true);
    expect(p.byId.has('TX_TTL_COMPLIC_PROC_1')).toBe(false);
    expect(p.byId.get('CD_SEGM_3')!.codeList).toBe('CA_SEGM_6');
    expect(p.byId.get('CD_TPE_CABG_EXEC_5')!.codeList).toBe('CA_CABG_6');
  });

  test('FFR per vessel: measurements use GRAFT, results use G (ids are case-sensitive)', () => {
    const f = formOf('F');
    for (const id of ['MS_FFRGRAFT', 'MS_iFRLAD', 'CD_CFRG', 'CD_AIG', 'CD_ANIRCA']) expect(f.byId.has(id)).toBe(true);
    // a vessel's fields apply when it is ticked, or when the (optional) vessel list is not answered
    expect(f.byId.get('MS_FFRLM')!.show).toEqual({
      any: [
        { field: 'CD_ANGIO_STE', has: 'FL_ANGIO_STE_LM' },
        { field: 'CD_ANGIO_STE', empty: true },
      ],
    });
  });

  test('the grafted-segment list of CD_SEGM differs per type', () => {
    expect(['H', 'P', 'F', 'FP', 'FU'].map((t) => formOf(t as TypeCode).byId.get('CD_SEGM')!.codeList)).toEqual([
      'CA_SEGM_1',
      'CA_SEGM_11',
      'CA_SEGM_10',
      'CA_SEGM_11',
      'CA_SEGM_9',
    ]);
    expect(codeLists.CA_SEGM_10!.codes.map((c) => c.code)).toContain('FL_D29a');
    expect(codeLists.CA_CABG_7!.codes[0]!.code).toBe('FL_CABG_PLAN_SAPH1_FU');
  });

  test.each(TYPE_CODES)('every code list referenced by %s exists, with labels in EN, NL and FR', (type) => {
    const coded = formOf(type).fields.filter((f) => f.codeList);
    expect(coded.length).toBeGreaterThan(0);
    for (const f of coded) {
      if (!f.codeList) continue;
      const list = codeLists[f.codeList];
      expect(list, `${f.id} → ${f.codeList}`).toBeDefined();
      for (const c of list!.codes) expect(c.label.en && c.label.nl && c.label.fr).toBeTruthy();
    }
  });

  test.each(TYPE_CODES)('in %s every condition reads fields that exist and come earlier in the form', (type) => {
    const form = formOf(type);
    const position = new Map(form.fields.map((f, i) => [f.id, i]));
    expect(form.fields.filter((f) => f.show || f.requiredWhen).length).toBeGreaterThan(0);
    for (const [i, f] of form.fields.entries()) {
      for (const c of [f.show, f.requiredWhen]) {
        if (!c) continue;
        for (const id of fieldsOf(c)) {
          expect(position.has(id), `${f.id} reads ${id}`).toBe(true);
          expect(position.get(id)!, `${f.id} reads ${id}`).toBeLessThan(i);
        }
      }
    }
  });

  const H_OPTIONAL = [
    'CD_CARDIOGE_SHOCK_HOSPZ',
    'MS_PAT_HGHT',
    'MS_PAT_WGHT',
    'MS_PAT_BMI',
    'CD_CARDIOVASC_HISTY_KIDNEY_FAIL',
    'CD_CARDIOVASC_HISTY_STROKE',
    'CD_CARDIOVASC_HISTY_PERI_VASC_DSEAS',
    'MS_RECNT_EGFR',
    'MS_RECNT_SERM_CREAN',
    'CD_DIABT',
    'MS_SYS_BP_HOSPZ',
    'MS_DIA_BP_HOSPZ',
    'MS_HF_HOSPZ',
    'CD_LVEF',
    'MS_LVEF',
    'CD_BRANCH_DSEAS',
    'CD_MAIN_BRANCH',
    'CD_INDICATN',
    'CD_CABG_EXEC',
    'DT_EXEC_CABG',
    'CD_BYP_RESTE_STENT',
    'CD_CABG_PLAN',
    'CD_STA_DISCH',
    'DT_DISCH',
    'CD_DESTI_AFTER_DISCH',
    'CD_COD',
    'CD_DEATH_CATHLAB',
  ];

  test('the 27 fields optional in H are required in P, F and FP', () => {
    expect(H_OPTIONAL).toHaveLength(27);
    for (const id of H_OPTIONAL) {
      expect(formOf('H').byId.get(id)!.required, `H.${id}`).toBe(false);
      for (const t of ['P', 'F', 'FP'] as const) expect(formOf(t).byId.get(id)!.required, `${t}.${id}`).toBe(true);
    }
  });

  test('local fields are marked and never DCD ids', () => {
    const local = formOf('P')
      .fields.filter((f) => f.local)
      .map((f) => f.id);
    expect(local).toEqual(['LOC_NO_NISS', 'LOC_CONSENT']);
  });
});

describe('the technical fields of the DCD', () => {
  test.each(TYPE_CODES)('in %s, each is filled by angio or marked as left to HD4DP (its values are not published)', (type) => {
    const form = formOf(type);
    const technical = form.valueFields.filter((f) => (f.kind === 'hidden' && !f.local) || f.filledBy);
    expect(technical.length).toBeGreaterThan(5);
    // angio fills the system fields when it sends, and a device's validity dates when it is chosen
    const filled = [
      ...Object.keys(systemFields(type, 'AG-0000-0001-1', 'key')),
      ...form.valueFields.flatMap((f) => (f.validity ? [f.validity.from, f.validity.to] : [])),
    ];
    for (const f of technical) {
      expect(f.filledBy, f.id).toBeDefined();
      expect(filled.includes(f.id), f.id).toBe(f.filledBy === 'angio');
    }
  });
});
