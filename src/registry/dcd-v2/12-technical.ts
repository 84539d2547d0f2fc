/**
 * Section 12. Technical trailer (all types).
 * DCD HDBP0012 v2 (2023-11-28): ids, NL labels, types, required flags and code lists are official;
 * EN labels, most FR labels, display conditions and ranges are ours (ruleSource 'derived').
 */
import type { FieldSpec } from '../types.js';

export const technicalFields: FieldSpec[] = [
  {
    id: 'CD_STATUS_REC',
    kind: 'hidden',
    filledBy: 'not-published',
    required: false,
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'Status (record)', nl: 'Status', fr: 'Statut' },
    rule: 'Set by HD4DP. Its values are not published: angio leaves it empty for HD4DP.',
    ruleSource: 'official',
  },
  {
    id: 'CD_DATA_SRC',
    kind: 'hidden',
    filledBy: 'not-published',
    required: false,
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'Data source', nl: 'Databron', fr: 'La source de données' },
    rule: 'Set by HD4DP (manual, CSV, API — derived meaning). Its values are not published: angio leaves it empty for HD4DP.',
    ruleSource: 'derived',
  },
  {
    id: 'TX_LANG',
    kind: 'hidden',
    filledBy: 'not-published',
    required: false,
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'Language', nl: 'Taal', fr: 'Langue' },
    rule: 'Form language (NL/FR). Its values are not published: angio leaves it empty for HD4DP.',
    ruleSource: 'official',
  },
  {
    id: 'TX_REG_NAM',
    kind: 'hidden',
    filledBy: 'not-published',
    required: false,
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'Technical DCD name', nl: 'Technische DCD naam', fr: 'Nom technique du DCD' },
  },
];
