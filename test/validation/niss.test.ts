import { describe, expect, test } from 'vitest';
import { maskNiss, nissCheckDigits, parseNiss, pseudocode, normaliseName } from '../../src/validation/index.js';

/** Builds a NISS from its parts with the check digits computed here, independently of the code under test. */
function niss(yymmdd: string, seq: string, century: 1900 | 2000): string {
  const n = BigInt(yymmdd + seq) + (century === 2000 ? 2_000_000_000n : 0n);
  const cc = 97n - (n % 97n);
  return yymmdd + seq + String(cc).padStart(2, '0');
}

describe('NISS / INSZ check (mod 97)', () => {
  test.each([
    // docs/registry.md#worked-examples, computed and checked there
    ['85040216932', true, '1985-04-02', 'M'],
    ['85.04.02-169.32', true, '1985-04-02', 'M'],
    ['93051822361', true, '1993-05-18', 'M'],
    ['00012556777', true, '2000-01-25', 'M'],
    ['60010107397', true, '1960-01-01', 'M'],
    ['85240216975', true, '1985-04-02', 'M'],
    ['85440216921', true, '1985-04-02', undefined],
    ['85040216933', false],
    ['8504021693', false],
    ['850402169321', false],
    ['ABCDEFGHIJK', false],
  ] as const)('%s valid=%s', (input, valid, birth?, sex?) => {
    const info = parseNiss(input);
    expect(info !== undefined).toBe(valid);
    if (valid) {
      expect(info!.birthDate).toBe(birth);
      expect(info!.sex).toBe(sex);
    }
  });

  test('remainder 0 gives check 97, never 00', () => {
    expect(nissCheckDigits('600101073', 1900)).toBe(97);
  });

  test('born in 2000 or later: the 9 digits are prefixed with 2', () => {
    const n = niss('050607', '124', 2000);
    const info = parseNiss(n)!;
    expect(info.century).toBe(2000);
    expect(info.birthDate).toBe('2005-06-07');
    expect(info.sex).toBe('F');
    // the same digits with the old rule's check are not valid for 2005
    expect(parseNiss(niss('050607', '124', 1900))!.century).toBe(1900);
  });

  test.each([
    ['bis +20, sex known', '852402', 'bis-sex-known', 'M'],
    ['bis +40, sex unknown', '854402', 'bis-sex-unknown', undefined],
  ] as const)('%s', (_, yymmdd, kind, sex) => {
    const info = parseNiss(niss(yymmdd, '169', 1900))!;
    expect(info.kind).toBe(kind);
    expect(info.birthDate).toBe('1985-04-02');
    expect(info.sex).toBe(sex);
  });

  test('a masked birth date (day or month 00) is valid, with no birth date to compare', () => {
    const info = parseNiss(niss('850000', '169', 1900))!;
    expect(info.birthDate).toBeUndefined();
  });

  test('an impossible date (31 February) is refused even with good check digits', () => {
    expect(parseNiss(niss('850231', '169', 1900))).toBeUndefined();
  });

  test('masking keeps only the birth-date part', () => {
    expect(maskNiss('85040216932')).toBe('85.04.02-***.**');
  });
});

describe('pseudocode of a patient without NISS', () => {
  const base = { lastName: 'Van der Berg-Müller', firstName: 'José', birthDate: '1950-03-04', sex: 'M' };

  test('is deterministic, G + 16 hex digits', () => {
    const code = pseudocode(base)!;
    expect(code).toMatch(/^G[0-9A-F]{16}$/);
    expect(pseudocode({ ...base })).toBe(code);
  });

  test('ignores accents, case, spaces and punctuation in names', () => {
    expect(normaliseName('  Van der Berg-Müller ')).toBe('VANDERBERGMULLER');
    expect(pseudocode({ ...base, lastName: 'VANDERBERG MULLER', firstName: 'jose' })).toBe(pseudocode(base));
  });

  test('changes with any of the four inputs', () => {
    const code = pseudocode(base);
    expect(pseudocode({ ...base, sex: 'F' })).not.toBe(code);
    expect(pseudocode({ ...base, birthDate: '1950-03-05' })).not.toBe(code);
    expect(pseudocode({ ...base, firstName: 'Jos' })).not.toBe(code);
  });

  test('is undefined while an input is missing', () => {
    expect(pseudocode({ ...base, firstName: ' ' })).toBeUndefined();
    expect(pseudocode({ ...base, sex: '' })).toBeUndefined();
  });
});
