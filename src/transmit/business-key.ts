/**
 * The business key recognises a resubmission (correction) of the same registration (HD4DP v2).
 * Ours: the DCD, the patient's pseudonym (never the NISS: the key travels to Healthdata) and the
 * key date (admission for hospitalisations, consultation for a follow-up). See ANGIO.md 4.3.
 */
import type { TypeCode } from '../registry/index.js';
import { patientIdentifierOf, type Data } from '../validation/index.js';
import type { Pseudonymiser } from './pseudonymiser.js';

/** Business-key fields: a change to one of them cannot be a resubmission (helpdesk request). */
export const BUSINESS_KEY_FIELDS = ['IDC_PAT', 'TX_IDC_PAT_GENER', 'DT_HOSPZ', 'DT_CONSULT'] as const;

export function businessKeyOf(type: TypeCode, data: Data, p: Pseudonymiser): string | undefined {
  const id = patientIdentifierOf(data);
  if (!id) return undefined;
  const date = type === 'FU' ? data.DT_CONSULT : data.DT_HOSPZ;
  return `${type}|${p.pseudonym(id)}|${typeof date === 'string' ? date : ''}`;
}
