/**
 * Mandatory vs optional registration (INAMI F-§05,
 * docs/registry.md#optional-registration-and-consent): registration is mandatory when a billed
 * item carries registry code 4; the plain Hospitalisation type and the "no item billed" codes make
 * it optional, and an optional registration needs the patient's consent.
 */
import type { TypeCode } from '../registry/index.js';
import type { Data } from './visibility.js';

/** The local field that records the patient's consent to an optional registration. */
export const CONSENT_FIELD = 'LOC_CONSENT';

export const NO_PCI_BILLED = 'BI0153';
export const NO_FFR_BILLED = 'BI0152';

/** Why a registration is optional, or undefined when it is mandatory (or not yet decidable). */
export function optionalReason(type: TypeCode, data: Data): string | undefined {
  switch (type) {
    case 'H':
      return 'type H';
    case 'P':
      return data.CD_PREST_PCI === NO_PCI_BILLED ? NO_PCI_BILLED : undefined;
    case 'F':
      return data.CD_PRES_FFR === NO_FFR_BILLED ? NO_FFR_BILLED : undefined;
    case 'FP':
      return data.CD_PREST_PCI === NO_PCI_BILLED && data.CD_PRES_FFR === NO_FFR_BILLED ? `${NO_PCI_BILLED} + ${NO_FFR_BILLED}` : undefined;
    case 'FU':
      return undefined;
    default: {
      const never: never = type;
      return never;
    }
  }
}
