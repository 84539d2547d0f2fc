/**
 * Section 4. Admission data (H, P, F, FP).
 * DCD HDBP0012 v2 (2023-11-28): ids, NL labels, types, required flags and code lists are official;
 * EN labels, most FR labels, display conditions and ranges are ours (ruleSource 'derived').
 */
import type { FieldSpec } from '../types.js';

export const admissionFields: FieldSpec[] = [
  {
    id: 'TX_TTL_HOSPZ',
    kind: 'title',
    in: ['P', 'F', 'FP'],
    label: { en: 'Admission data', nl: 'Opnamegegevens', fr: "Données d'admission" },
  },
  {
    id: 'TX_TTL_INTK_DATA',
    kind: 'title',
    in: ['H'],
    label: { en: 'Admission data', nl: 'Opnamegegevens', fr: "Données d'admission" },
    rule: 'Hospitalisation DCD uses this id instead of TX_TTL_HOSPZ.',
    ruleSource: 'official',
  },
  {
    id: 'DT_HOSPZ',
    kind: 'date',
    required: true,
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'Admission date', nl: 'Opnamedatum', fr: "Date d'admission" },
    rule: 'Derived: ≥ date of birth, ≤ discharge date, ≤ every PCI/FFR date.',
    ruleSource: 'derived',
  },
  {
    id: 'CD_CARDIOGE_SHOCK_HOSPZ',
    kind: 'yesno',
    codeList: 'CA_YN',
    required: { H: false, P: true, F: true, FP: true },
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'Cardiogenic shock at admission', nl: 'Cardiogene shock bij opname', fr: "Choc cardiogénique à l'admission" },
  },
  {
    id: 'MS_PAT_HGHT',
    kind: 'number',
    required: { H: false, P: true, F: true, FP: true },
    unit: 'cm',
    min: 100,
    max: 250,
    limits: { min: 30, max: 300 },
    decimals: 0,
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'Height (cm)', nl: 'Lengte (cm)', fr: 'Taille (cm)' },
    rule: 'Derived range 100–250.',
    ruleSource: 'derived',
  },
  {
    id: 'MS_PAT_WGHT',
    kind: 'number',
    required: { H: false, P: true, F: true, FP: true },
    unit: 'kg',
    min: 20,
    max: 300,
    limits: { min: 1, max: 700 },
    decimals: 1,
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'Weight (kg)', nl: 'Gewicht (kg)', fr: 'Poids (kg)' },
    rule: 'Derived range 20–300.',
    ruleSource: 'derived',
  },
  {
    id: 'MS_PAT_BMI',
    kind: 'computed',
    required: { H: false, P: true, F: true, FP: true },
    unit: 'kg/m²',
    decimals: 1,
    in: ['H', 'P', 'F', 'FP'],
    label: { en: 'BMI', nl: 'BMI', fr: 'IMC' },
    rule: 'Derived: computed as weight / (height/100)², 1 decimal; read-only in the UI.',
    ruleSource: 'derived',
  },
];
