/** How a number is written wherever people or programs type one (ids, versions, limits in the CLI and the API). */

/** Digits only, no leading zero; 16 digits at most, the rest is checked against the safe range. */
const CANONICAL = /^[1-9][0-9]{0,15}$/;

/**
 * A positive whole number written the one way angio writes it: plain digits. "0x1", "1e0", "1.0",
 * " 1", "+1" and "01" are refused (Number() reads each of them as 1, so accepting them would make
 * one registration answer to many spellings): undefined for those.
 */
export function parsePositiveWhole(text: string): number | undefined {
  if (!CANONICAL.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** A registration id as typed: a positive whole number in plain digits, else undefined. */
export const parseRegistrationId = parsePositiveWhole;
