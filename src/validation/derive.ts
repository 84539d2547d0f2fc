/**
 * Values the system derives from other answers: BMI (weight / height², 1 decimal), the
 * pseudocode of a patient without a Belgian national number, and the prefilled register type.
 * Applied on every save.
 */
import type { Form } from '../registry/index.js';
import { pseudocode, pseudocodeInput } from './pseudocode.js';
import type { Data } from './visibility.js';

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function bmi(heightCm: number, weightKg: number): number | undefined {
  if (heightCm <= 0 || weightKg <= 0) return undefined;
  return Math.round((weightKg / (heightCm / 100) ** 2) * 10) / 10;
}

/** Returns a copy of the data with derived fields recomputed (removed when they cannot be). */
export function applyDerived(form: Form, data: Data): Data {
  return deriveInPlace(form, { ...data });
}

/** The same, on a record the caller owns (the import's freshly coerced row): no copy. */
export function deriveInPlace(form: Form, out: Data): Data {
  // Register type: prefilled with its only code, NI0001 "notification" (DCD).
  if (form.byId.has('CD_NIC_TPE') && out.CD_NIC_TPE === undefined) out.CD_NIC_TPE = 'NI0001';
  if (form.byId.has('MS_PAT_BMI')) {
    const h = num(out.MS_PAT_HGHT);
    const w = num(out.MS_PAT_WGHT);
    const v = h !== undefined && w !== undefined ? bmi(h, w) : undefined;
    if (v === undefined) delete out.MS_PAT_BMI;
    else out.MS_PAT_BMI = v;
  }
  if (out.LOC_NO_NISS === '1') {
    const code = pseudocode({
      lastName: str(out.TX_PAT_LAST_NAM),
      firstName: str(out.TX_PAT_FIRST_NAM),
      birthDate: str(out.DT_PAT_DOB),
      sex: str(out.CD_PAT_SEX),
    });
    if (code) out.TX_IDC_PAT_GENER = code;
    else delete out.TX_IDC_PAT_GENER;
  } else {
    delete out.TX_IDC_PAT_GENER;
  }
  return out;
}

/** The patient key of a record: the NISS digits, or the pseudocode. */
export function patientKeyOf(data: Data): string | undefined {
  if (data.LOC_NO_NISS === '1') return typeof data.TX_IDC_PAT_GENER === 'string' ? data.TX_IDC_PAT_GENER : undefined;
  return typeof data.IDC_PAT === 'string' && data.IDC_PAT ? data.IDC_PAT : undefined;
}

/**
 * What identifies the patient for pseudonymisation: the NISS digits, or for a patient without
 * NISS the normalised pseudocode input (so the pseudonym never depends on our local pseudocode).
 */
export function patientIdentifierOf(data: Data): string | undefined {
  if (data.LOC_NO_NISS === '1') {
    return pseudocodeInput({
      lastName: str(data.TX_PAT_LAST_NAM),
      firstName: str(data.TX_PAT_FIRST_NAM),
      birthDate: str(data.DT_PAT_DOB),
      sex: str(data.CD_PAT_SEX),
    });
  }
  return typeof data.IDC_PAT === 'string' && data.IDC_PAT ? data.IDC_PAT : undefined;
}
