/**
 * Belgian national number (NISS / INSZ / rijksregisternummer) and BIS numbers: `YYMMDD SSS CC`.
 * Check digits: CC = 97 - (first 9 digits mod 97); for births in 2000 or later the 9 digits are
 * prefixed with 2 (n + 2,000,000,000). A remainder of 0 gives 97. BIS numbers add 20 (sex known)
 * or 40 (sex unknown) to the month. See docs/registry.md#niss.
 */

export interface NissInfo {
  /** The 11 digits without separators. */
  digits: string;
  /** Born in 2000 or later (the check digits tell). */
  century: 1900 | 2000;
  kind: 'ordinary' | 'bis-sex-known' | 'bis-sex-unknown';
  /** Birth date as yyyy-mm-dd, or undefined when day or month is masked (00). */
  birthDate?: string;
  /** 'M' or 'F' from the sequence parity; undefined for BIS numbers assigned without sex. */
  sex?: 'M' | 'F';
}

/** Strips the usual separators (dots, dashes, spaces): `85.04.02-169.32` → `85040216932`. */
export function normaliseNiss(raw: string): string {
  return raw.replace(/[\s.\-/]/g, '');
}

const check = (n: number) => 97 - (n % 97);

/** Check digits for the first nine digits, for the given century. */
export function nissCheckDigits(first9: string, century: 1900 | 2000): number {
  const n = Number(first9) + (century === 2000 ? 2_000_000_000 : 0);
  return check(n);
}

/** Parses and checks a NISS; undefined when it is not a valid number. */
export function parseNiss(raw: string): NissInfo | undefined {
  const digits = normaliseNiss(raw);
  if (!/^\d{11}$/.test(digits)) return undefined;
  const first9 = digits.slice(0, 9);
  const cc = Number(digits.slice(9));
  let century: 1900 | 2000;
  if (nissCheckDigits(first9, 1900) === cc) century = 1900;
  else if (nissCheckDigits(first9, 2000) === cc) century = 2000;
  else return undefined;
  const yy = Number(digits.slice(0, 2));
  let mm = Number(digits.slice(2, 4));
  const dd = Number(digits.slice(4, 6));
  let kind: NissInfo['kind'] = 'ordinary';
  if (mm >= 40) {
    kind = 'bis-sex-unknown';
    mm -= 40;
  } else if (mm >= 20) {
    kind = 'bis-sex-known';
    mm -= 20;
  }
  if (mm > 12 || dd > 31) return undefined;
  const info: NissInfo = { digits, century, kind };
  if (mm > 0 && dd > 0) {
    const year = century + yy;
    const d = new Date(Date.UTC(year, mm - 1, dd));
    if (d.getUTCMonth() !== mm - 1) return undefined; // 31/02 and the like
    info.birthDate = `${year}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  }
  if (kind !== 'bis-sex-unknown') info.sex = Number(digits.slice(6, 9)) % 2 === 1 ? 'M' : 'F';
  return info;
}

/** Masks a NISS for tables and logs: `85.04.02-***.**` keeps only what the birth date shows. */
export function maskNiss(digits: string): string {
  const d = normaliseNiss(digits);
  if (d.length !== 11) return '***';
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-***.**`;
}

/** Formats 11 digits as `YY.MM.DD-SSS.CC`. */
export function formatNiss(digits: string): string {
  const d = normaliseNiss(digits);
  if (d.length !== 11) return digits;
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
}

/** How a patient is shown in tables and logs: the NISS masked, or the pseudocode. */
export function patientLabel(patientKey: string | null | undefined): string {
  if (!patientKey) return '—';
  return /^\d{11}$/.test(patientKey) ? maskNiss(patientKey) : patientKey;
}
