/**
 * Numbers, dates and times as people read them (docs/decisions.md#numbers-and-times-as-people-read-them):
 * a decimal comma in Dutch and French, never a thousands mark, and stored instants in Belgian
 * local time as dd/mm/yyyy hh:mm — the same on a machine in any time zone, since the instants
 * here are fixed and Belgium's zone is named, not the machine's.
 */
import { describe, expect, test } from 'vitest';
import { dateTimeText, dayText, displayValue, formOf, numberText, percentText, sizeText } from '../../src/registry/index.js';

describe('numbers as each language writes them', () => {
  test.each([
    [85.4, undefined, '85.4', '85,4', '85,4'],
    [0.76, undefined, '0.76', '0,76', '0,76'],
    [20, undefined, '20', '20', '20'],
    [1204, undefined, '1204', '1204', '1204'],
    [1234567.5, undefined, '1234567.5', '1234567,5', '1234567,5'],
    [-2.5, undefined, '-2.5', '-2,5', '-2,5'],
    [99.8, 1, '99.8', '99,8', '99,8'],
    [100, 1, '100.0', '100,0', '100,0'],
    [0.04, 1, '0.0', '0,0', '0,0'],
  ])('%s (%s decimals): en %s, nl %s, fr %s', (value, decimals, en, nl, fr) => {
    expect(numberText(value, 'en', decimals)).toBe(en);
    expect(numberText(value, 'nl', decimals)).toBe(nl);
    expect(numberText(value, 'fr', decimals)).toBe(fr);
  });

  test('a share as a percentage with one decimal', () => {
    expect(percentText(1, 'en')).toBe('100.0 %');
    expect(percentText(1, 'fr')).toBe('100,0 %');
    expect(percentText(0.873, 'nl')).toBe('87,3 %');
    expect(percentText(0, 'nl')).toBe('0,0 %');
  });

  test('a file size: megabytes with one decimal, else whole kilobytes', () => {
    expect(sizeText(1_000_000, 'en')).toBe('1.0 MB');
    expect(sizeText(1_000_000, 'fr')).toBe('1,0 MB');
    expect(sizeText(12_345_678, 'nl')).toBe('12,3 MB');
    expect(sizeText(786_433, 'fr')).toBe('787 kB');
  });

  test('a measured answer is shown with its unit and the language’s decimal mark; a label is left alone', () => {
    const form = formOf('P');
    const weight = form.byId.get('MS_PAT_WGHT')!;
    const creatinine = form.byId.get('MS_RECNT_SERM_CREAN')!;
    expect(displayValue(weight, 85.4, 'en')).toBe('85.4 kg');
    expect(displayValue(weight, 85.4, 'nl')).toBe('85,4 kg');
    expect(displayValue(creatinine, 0.76, 'fr')).toBe('0,76 mg/dL');
    expect(displayValue(form.byId.get('MS_PAT_HGHT')!, 180, 'fr')).toBe('180 cm');
    expect(creatinine.label.fr).toContain('[mg/dL]');
  });
});

describe('stored instants in Belgian time', () => {
  test.each([
    // Winter: UTC+1.
    ['2026-11-30T14:20:57.407Z', '30/11/2026 15:20', '30/11/2026'],
    // Summer: UTC+2, and the Belgian day is already the next one.
    ['2026-07-01T22:30:00.000Z', '02/07/2026 00:30', '02/07/2026'],
    // The night the clocks go back, 02:30 comes twice: at 00:30 UTC (summer time), at 01:30 UTC (winter time).
    ['2026-10-25T00:30:00.000Z', '25/10/2026 02:30', '25/10/2026'],
    ['2026-10-25T01:30:00.000Z', '25/10/2026 02:30', '25/10/2026'],
    // New Year's Eve in UTC is already New Year in Belgium.
    ['2026-12-31T23:15:00.000Z', '01/01/2027 00:15', '01/01/2027'],
  ])('%s reads %s', (iso, dateTime, day) => {
    expect(dateTimeText(iso)).toBe(dateTime);
    expect(dayText(iso)).toBe(day);
  });

  test('none is a dash; a text that is no instant is shown as it is', () => {
    expect(dateTimeText(null)).toBe('—');
    expect(dateTimeText(undefined)).toBe('—');
    expect(dayText('')).toBe('—');
    expect(dateTimeText('soon')).toBe('soon');
  });
});
