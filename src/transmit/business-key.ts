/**
 * The business key recognises a resubmission (correction) of the same registration (HD4DP v2).
 * Ours: the DCD, the patient's pseudonym (never the NISS: the key travels to Healthdata) and the
 * key date of its type (registry/registration-types.ts). See docs/registry.md#business-key.
 */
import { keyDateOf, type TypeCode } from '../registry/index.js';
import { patientIdentifierOf, type Data } from '../validation/index.js';
import type { Pseudonymiser } from './pseudonymiser.js';

/** Business-key fields: a change to one of them cannot be a resubmission (helpdesk request). */
export const BUSINESS_KEY_FIELDS = ['IDC_PAT', 'TX_IDC_PAT_GENER', 'DT_HOSPZ', 'DT_CONSULT'] as const;

export function businessKeyOf(type: TypeCode, data: Data, p: Pseudonymiser): string | undefined {
  const id = patientIdentifierOf(data);
  if (!id) return undefined;
  return `${type}|${p.pseudonym(id)}|${keyDateOf(type, data) ?? ''}`;
}
