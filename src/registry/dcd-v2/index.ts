/**
 * DCD HDBP0012 version 2 (2023-11-28): the five forms assembled from the section tables.
 * FP = P + the physiology section; F = H - the professional block + physiology
 * (docs/registry.md#how-the-forms-are-composed).
 */
import { expandBlocks, expandSection } from '../expand.js';
import type { Field, FieldSpec, FormVersion, TypeCode } from '../types.js';
import { authorFields } from './01-author.js';
import { patientFields } from './02-patient.js';
import { professionalFields } from './03-professional.js';
import { admissionFields } from './04-admission.js';
import { historyFields } from './05-history.js';
import { stemiFields } from './06-stemi.js';
import { diagnosisFields } from './07-diagnosis.js';
import { physiologyFields } from './08-physiology.js';
import { pciFields } from './09-pci.js';
import { dischargeFields } from './10-discharge.js';
import { followupFields } from './11-followup.js';
import { technicalFields } from './12-technical.js';
import { PCI_BLOCKS, stepsV2 } from './steps.js';

export const V2 = { version: '2', date: '2023-11-28' } as const;

const isTemplate = (s: FieldSpec) => s.id.endsWith('_n');
const pciTitle = pciFields.filter((s) => !isTemplate(s) && s.id.startsWith('TX_TTL'));
const pciBlocks = pciFields.filter(isTemplate);
const pciBilling = pciFields.filter((s) => !isTemplate(s) && !s.id.startsWith('TX_TTL'));

function fieldsOf(type: TypeCode): Field[] {
  return [
    ...expandSection(authorFields, type, 'author'),
    ...expandSection(patientFields, type, 'patient'),
    ...expandSection(professionalFields, type, 'professional'),
    ...expandSection(admissionFields, type, 'admission'),
    ...expandSection(historyFields, type, 'history'),
    ...expandSection(stemiFields, type, 'stemi'),
    ...expandSection(diagnosisFields, type, 'diagnosis'),
    ...expandSection(physiologyFields, type, 'physiology'),
    ...expandSection(pciTitle, type, 'pci-1'),
    ...expandBlocks(pciBlocks, type, PCI_BLOCKS, (n) => `pci-${n}`),
    ...expandSection(pciBilling, type, 'pci-billing'),
    ...expandSection(dischargeFields, type, 'discharge'),
    ...expandSection(followupFields, type, 'followup'),
    ...expandSection(technicalFields, type, 'technical'),
  ];
}

export function buildV2(type: TypeCode): FormVersion {
  const fields = fieldsOf(type);
  const used = new Set(fields.map((f) => f.step));
  return { type, ...V2, steps: stepsV2.filter((s) => used.has(s.id)), fields };
}
