/** The steps (sections) of the v2 forms, in form order. PCI blocks are one step each. */
import type { Step } from '../types.js';

export const PCI_BLOCKS = 5;

const pciBlock = (n: number): Step => ({
  id: `pci-${n}`,
  block: n,
  title: { en: `PCI procedure ${n}`, nl: `PCI-procedure ${n}`, fr: `Procédure PCI ${n}` },
});

export const stepsV2: Step[] = [
  { id: 'author', title: { en: 'Registration author', nl: 'Auteur registratie', fr: "Auteur de l'enregistrement" } },
  { id: 'patient', title: { en: 'Patient', nl: 'Patiënt', fr: 'Patient' } },
  { id: 'professional', title: { en: 'Healthcare professional', nl: 'Zorgverlener', fr: 'Professionnel de santé' } },
  { id: 'admission', title: { en: 'Admission', nl: 'Opname', fr: 'Admission' } },
  { id: 'history', title: { en: 'History and indication', nl: 'Voorgeschiedenis en indicatie', fr: 'Antécédents et indication' } },
  { id: 'stemi', title: { en: 'STEMI', nl: 'STEMI', fr: 'STEMI' } },
  { id: 'diagnosis', title: { en: 'Diagnosis', nl: 'Diagnose', fr: 'Diagnostic' } },
  { id: 'physiology', title: { en: 'Coronary physiology', nl: 'Coronaire fysiologie', fr: 'Physiologie coronaire' } },
  ...Array.from({ length: PCI_BLOCKS }, (_, i) => pciBlock(i + 1)),
  { id: 'pci-billing', title: { en: 'PCI billing item', nl: 'Verstrekking PCI', fr: 'Prestation PCI' } },
  { id: 'discharge', title: { en: 'Discharge', nl: 'Ontslag', fr: 'Sortie' } },
  { id: 'followup', title: { en: 'Follow-up after one year', nl: 'Follow-up na 1 jaar', fr: 'Suivi à 1 an' } },
  { id: 'technical', title: { en: 'Technical', nl: 'Technisch', fr: 'Technique' } },
];
