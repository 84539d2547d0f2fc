/**
 * Section 3. Healthcare professional (Hospitalisation only).
 * DCD HDBP0012 v2 (2023-11-28): ids, NL labels, types, required flags and code lists are official;
 * EN labels, most FR labels, display conditions and ranges are ours (ruleSource 'derived').
 */
import type { FieldSpec } from '../types.js';

export const professionalFields: FieldSpec[] = [
  {
    id: 'TX_TTL_HP',
    kind: 'title',
    in: ['H'],
    label: { en: 'Healthcare professional', nl: 'Zorgverlener', fr: 'Professionnel de santé' },
    rule: 'Only in the Hospitalisation DCD.',
    ruleSource: 'official',
  },
  {
    id: 'CD_RIZIV_TREAT_PHYS',
    kind: 'hcp',
    suggest: 'user-riziv',
    codeList: 'HPIN',
    required: true,
    in: ['H'],
    label: { en: 'RIZIV/INAMI number of the physician', nl: 'RIZIV-nummer van de arts', fr: 'Numéro INAMI du médecin' },
    rule: 'Only in the Hospitalisation DCD.',
    ruleSource: 'official',
  },
];
