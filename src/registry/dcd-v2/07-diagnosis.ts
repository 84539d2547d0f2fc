/**
 * Section 7. Diagnosis: comorbidities and ischaemia tests (H, P, F, FP).
 * DCD HDBP0012 v2 (2023-11-28): ids, NL labels, types, required flags and code lists are official;
 * EN labels, most FR labels, display conditions and ranges are ours (ruleSource 'derived').
 */
import type { FieldSpec } from '../types.js';

export const diagnosisFields: FieldSpec[] = [
  {
    id: 'TX_TTL_DIAGS',
    kind: 'title',
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'Diagnosis (comorbidities and pre-procedure tests)', nl: 'Diagnose', fr: 'Diagnostic' },
  },
  {
    id: 'CD_DIAGS_CHRON_RENAL_DSEAS',
    kind: 'yesno',
    codeList: 'CA_YN',
    required: true,
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'Chronic kidney disease', nl: 'Chronische nierziekte', fr: 'Maladie rénale chronique' },
  },
  {
    id: 'CD_DIAGS_ARTER_HTN',
    kind: 'yesno',
    codeList: 'CA_YN',
    required: true,
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'Arterial hypertension', nl: 'Arteriële hypertensie', fr: 'Hypertension artérielle' },
  },
  {
    id: 'CD_DIAGS_HYPRLIP',
    kind: 'yesno',
    codeList: 'CA_YN',
    required: true,
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'Hyperlipidaemia', nl: 'Hyperlipidemie', fr: 'Hyperlipidémie' },
  },
  {
    id: 'CD_ACT_SMKR',
    kind: 'yesno',
    codeList: 'CA_YN',
    required: true,
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'Active smoker', nl: 'Actief roker', fr: 'Fumeur actif' },
  },
  {
    id: 'CD_WHICH_TST_EXEC',
    kind: 'codes',
    codeList: 'CA_PROCEDURE_2',
    exclusiveCode: 'FL_NO_TST_EXEC',
    required: false,
    in: ['H', 'P', 'F', 'FP'],
    label: {
      en: 'Which of these tests were performed',
      nl: 'Welke van deze testen werden uitgevoerd',
      fr: 'Lesquels de ces tests ont été réalisés',
    },
    rule: 'Derived: FL_NO_TST_EXEC (no test / staged procedure) should exclude the other options. Display condition not verified (probably elective indications).',
    ruleSource: 'derived',
  },
];
