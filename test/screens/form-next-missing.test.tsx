/**
 * The cursor goes where an answer is still missing: an Open registration opens there; the answer
 * that completes a step moves on to the next missing answer, in another step or back at the start;
 * Ctrl+E goes there from anywhere. Other answers move to the next field, optional ones included.
 */
import { describe, expect, test } from 'vitest';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

/** A P that lacks only the given answers, opened from the table. */
async function openWithout(...ids: string[]) {
  const app = await renderApp();
  const data = completeP();
  for (const id of ids) delete data[id];
  app.store.create({ type: 'P', data, user: 'a' });
  await app.press('t', 't', 't', 't', 't', 'g', KEY.enter);
  return app;
}

const ctrlE = '\u0005';

describe('to the next missing answer', () => {
  test('an Open registration opens on its first missing answer, not on its first step', async () => {
    const app = await openWithout('CD_DIABT', 'CD_STA_DISCH');
    expect(app.frame()).toMatch(/History and indication — 1 to complete/);
    expect(app.frame()).toMatch(/› Diabetes/);
  });

  test('the answer that completes a step goes on to the next missing answer, in a later step', async () => {
    const app = await openWithout('CD_DIABT', 'CD_STA_DISCH');
    await app.type('1');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.CD_DIABT).toBe('1');
    expect(app.frame()).toMatch(/Discharge — 1 to complete/);
    expect(app.frame()).toMatch(/› Status at discharge/);
  });

  test('Ctrl+E skips to the next missing answer; completing that step goes back round to the one skipped', async () => {
    const app = await openWithout('CD_DIABT', 'DT_DISCH');
    expect(app.frame()).toMatch(/› Diabetes/);
    await app.press(ctrlE);
    expect(app.frame()).toMatch(/› Discharge date/);
    await app.type('1203');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_DISCH).toBe('2026-03-12');
    expect(app.frame()).toMatch(/› Diabetes/);
  });

  test('an answer that leaves its step incomplete moves to the next field, an optional one too', async () => {
    const app = await openWithout('CD_DIALY_REQE_1', 'CD_COMPLIC_PLC_INS_1', 'CD_BLEEDG_1');
    expect(app.frame()).toMatch(/› Unplanned dialysis needed/);
    await app.press('n');
    expect(app.frame()).toMatch(/› Access-site complications/);
    await app.press(KEY.down);
    expect(app.frame()).toMatch(/› Bleeding other than at the insertion site/);
  });

  test('with nothing missing, Ctrl+E says how to send', async () => {
    const app = await openWithout();
    expect(app.frame()).toMatch(/Registration author — complete/);
    await app.press(ctrlE);
    expect(app.frame()).toContain('Nothing is missing: Ctrl+r reviews and sends.');
  });
});
