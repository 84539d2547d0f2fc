/**
 * Choice lists put first the codes this user chose most often (counted by the confirmation of
 * their answers, whatever the registration); an exactly typed code still comes first, and another
 * user's habits change nothing.
 */
import { describe, expect, test } from 'vitest';
import { createReferenceLists } from '../../src/store/index.js';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

/** The codes of the open choice list, top to bottom, as shown. */
const shownCodes = (frame: string) =>
  frame
    .split('\n')
    .map((l) => /^[› ] (?:\[.\] )?(\S+) /.exec(l)?.[1])
    .filter((c): c is string => c !== undefined && /\d/.test(c));

describe("choice lists in the order of the user's habits", () => {
  test('the billing codes this user chose most come first; typing filters within that order', async () => {
    const app = await renderApp({ rows: 30 });
    const answer = (user: string, code: string) => {
      const r = app.ops.createRegistration(user, { type: 'P' });
      app.ops.confirmAnswer(user, { id: r.id, rowVersion: r.rowVersion, changes: { CD_PREST_PCI: code } });
    };
    for (let i = 0; i < 3; i++) answer('nurse', '159036-159040');
    answer('nurse', '159014-159025');
    for (let i = 0; i < 5; i++) answer('doctor', 'BI0153');
    const { CD_PREST_PCI: _, ...data } = completeP();
    const r = app.store.create({ type: 'P', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await app.press('/');
    await app.type(String(r.id));
    await app.press(KEY.enter, KEY.enter);
    expect(app.frame()).toMatch(/› PCI billing item/);

    await app.press(KEY.enter);
    const codes = shownCodes(app.frame());
    expect(codes.slice(0, 3)).toEqual(['159036-159040', '159014-159025', '158970-158981']);
    expect(codes).toHaveLength(6);
    expect(app.frame()).toMatch(/^› 159036-159040 /m);

    await app.press(KEY.esc);
    await app.type('1');
    expect(shownCodes(app.frame())[0]).toBe('159036-159040');
    await app.type('5901');
    expect(shownCodes(app.frame())).toEqual(['159014-159025']);
    await app.press(KEY.enter);
    expect(app.store.mustGet(r.id).data.CD_PREST_PCI).toBe('159014-159025');
    expect(app.store.answers.choiceCounts('nurse', 'CD_PREST_PCI').get('159014-159025')).toBe(2);
  });

  test('a device this user chose comes first in its nominative list', async () => {
    const app = await renderApp({ rows: 30 });
    const devices = ['DES-1001', 'DES-2001', 'DES-3001'].map((code, i) => ({
      code,
      name: `Stent ${'ABC'[i]}`,
      detail: '',
      validFrom: '2020-01-01',
      validTo: null,
    }));
    createReferenceLists(app.db).load(devices, 'QERMID_IMPLT_32402', { replace: true, source: 't', user: 't' });
    app.store.answers.chose('nurse', 'CD_MODEL_DES_1', ['DES-3001']);
    app.store.answers.chose('nurse', 'CD_MODEL_DES_1', ['DES-3001']);
    app.store.answers.chose('nurse', 'CD_MODEL_DES_1', ['DES-2001']);
    const { CD_MODEL_DES_1: _, ...data } = completeP();
    app.store.create({ type: 'P', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter);
    expect(app.frame()).toMatch(/› DES model/);
    await app.press(KEY.enter);
    expect(shownCodes(app.frame())).toEqual(['DES-3001', 'DES-2001', 'DES-1001']);
  });
});
