/**
 * Pseudocode of a patient without a Belgian national number (TX_IDC_PAT_GENER).
 *
 * HD4DP's algorithm is not published (docs/registry.md#pseudocode), so ours is local and
 * documented:
 * - names: Unicode NFD, diacritics removed, upper case, every character that is not A-Z removed
 *   (so "Van der Berg-Müller" → "VANDERBERGMULLER", "  josé " → "JOSE");
 * - birth date as YYYYMMDD; sex as its code (M, F, U, I);
 * - input `LAST|FIRST|YYYYMMDD|SEX`, SHA-256, the first 16 hex digits upper-cased, prefixed `G`.
 * The same four inputs always give the same code, whatever the spelling of accents or spaces.
 */
import { createHash } from 'node:crypto';

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

export interface PseudocodeInput {
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: string;
}

/** The normalised input string, also used as the pseudonymisation input for such a patient. */
export function pseudocodeInput(p: PseudocodeInput): string | undefined {
  const last = normaliseName(p.lastName);
  const first = normaliseName(p.firstName);
  const date = p.birthDate.replace(/-/g, '');
  if (!last || !first || !/^\d{8}$/.test(date) || !/^[MFUI]$/.test(p.sex)) return undefined;
  return `${last}|${first}|${date}|${p.sex}`;
}

/** `G` + 16 hex digits, or undefined while an input is missing. */
export function pseudocode(p: PseudocodeInput): string | undefined {
  const input = pseudocodeInput(p);
  if (!input) return undefined;
  return 'G' + createHash('sha256').update(input, 'utf8').digest('hex').slice(0, 16).toUpperCase();
}
