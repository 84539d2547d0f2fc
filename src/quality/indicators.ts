/**
 * The quality indicators, each defined once: who is counted (population), what the numerator and
 * denominator are, what is excluded and why, which DCD fields it reads and where the definition
 * comes from. docs/quality.md explains each one in words; the report, the dashboard and the HTML
 * file all compute from this list (compute.ts).
 */
import { count, HOSP, PCI, PCI_STAY, rate, stemiDelay, t, type Indicator } from './indicator-kinds.js';
import { OUTCOME_INDICATORS } from './indicators-outcome.js';

export type { Indicator, Section, Source } from './indicator-kinds.js';

export const INDICATORS: readonly Indicator[] = [
  count('volume.pci', t('PCI stays (P, FP)', 'Opnames met PCI (P, FP)', 'Séjours avec PCI (P, FP)'), PCI, ['DT_HOSPZ'], (s) => s.n),
  count('volume.procedures', t('PCI procedures', 'PCI-procedures', 'Procédures PCI'), PCI, ['DT_PCI_n'], (s) => s.procedures),
  count(
    'volume.ffr',
    t('Stays with FFR (F, FP)', 'Opnames met FFR (F, FP)', 'Séjours avec FFR (F, FP)'),
    ['F', 'FP'],
    ['DT_HOSPZ'],
    (s) => s.n,
  ),
  count(
    'volume.h',
    t('Stays without PCI or FFR (H)', 'Opnames zonder PCI of FFR (H)', 'Séjours sans PCI ni FFR (H)'),
    ['H'],
    ['DT_HOSPZ'],
    (s) => s.n,
  ),
  count('volume.fu', t('Follow-ups (FU)', 'Follow-ups (FU)', 'Suivis (FU)'), ['FU'], ['DT_CONSULT'], (s) => s.n),
  rate({
    id: 'radial',
    section: 'process',
    title: t('Radial access (procedures)', 'Radiale toegang (procedures)', 'Accès radial (procédures)'),
    types: PCI,
    numerator: (s) => s.radial,
    denominator: (s) => s.access_known,
    excluded: (s) => s.procedures - s.access_known,
    better: 'higher',
    perOperator: true,
    numeratorSql: `${PCI_STAY} AND radial > 0`,
    definition: {
      numerator: 'PCI procedures through the radial artery',
      denominator: 'PCI procedures whose access site is answered',
      exclusions: 'procedures without an access site',
    },
    fields: ['CD_PLC_INTDCR_n'],
    source:
      'ESC 2023 ACS guideline: radial access is the standard (class I, level A); BCIS audit and NCDR CathPCI report the radial share.',
  }),
  rate({
    id: 'des',
    section: 'process',
    title: t('DES among stents', 'DES onder de stents', 'DES parmi les stents'),
    types: PCI,
    numerator: (s) => s.des,
    denominator: (s) => s.stents,
    excluded: () => 0,
    better: 'higher',
    numeratorSql: `${PCI_STAY} AND des > 0`,
    definition: {
      numerator: 'drug-eluting stents implanted',
      denominator: 'stents implanted (BMS, DES, BVS)',
      exclusions: 'none (balloons and DEB are not stents)',
    },
    fields: ['CD_MAT_n', 'NR_DES_n', 'NR_BMS_n', 'NR_BVS_n'],
    source:
      'ESC/EACTS 2018 myocardial revascularisation guideline: DES rather than BMS for any PCI (class I, level A); SCAAR reports stent types.',
  }),
  rate({
    id: 'success',
    section: 'process',
    title: t('Angiographic success (procedures)', 'Angiografisch succes (procedures)', 'Succès angiographique (procédures)'),
    types: PCI,
    numerator: (s) => s.success,
    denominator: (s) => s.success_known,
    excluded: (s) => s.procedures - s.success_known,
    better: 'higher',
    perOperator: true,
    numeratorSql: `${PCI_STAY} AND success > 0`,
    definition: {
      numerator: 'procedures ending with a residual stenosis under 20 % and TIMI 3 flow',
      denominator: 'procedures whose residual stenosis and TIMI flow after PCI are answered',
      exclusions: 'either answer missing',
    },
    fields: ['MS_STE_AFTER_PCI_n', 'CD_TIMI_AFTER_PCI_n'],
    source:
      'ACC/AHA/SCAI PCI guideline (2011) definition of angiographic success in the stent era: < 20 % residual stenosis with TIMI 3 flow.',
  }),
  rate({
    id: 'elective.no-test',
    section: 'process',
    title: t('Elective PCI without ischaemia test', 'Electieve PCI zonder ischemietest', 'PCI élective sans test d’ischémie'),
    types: PCI,
    groups: ['elective'],
    numerator: (s) => s.isch_n - s.isch,
    denominator: (s) => s.isch_n,
    excluded: (s) => s.n - s.isch_n,
    better: 'lower',
    numeratorSql: `${PCI_STAY} AND grp = 'elective' AND ischaemia_test = 0`,
    definition: {
      numerator: 'elective PCI stays with no stress test, perfusion imaging, stress MRI or physiology (FFR/iFR) before the PCI',
      denominator:
        'elective PCI stays (stable or medication-resistant angina, silent ischaemia, other elective reason) whose tests are answered',
      exclusions: 'tests performed not answered (an FP stay counts as tested: it has physiology)',
    },
    fields: ['CD_INDICATN', 'CD_WHICH_TST_EXEC'],
    source:
      'QERMID Belgian PCI registry (Acta Cardiologica 2018): 39 % of stable patients had no test confirming ischaemia; ESC 2019 chronic coronary syndromes guideline.',
  }),
  rate({
    id: 'elective.physiology',
    section: 'process',
    title: t('FFR/iFR in stable disease', 'FFR/iFR bij stabiele ziekte', 'FFR/iFR en maladie stable'),
    types: HOSP,
    groups: ['elective'],
    numerator: (s) => s.physiology,
    denominator: (s) => s.n,
    excluded: () => 0,
    better: 'higher',
    numeratorSql: "type IN ('P','F','FP') AND grp = 'elective' AND physiology = 1",
    definition: {
      numerator: 'stays with coronary physiology (an F or FP registration, or a functional measurement ticked)',
      denominator: 'P, F and FP stays with an elective indication',
      exclusions: 'none',
    },
    fields: ['CD_INDICATN', 'CD_WHICH_TST_EXEC', 'DT_FFR'],
    source:
      'ESC/EACTS 2018 revascularisation and ESC 2019 CCS guidelines: FFR/iFR to judge intermediate stenoses without proof of ischaemia (class I, level A).',
  }),
  {
    id: 'contrast',
    section: 'process',
    title: t('Contrast per PCI stay (median)', 'Contrast per PCI-opname (mediaan)', 'Contraste par séjour PCI (médiane)'),
    kind: 'median',
    unit: 'ml',
    from: 'contrast',
    types: PCI,
    values: { column: 'contrast' },
    better: 'lower',
    numeratorSql: `${PCI_STAY} AND contrast IS NOT NULL`,
    definition: {
      numerator: 'the median of the contrast volumes (all procedures of the stay added)',
      denominator: 'PCI stays with every contrast volume answered',
      exclusions: 'a procedure without its volume',
    },
    fields: ['NR_CONVOL_PROC_ML_n'],
    source:
      'ESC/EACTS 2018 revascularisation guideline: keep contrast volume low, above all in chronic kidney disease; NCDR CathPCI tracks contrast and acute kidney injury.',
  },
  {
    id: 'contrast.egfr30',
    section: 'process',
    title: t('Contrast if eGFR < 30 (median)', 'Contrast bij eGFR < 30 (mediaan)', 'Contraste si DFGe < 30 (médiane)'),
    kind: 'median',
    unit: 'ml',
    from: 'contrast',
    types: PCI,
    values: { column: 'contrast', egfrLow: 1 },
    better: 'lower',
    numeratorSql: `${PCI_STAY} AND contrast IS NOT NULL AND egfr_low = 1`,
    definition: {
      numerator: 'the median contrast volume of the stay',
      denominator: 'PCI stays with eGFR under 30 mL/min/1.73 m² and every volume answered',
      exclusions: 'eGFR or a volume missing',
    },
    fields: ['MS_RECNT_EGFR', 'NR_CONVOL_PROC_ML_n'],
    source: 'ESC/EACTS 2018 revascularisation guideline (contrast-induced nephropathy in CKD; eGFR < 30 is severe CKD).',
  },
  stemiDelay(
    'stemi.d2w.direct',
    'diagnosis_to_wire',
    0,
    t('STEMI diagnosis → wire ≤ 60 min (direct)', 'STEMI diagnose → draad ≤ 60 min (direct)', 'STEMI diagnostic → guide ≤ 60 min (direct)'),
    60,
  ),
  stemiDelay(
    'stemi.d2w.transfer',
    'diagnosis_to_wire',
    1,
    t(
      'STEMI diagnosis → wire ≤ 90 min (transfer)',
      'STEMI diagnose → draad ≤ 90 min (transfer)',
      'STEMI diagnostic → guide ≤ 90 min (transfert)',
    ),
    90,
  ),
  stemiDelay(
    'stemi.d2w.median',
    'diagnosis_to_wire',
    undefined,
    t('STEMI diagnosis → wire (median)', 'STEMI diagnose → draad (mediaan)', 'STEMI diagnostic → guide (médiane)'),
  ),
  stemiDelay(
    'stemi.a2w.direct',
    'arrival_to_wire',
    0,
    t('STEMI arrival → wire, direct (median)', 'STEMI aankomst → draad, direct (mediaan)', 'STEMI arrivée → guide, direct (médiane)'),
  ),
  stemiDelay(
    'stemi.a2w.transfer',
    'arrival_to_wire',
    1,
    t(
      'STEMI arrival → wire, transfer (median)',
      'STEMI aankomst → draad, transfer (mediaan)',
      'STEMI arrivée → guide, transfert (médiane)',
    ),
  ),
  stemiDelay(
    'stemi.o2w',
    'onset_to_wire',
    undefined,
    t('STEMI symptoms → wire (median)', 'STEMI symptomen → draad (mediaan)', 'STEMI symptômes → guide (médiane)'),
  ),
  ...OUTCOME_INDICATORS,
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
