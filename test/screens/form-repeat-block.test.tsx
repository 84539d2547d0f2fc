/**
 * A second PCI procedure starts as a copy of the first one's procedural answers (operator, second
 * operator, access site, material, device), offered on entering the block and taken with one key,
 * in one confirmation; what differs per procedure (date, contrast, lesion, counts) stays to answer.
 */
import { describe, expect, test } from 'vitest';
import { completeP, PHYSICIAN_A } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

const ctrlB = '\u0002';

describe('a PCI procedure from the one before', () => {
  test('entering procedure 2 offers the key; it copies operator, access and material, and the cursor goes to what is left', async () => {
    const app = await renderApp();
    const { CD_NPCI_1: _, ...data } = completeP();
    app.store.create({ type: 'P', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter);
    expect(app.frame()).toMatch(/› Did the patient undergo an additional proced/);
    await app.press('y');
    expect(app.frame()).toMatch(/PCI procedure 2 — \d+ to complete/);
    expect(app.frame()).toContain('Ctrl+b starts procedure 2 with the operator, access and material of procedure 1');
    const before = app.store.history(1).length;

    await app.press(ctrlB);
    const r = app.store.mustGet(1);
    expect(r.data).toMatchObject({
      CD_DOCTOR_INTVNT_CARDIOL_2: PHYSICIAN_A,
      CD_SECON_OPRY_2: '0',
      CD_PLC_INTDCR_2: '3',
      CD_MAT_2: '4',
      CD_MODEL_DES_2: 'DES-2001',
    });
    for (const id of ['DT_PCI_2', 'NR_CONVOL_PROC_ML_2', 'CD_PCI_PLC_2', 'NR_DES_2', 'MS_MAX_DMTR_BLDVES_2', 'CD_NPCI_2'])
      expect([id, r.data[id]]).toEqual([id, undefined]);
    // one confirmation, one audit entry
    expect(app.store.history(1)).toHaveLength(before + 1);
    expect(app.frame()).toContain('5 answers taken from procedure 1: Performing interventional cardiologist, Second operator');
    // the date the form offers is still only offered, and the cursor is on it: the first answer left
    expect(app.frame()).toMatch(/› PCI date \* +10\/03\/2026▏/);

    await app.press(ctrlB);
    expect(app.frame()).toContain('Nothing to take from procedure 1');
    expect(app.store.history(1)).toHaveLength(before + 1);
  });

  test('in the first procedure there is nothing before it', async () => {
    const app = await renderApp();
    const { T_WICR_1: _, ...data } = completeP();
    app.store.create({ type: 'P', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter);
    expect(app.frame()).toMatch(/› Wire-cross time/);
    await app.press(ctrlB);
    expect(app.frame()).toContain('Only a PCI procedure after the first starts from the one before it.');
  });
});
