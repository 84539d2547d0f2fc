import { describe, expect, test } from 'vitest';
import { belgianDate, belgianTime, manualClock } from '../src/clock.js';

describe('the clock', () => {
  test('"today" is the date in Belgium, not in UTC: late evening in summer and in winter', () => {
    // 22:30 UTC in July is 00:30 in Brussels (UTC+2): already the next day there
    expect(belgianDate(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    // 22:30 UTC in January is 23:30 in Brussels (UTC+1): still the same day
    expect(belgianDate(new Date('2026-01-14T22:30:00Z'))).toBe('2026-01-14');
    expect(belgianTime(new Date('2026-01-14T22:30:00Z'))).toBe('23:30');
  });

  test('a manual clock moves only when told, and its "today" follows it both ways', () => {
    const clock = manualClock('2026-11-26T10:00:00Z');
    expect(clock.today()).toBe('2026-11-26');
    clock.advance(24 * 3600 * 1000);
    expect(clock.today()).toBe('2026-11-27');
    expect(clock.now().toISOString()).toBe('2026-11-27T10:00:00.000Z');
    clock.set('2026-11-20T10:00:00Z');
    expect(clock.today()).toBe('2026-11-20');
  });

  test('a date that is not a date is refused at once', () => {
    expect(() => manualClock('soon')).toThrow(/not a date/);
  });
});
