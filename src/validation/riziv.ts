/**
 * RIZIV/INAMI numbers of healthcare providers: 11 digits, `P PPPPP CC QQQ` — positions 1-6
 * identify the provider, 7-8 are check digits over the first six, 9-11 the qualification
 * (specialty). The check uses modulo 97; since RIZIV note I 2012/26 new numbers (physicians from
 * 1 April 2019) use modulo 89 instead (public description: infohos.be, "nieuwe RIZIV-nummers
 * artsen"). Published descriptions differ on whether the check is `n mod m` or `m - n mod m`, so
 * both readings of both moduli are accepted: a typo in the first eight digits is still caught in
 * about 96 % of cases, and no valid number is ever refused.
 */

export interface RizivNumber {
  digits: string;
  provider: string;
  check: number;
  qualification: string;
}

export function parseRiziv(raw: string): RizivNumber | undefined {
  const digits = raw.replace(/[\s.\-/]/g, '');
  if (!/^\d{11}$/.test(digits)) return undefined;
  const n = Number(digits.slice(0, 6));
  const check = Number(digits.slice(6, 8));
  const candidates = [97, 89].flatMap((m) => [n % m, m - (n % m)]);
  if (!candidates.includes(check)) return undefined;
  return { digits, provider: digits.slice(0, 6), check, qualification: digits.slice(8) };
}

/** A RIZIV number with correct check digits (mod 97, m - n mod m form) for a provider number and qualification. */
export function rizivNumber(provider: string, qualification: string): string {
  const n = Number(provider);
  return `${provider.padStart(6, '0')}${String(97 - (n % 97)).padStart(2, '0')}${qualification.padStart(3, '0')}`;
}
