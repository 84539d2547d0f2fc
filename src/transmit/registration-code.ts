/**
 * Registration codes: opaque, unique, readable over the phone, with a check symbol so a mistyped
 * code is caught when support staff type it. Eight Crockford base32 symbols (40 random bits) and
 * Crockford's mod-37 check symbol, shown as `AG-XXXX-XXXX-C`. Codes whose check would be one of
 * the five extra symbols (* ~ $ = U) are drawn again, so every symbol is a letter or digit.
 * https://www.crockford.com/base32.html
 */
import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK = ALPHABET + '*~$=U';
const PREFIX = 'AG';

function encode(n: number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    s = ALPHABET[n % 32] + s;
    n = Math.floor(n / 32);
  }
  return s;
}

/**
 * Random bytes drawn from the system a few kilobytes at a time: one call per code would be a
 * noticeable share of a bulk import's writing thread.
 */
const pool = Buffer.alloc(5 * 1024);
let used = pool.length;
function fiveRandomBytes(): Buffer {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += 5;
  return pool.subarray(used - 5, used);
}

/** A new random code (uniqueness is the caller's: the database column is UNIQUE). */
export function newRegistrationCode(random: () => Buffer = fiveRandomBytes): string {
  for (;;) {
    const n = random().readUIntBE(0, 5);
    const check = n % 37;
    if (check >= 32) continue;
    const body = encode(n, 8);
    return `${PREFIX}-${body.slice(0, 4)}-${body.slice(4)}-${CHECK[check]}`;
  }
}

/**
 * Reads a code as typed: case, dashes and spaces do not matter, O reads as 0 and I/L as 1
 * (Crockford). Returns the canonical form, or undefined when the check symbol does not match.
 */
export function parseRegistrationCode(input: string): string | undefined {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const m = /^AG([0-9A-HJKMNP-TV-Z]{8})([0-9A-HJKMNP-TV-Z*~$=U])$/.exec(s);
  if (!m) return undefined;
  let n = 0;
  for (const ch of m[1]!) n = n * 32 + ALPHABET.indexOf(ch);
  if (CHECK[n % 37] !== m[2]) return undefined;
  return `${PREFIX}-${m[1]!.slice(0, 4)}-${m[1]!.slice(4)}-${m[2]}`;
}
