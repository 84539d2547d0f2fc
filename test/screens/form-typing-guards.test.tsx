/**
 * A date, time or number field ignores a character that can never be part of its answer and says
 * so once per visit, instead of taking it and refusing the answer on Enter.
 */
import { describe, expect, test } from 'vitest';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

/** A P that lacks only the given answers, opened in its form (on the first of them). */
async function openWithout(...ids: string[]) {
  const app = await renderApp();
  const data = completeP();
  for (const id of ids) delete data[id];
  app.store.create({ type: 'P', data, user: 'a' });
  await app.press('t', 't', 't', 't', 't', 'g', KEY.enter);
  return app;
}

describe('typing guards', () => {
  test('a number field ignores a letter, says so once, and the answer typed around it is saved', async () => {
    const app = await openWithout('MS_PAT_HGHT');
    expect(app.frame()).toMatch(/› Height \(cm\) \*/);
    await app.type('18');
    await app.type('x');
    expect(app.frame()).toContain('Height (cm): "x" ignored — a number takes digits and . or ,');
    expect(app.frame()).toMatch(/› Height \(cm\) \* +18▏/);
    await app.type('0');
    expect(app.frame()).not.toContain('ignored');
    // said once per visit: another wrong key is ignored silently
    await app.type('-');
    expect(app.frame()).not.toContain('ignored');
    expect(app.frame()).toMatch(/› Height \(cm\) \* +180▏/);
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.MS_PAT_HGHT).toBe(180);
  });

  test('a whole number ignores a decimal point', async () => {
    const app = await openWithout('NR_DES_1');
    expect(app.frame()).toMatch(/› Number of DES of this model \*/);
    await app.type('2,');
    expect(app.frame()).toContain('Number of DES of this model: "," ignored — a whole number takes digits only');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.NR_DES_1).toBe(2);
  });

  test('a date ignores letters, and t or = once something is typed; a time ignores letters', async () => {
    const app = await openWithout('DT_HOSPZ', 'T_WICR_1', 'DT_PCI_1');
    await app.type('10a');
    expect(app.frame()).toContain('Admission date: "a" ignored — a date takes digits and / (t: today, =: offered)');
    await app.type('03t');
    expect(app.frame()).toMatch(/› Admission date \* +1003▏ +→ 10\/03\/2026/);
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBe('2026-03-10');
    await app.press(KEY.enter); // the PCI date the form offers
    expect(app.frame()).toMatch(/› Wire-cross time/);
    await app.type('t');
    expect(app.frame()).toContain('Wire-cross time (24 h, hh:mm): "t" ignored — a time takes hh:mm or hhmm');
    await app.type('10h15');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.T_WICR_1).toBe('10:15');
  });

  test('after t, a date takes nothing more: t stands alone', async () => {
    const app = await openWithout('DT_HOSPZ');
    await app.type('t1');
    expect(app.frame()).toContain('Admission date: "1" ignored — t and = stand alone (Ctrl+X empties the field)');
    expect(app.frame()).toMatch(/› Admission date \* +t▏ +→ 26\/11\/2026/);
  });

  test('text and choice fields take any character', async () => {
    const app = await openWithout('CD_LVEF', 'MS_LVEF');
    expect(app.frame()).toMatch(/› LVEF \*/);
    await app.type('meas');
    expect(app.frame()).toContain('filter: meas');
    expect(app.frame()).not.toContain('ignored');
  });
});
