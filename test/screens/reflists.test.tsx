import { describe, expect, test } from 'vitest';
import { createReferenceLists } from '../../src/store/index.js';
import { formOf } from '../../src/registry/index.js';
import { readinessProblems } from '../../src/validation/index.js';
import { completeP, PHYSICIAN_A, PHYSICIAN_B, TODAY } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';
import { expectEach } from '../helpers/expect-each.js';

async function withLists() {
  const app = await renderApp({ rows: 40 });
  const lists = createReferenceLists(app.db);
  lists.load(
    [
      { code: PHYSICIAN_A, name: 'Peeters An', detail: 'interventional cardiology', validFrom: null, validTo: null },
      { code: PHYSICIAN_B, name: 'Dubois Marc', detail: 'cardiology', validFrom: null, validTo: null },
    ],
    'HPIN',
    { replace: true, source: 'test', user: 'test' },
  );
  lists.load(
    [
      { code: 'DES-2001', name: 'Xience Sierra', detail: 'Abbott', validFrom: '2020-01-01', validTo: null },
      { code: 'DES-2002', name: 'Resolute Onyx', detail: 'Medtronic', validFrom: '2019-01-01', validTo: '2025-12-31' },
    ],
    'QERMID_IMPLT_32402',
    { replace: true, source: 'test', user: 'test' },
  );
  return app;
}

describe('reference lists in the form', () => {
  test('type-ahead finds a physician by name and a device by manufacturer; the device fills its validity', async () => {
    const app = await withLists();
    const { CD_DOCTOR_INTVNT_CARDIOL_1: _, CD_MODEL_DES_1: __, ...data } = completeP();
    app.store.create({ type: 'P', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter, KEY.ctrlR);
    await app.press(KEY.enter); // first problem: the operator
    expect(app.frame()).toMatch(/› Performing interventional cardiologist/);
    await app.type('dubo');
    expect(app.frame()).toContain('Dubois Marc — cardiology');
    expect(app.frame()).not.toContain('Peeters An');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.CD_DOCTOR_INTVNT_CARDIOL_1).toBe(PHYSICIAN_B);
    expect(app.frame()).toMatch(/Performing interventional cardiologist \* +10023464580 · Dubois Marc/);
    await app.press(KEY.ctrlR, KEY.enter);
    expect(app.frame()).toMatch(/› DES model/);
    await app.type('abbott');
    expect(app.frame()).toContain('Xience Sierra — Abbott');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data).toMatchObject({ CD_MODEL_DES_1: 'DES-2001', CD_DES_VFROM_1: '2020-01-01' });
  });

  test('a device not valid on the PCI date is an error with the reason; a physician not in the list a warning', async () => {
    const app = await withLists();
    const r = app.store.create({ type: 'P', data: { ...completeP(), CD_MODEL_DES_1: 'DES-2002', DT_HOSPZ: '2026-03-10' }, user: 'a' });
    const problems = readinessProblems(formOf('P'), app.store.mustGet(r.id).data, { lists: app.store.lists, today: TODAY });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'CD_MODEL_DES_1',
          code: 'device_not_valid',
          severity: 'error',
          params: expect.objectContaining({ to: '31/12/2025' }),
        }),
      ]),
    );
    const other = app.store.create({
      type: 'P',
      data: { ...completeP(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18', CD_DOCTOR_INTVNT_CARDIOL_1: '10034550580' },
      user: 'a',
    });
    const p2 = readinessProblems(formOf('P'), app.store.mustGet(other.id).data, { lists: app.store.lists, today: TODAY });
    expect(p2.filter((p) => p.field === 'CD_DOCTOR_INTVNT_CARDIOL_1')).toEqual([
      expect.objectContaining({ code: 'physician_unknown', severity: 'warning' }),
    ]);
    expect(p2.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('a physician typed by number who is not in the list is taken, with a warning', async () => {
    const app = await withLists();
    const { CD_DOCTOR_INTVNT_CARDIOL_1: _, ...data } = completeP();
    app.store.create({ type: 'P', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter, KEY.ctrlR, KEY.enter);
    await app.type('10034550580');
    expect(app.frame()).toContain('0 choices');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.CD_DOCTOR_INTVNT_CARDIOL_1).toBe('10034550580');
    expect(app.frame()).toContain('! 10034550580 is not in the list of physicians (HPIN)');
  });
});

describe('browsing the reference lists', () => {
  test('the lists with their source, then a list searched by name', async () => {
    const app = await withLists();
    await app.press('l');
    expect(app.frame()).toMatch(/Physicians \(HPIN\) +2 entries/);
    expect(app.frame()).toMatch(/Postal codes +1145 entries/);
    expect(app.frame()).toContain('source test');
    await app.press(KEY.enter);
    // Letters are the search here: the footer offers help on a key that does not type.
    expect(app.frame()).toMatch(/^Ctrl\+k:keys /m);
    await app.type('dub?');
    expect(app.frame()).toContain('dub?▏');
    await app.press(KEY.backspace);
    expect(app.frame()).toContain('Dubois Marc');
    expect(app.frame()).not.toContain('Peeters An');
  });
});

describe('adding a physician in place', () => {
  test('an admin adds a typed number to the list from the form (Ctrl+A)', async () => {
    const app = await withLists();
    const { CD_DOCTOR_INTVNT_CARDIOL_1: _, ...data } = completeP();
    app.store.create({ type: 'P', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter, KEY.ctrlR, KEY.enter);
    await app.type('10034550580');
    await app.press('\u0001');
    expect(app.frame()).toContain('10034550580 added to the physician list');
    expect(app.store.lists.get('HPIN', '10034550580')).toMatchObject({ name: '(added by nurse from the form)' });
    expect(app.store.mustGet(1).data.CD_DOCTOR_INTVNT_CARDIOL_1).toBe('10034550580');
  });
});

describe('the reference lists screen in Dutch', () => {
  test('the postal codes angio ships name their source in Dutch, and no line is cut at 80 columns', async () => {
    const app = await renderApp({ lang: 'nl', columns: 80 });
    await app.press('l');
    const frame = app.frame();
    expect(frame).toMatch(/Postcodes +1145 items/);
    expect(frame).toContain('bron bpost/Statbel (ingebouwd), geladen');
    expect(frame).not.toContain('shipped');
    expectEach(frame.split('\n'), (l) => !l.includes('…'), 'line');
  });
});
