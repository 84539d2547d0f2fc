/**
 * The business key recognises a resubmission (correction) of the same registration (HD4DP v2).
 * Ours: the DCD, the patient's pseudonym (never the NISS: the key travels to Healthdata) and the
 * key date of its type, or for a follow-up linked to its hospitalisation the last PCI date it
 * follows up (registry/registration-types.ts). See docs/registry.md#business-key.
 */
import { businessDateOf, type TypeCode } from '../registry/index.js';
import { patientIdentifierOf, type Data } from '../validation/index.js';
import type { Pseudonymiser } from './pseudonymiser.js';

export function businessKeyOf(type: TypeCode, data: Data, p: Pseudonymiser): string | undefined {
  const id = patientIdentifierOf(data);
  if (!id) return undefined;
  return `${type}|${p.pseudonym(id)}|${businessDateOf(type, data)?.date ?? ''}`;
}
