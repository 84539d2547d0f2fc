/**
 * Dates typed short in the form: `ddmm` or `dd/mm` in the admission's year (today's for the
 * admission itself), `t` for today and `=` for the date the form offers, each shown in full before
 * Enter confirms it; times typed `hhmm`. Today is the injected clock's (NOW: 26/11/2026).
 */
import { describe, expect, test } from 'vitest';
import type { Data } from '../../src/validation/index.js';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

const ctrlE = '\u0005';

/** A P that lacks only the given answers, opened in its form (on the first of them). */
async function openWithout(ids: string[], extra: Data = {}) {
  const app = await renderApp();
  const data = { ...completeP(), ...extra };
  for (const id of ids) delete data[id];
  app.store.create({ type: 'P', data, user: 'a' });
  await app.press('t', 't', 't', 't', 't', 'g', KEY.enter);
  return app;
}

describe('short dates', () => {
  test('ddmm takes this year for the admission and the admission year for the discharge, in full before Enter', async () => {
    const app = await openWithout(['DT_HOSPZ', 'DT_DISCH']);
    expect(app.frame()).toMatch(/› Admission date \* +▏/);
    await app.type('1003');
    expect(app.frame()).toMatch(/› Admission date \* +1003▏ +→ 10\/03\/2026/);
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBeUndefined();
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBe('2026-03-10');
    // the admission completed its step: on to the discharge date, in the admission's year
    expect(app.frame()).toMatch(/› Discharge date \*/);
    await app.type('12/3');
    expect(app.frame()).toMatch(/12\/3▏ +→ 12\/03\/2026/);
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_DISCH).toBe('2026-03-12');
  });

  test('a discharge typed short falls in the year of an admission of another year', async () => {
    const app = await openWithout(['DT_DISCH'], { DT_HOSPZ: '2025-12-20', DT_PCI_1: '2025-12-20' });
    expect(app.frame()).toMatch(/› Discharge date \*/);
    await app.type('2212');
    expect(app.frame()).toMatch(/→ 22\/12\/2025/);
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_DISCH).toBe('2025-12-22');
  });

  test('t is today; = is the date offered: a PCI date the admission, a discharge the admission too', async () => {
    const app = await openWithout(['DT_PCI_1', 'DT_DISCH', 'DT_HOSPZ']);
    await app.type('t');
    expect(app.frame()).toMatch(/› Admission date \* +t▏ +→ 26\/11\/2026/);
    await app.press(KEY.backspace);
    await app.type('0903');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBe('2026-03-09');
    // the PCI date shows the admission date it offers; = takes it again after anything typed there
    expect(app.frame()).toMatch(/› PCI date \* +09\/03\/2026▏/);
    await app.type('=');
    expect(app.frame()).toMatch(/› PCI date \* +=▏ +→ 09\/03\/2026/);
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_PCI_1).toBe('2026-03-09');
    await app.press(ctrlE);
    expect(app.frame()).toMatch(/› Discharge date \*/);
    await app.type('=');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_DISCH).toBe('2026-03-09');
  });

  test('= on the admission date itself offers nothing: said, and nothing saved', async () => {
    const app = await openWithout(['DT_HOSPZ']);
    await app.type('=');
    expect(app.frame()).toMatch(/=▏ +✗ no date offered here/);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Admission date: no date is offered here — type it (ddmm, dd/mm or t for today)');
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBeUndefined();
  });

  test('29/02 of a year that is not a leap year is refused, naming the field; of a leap year it is a date', async () => {
    const app = await openWithout(['DT_HOSPZ', 'DT_DISCH']);
    await app.type('2902');
    expect(app.frame()).toMatch(/2902▏ +✗ 29\/02\/2026 does not exist/);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('✗ Admission date: 29/02/2026 does not exist — 2026 is not a leap year');
    expect(app.frame()).toMatch(/✗ Admission date \* +2902/);
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBeUndefined();
    // typed in full, a day the month lacks is explained the same way
    await app.press(KEY.ctrlX);
    await app.type('31042026');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Admission date: 31/04/2026 does not exist — month 4 has 30 days');
    await app.press(KEY.ctrlX);
    await app.type('28022024');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBe('2024-02-28');
    await app.type('2902');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_DISCH).toBe('2024-02-29');
  });

  test('a short date that lands after today is saved and gets the rule every future date gets', async () => {
    const app = await openWithout(['DT_HOSPZ', 'DT_DISCH', 'DT_PCI_1']);
    await app.type('2712');
    expect(app.frame()).toMatch(/→ 27\/12\/2026/);
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBe('2026-12-27');
    expect(app.frame()).toMatch(/✗ Admission date \* +27\/12\/2026/);
    expect(app.frame()).toContain('✗ lies in the future');
  });

  test('a time typed hhmm is hh:mm', async () => {
    const app = await openWithout(['T_WICR_1']);
    expect(app.frame()).toMatch(/› Wire-cross time/);
    await app.type('915');
    expect(app.frame()).toMatch(/915▏ +→ 09:15/);
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.T_WICR_1).toBe('09:15');
  });
});
