/** The five registration types (one DCD each), when to choose them and the date each is known by (docs/registry.md#registration-types). */
import type { RegistrationType, TypeCode } from './types.js';

export const registrationTypes: Record<TypeCode, RegistrationType> = {
  H: {
    code: 'H',
    name: { en: 'Hospitalisation', nl: 'Hospitalisatie', fr: 'Hospitalisation' },
    whenToChoose: {
      en: 'A stay without FFR and without PCI (CABG possible); optional, needs consent.',
      nl: 'Verblijf zonder FFR en zonder PCI (CABG mogelijk); optioneel, vraagt toestemming.',
      fr: 'Séjour sans FFR ni PCI (PAC possible) ; facultatif, requiert le consentement.',
    },
    obligesFollowUp: false,
    keyDateField: 'DT_HOSPZ',
  },
  P: {
    code: 'P',
    name: { en: 'Hospitalisation with PCI', nl: 'Hospitalisatie met PCI', fr: 'Hospitalisation avec PCI' },
    whenToChoose: {
      en: 'At least one PCI during the stay, no physiology; a follow-up is due after one year.',
      nl: 'Minstens één PCI tijdens het verblijf, geen fysiologie; follow-up na één jaar.',
      fr: 'Au moins une PCI pendant le séjour, sans physiologie ; suivi dû après un an.',
    },
    obligesFollowUp: true,
    keyDateField: 'DT_HOSPZ',
  },
  F: {
    code: 'F',
    name: { en: 'Hospitalisation with FFR', nl: 'Hospitalisatie met FFR', fr: 'Hospitalisation avec FFR' },
    whenToChoose: {
      en: 'Coronary physiology (FFR, iFR, cFR, angio-CT-FFR) measured, no PCI.',
      nl: 'Coronaire fysiologie (FFR, iFR, cFR, angio-CT-FFR) gemeten, geen PCI.',
      fr: 'Physiologie coronaire (FFR, iFR, cFR, angio-CT-FFR) mesurée, sans PCI.',
    },
    obligesFollowUp: false,
    keyDateField: 'DT_HOSPZ',
  },
  FP: {
    code: 'FP',
    name: { en: 'Hospitalisation with FFR and PCI', nl: 'Hospitalisatie met FFR en PCI', fr: 'Hospitalisation avec FFR et PCI' },
    whenToChoose: {
      en: 'Physiology measured and at least one PCI; a follow-up is due after one year.',
      nl: 'Fysiologie gemeten en minstens één PCI; follow-up na één jaar.',
      fr: 'Physiologie mesurée et au moins une PCI ; suivi dû après un an.',
    },
    obligesFollowUp: true,
    keyDateField: 'DT_HOSPZ',
  },
  FU: {
    code: 'FU',
    name: { en: 'Follow-up after PCI', nl: 'Follow-up na PCI', fr: 'Suivi après PCI' },
    whenToChoose: {
      en: 'One year after the last PCI of a P or FP hospitalisation, linked to it.',
      nl: 'Eén jaar na de laatste PCI van een P- of FP-hospitalisatie, eraan gekoppeld.',
      fr: "Un an après la dernière PCI d'une hospitalisation P ou FP, liée à celle-ci.",
    },
    obligesFollowUp: false,
    keyDateField: 'DT_CONSULT',
  },
};

export function isTypeCode(value: string): value is TypeCode {
  return Object.hasOwn(registrationTypes, value);
}

/** The id of the field holding a registration's key date: admission, or consultation for a follow-up. */
export function keyDateFieldOf(type: TypeCode): RegistrationType['keyDateField'] {
  return registrationTypes[type].keyDateField;
}

/** A registration's key date (yyyy-mm-dd), if answered. */
export function keyDateOf(type: TypeCode, data: Readonly<Record<string, unknown>>): string | undefined {
  const v = data[keyDateFieldOf(type)];
  return typeof v === 'string' ? v : undefined;
}

/** The local field of a follow-up that holds the last PCI date of the hospitalisation it follows up. */
export const FU_PCI_DATE = 'LOC_FU_PCI_DATE';

/**
 * The date in a registration's business key: its key date, but for a follow-up linked to its
 * hospitalisation the last PCI date it follows up (two follow-ups of one patient are told apart
 * by their PCI even before their consultation dates are known; docs/registry.md#business-key).
 */
export function businessDateOf(type: TypeCode, data: Readonly<Record<string, unknown>>): { field: string; date: string } | undefined {
  const linked = type === 'FU' ? data[FU_PCI_DATE] : undefined;
  if (typeof linked === 'string' && linked) return { field: FU_PCI_DATE, date: linked };
  const date = keyDateOf(type, data);
  return date === undefined ? undefined : { field: keyDateFieldOf(type), date };
}
