/** What short typing stands for, and which characters a date, time or number field refuses. */
import { describe, expect, test } from 'vitest';
import { formOf } from '../../src/registry/index.js';
import { daysInMonth, readDate, readTime, refusal, type DateContext } from '../../src/screens/form/typed-input.js';

const ctx: DateContext = { today: '2026-11-26', year: '2026', offered: '2026-03-10' };
const form = formOf('P');
const field = (id: string) => form.byId.get(id)!;

describe('reading a typed date', () => {
  test.each([
    ['1003', '10/03/2026'],
    ['10/3', '10/03/2026'],
    ['1/3', '01/03/2026'],
    ['10/03/', '10/03/2026'],
    ['t', '26/11/2026'],
    ['T', '26/11/2026'],
    ['=', '10/03/2026'],
    ['10032025', '10/03/2025'],
    ['10.03.2025', '10/03/2025'],
    ['10/03/2025', '10/03/2025'],
    ['29/02/2024', '29/02/2024'],
  ])('%s is %s', (typed, full) => {
    expect(readDate(typed, ctx)).toEqual({ kind: 'full', text: full });
  });

  test.each([
    ['2902', { year: 2026, days: 28 }],
    ['29/2', { year: 2026, days: 28 }],
    ['31/04/2026', { year: 2026, days: 30 }],
    ['30022024', { year: 2024, days: 29 }],
  ])('%s is a day its month does not have', (typed, { year, days }) => {
    expect(readDate(typed, ctx)).toMatchObject({ kind: 'no-such-day', year, days });
  });

  test.each(['0113', '3213', '1', '10/03/26', '2026-03-10', 'x'])('%s is left to the ordinary check', (typed) => {
    expect(readDate(typed, ctx)).toEqual({ kind: 'as-typed' });
  });

  test('= where nothing is offered', () => {
    expect(readDate('=', { ...ctx, offered: undefined })).toEqual({ kind: 'nothing-offered' });
  });

  test('the calendar: February has 29 days in leap years only, centuries included', () => {
    expect([2024, 2025, 2100, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29]);
  });
});

describe('reading a typed time', () => {
  test.each([
    ['1015', '10:15'],
    ['915', '09:15'],
  ])('%s is %s', (typed, full) => {
    expect(readTime(typed)).toEqual({ kind: 'full', text: full });
  });

  test.each(['10:15', '10h15', '15', '10155'])('%s is left to the ordinary check', (typed) => {
    expect(readTime(typed)).toEqual({ kind: 'as-typed' });
  });
});

describe('characters a field refuses', () => {
  test.each([
    ['DT_HOSPZ', 'x', '', true, 'date'],
    ['DT_HOSPZ', ' ', '10', false, 'date'],
    ['DT_HOSPZ', 't', '10', false, 'date-command'],
    ['DT_HOSPZ', '1', 't', false, 'date-command'],
    ['T_WICR_1', 'a', '', true, 'time'],
    ['NR_DES_1', '.', '1', false, 'whole'],
    ['NR_DES_1', '-', '', true, 'whole'],
    ['MS_PAT_HGHT', 'e', '1', false, 'decimal'],
    ['MS_PAT_HGHT', '-', '', true, 'decimal'],
  ])('%s refuses %j after %j', (id, ch, before, fresh, why) => {
    expect(refusal(field(id), ch, before, fresh)).toBe(why);
  });

  test.each([
    ['DT_HOSPZ', 't', '', true],
    ['DT_PCI_1', '=', '10/03/2026', true],
    ['DT_HOSPZ', '/', '10', false],
    ['DT_HOSPZ', '-', '2026', false],
    ['T_WICR_1', ':', '10', false],
    ['T_WICR_1', 'h', '10', false],
    ['MS_PAT_HGHT', ',', '1', false],
    ['TX_AUTHOR', 'x', '', true],
    ['IDC_PAT', '.', '85', false],
  ])('%s takes %j after %j', (id, ch, before, fresh) => {
    expect(refusal(field(id), ch, before, fresh)).toBeUndefined();
  });
});
