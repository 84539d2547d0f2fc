import { describe, expect, test } from 'vitest';
import { parseRegistrationCode } from '../../src/transmit/index.js';
import { completeH, completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

/** Opens the newest registration from the table. */
async function openNewest(app: Awaited<ReturnType<typeof renderApp>>) {
  await app.press('g', KEY.enter);
}

describe('encoding a registration in the stepwise form', () => {
  test('pick a type and version, fill a step, see an error, fix it, move on', async () => {
    const app = await renderApp();
    await app.press('n');
    expect(app.frame()).toContain('New registration: which type?');
    expect(app.frame()).toContain('At least one PCI during the stay');
    await app.press(KEY.down, KEY.enter); // Hospitalisation with PCI
    expect(app.frame()).toContain('version 2 of 2023-11-28 (current)');
    await app.press(KEY.enter); // latest preselected
    expect(app.frame()).toMatch(/#1 P · Hospitalisation with PCI · v2 · open/);
    expect(app.frame()).toMatch(/Registration author/);
    await app.press(KEY.pageDown, KEY.pageDown);
    expect(app.frame()).toMatch(/Admission — \d+ to complete/);
    expect(app.frame()).toMatch(/› Admission date \*/);
    await app.type('31/02/2026');
    await app.press(KEY.down);
    expect(app.frame()).toMatch(/✗ Admission date \* +31\/02\/2026/);
    expect(app.frame()).toContain('✗ not a valid date (dd/mm/yyyy)');
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBeUndefined();
    await app.press(KEY.up, KEY.backspace);
    expect(app.frame()).not.toContain('not a valid date');
    await app.press(KEY.ctrlX);
    await app.type('10032026');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.DT_HOSPZ).toBe('2026-03-10');
    expect(app.frame()).toMatch(/Admission date \* +10\/03\/2026/);
    expect(app.frame()).toMatch(/› Cardiogenic shock at admission \*/);
    await app.press('n');
    expect(app.store.mustGet(1).data.CD_CARDIOGE_SHOCK_HOSPZ).toBe('0');
    await app.type('260');
    await app.press(KEY.enter);
    // outside the usual range: asked once before it is saved, never refused
    expect(app.frame()).toContain('! 260 cm: outside the usual 100–250: check it. Keep it?');
    expect(app.frame()).toMatch(/\?:keys y:yes n:no/);
    // The help its footer offers opens over the question, which waits for its answer.
    await app.press('?');
    expect(app.frame()).toContain('Keys');
    await app.press(KEY.esc);
    expect(app.frame()).toContain('Keep it?');
    expect(app.store.mustGet(1).data.MS_PAT_HGHT).toBeUndefined();
    await app.press('n'); // not kept: the typed text stays, to be corrected
    expect(app.frame()).not.toContain('Keep it?');
    expect(app.frame()).toMatch(/› Height \(cm\) \* +260▏/);
    await app.press(KEY.enter, 'y'); // kept: saved, shown under the field, and the form moves on
    expect(app.store.mustGet(1).data.MS_PAT_HGHT).toBe(260);
    expect(app.frame()).toContain('! outside the usual 100–250: check it');
    expect(app.frame()).toMatch(/› Weight \(kg\)/);
    await app.press(KEY.up, KEY.ctrlX);
    expect(app.frame()).not.toContain('outside the usual');
    await app.type('180');
    await app.press(KEY.enter);
    await app.type('81');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.MS_PAT_BMI).toBe(25);
    // the last answer of a step moves on to the next step, whose title shows
    expect(app.frame()).toMatch(/Admission ✓/);
    expect(app.frame()).toMatch(/History and indication — \d+ to complete/);
  });

  test('a condition reveals a field: LVEF % appears once LVEF is measured', async () => {
    const app = await renderApp({ rows: 30 });
    app.store.create({ type: 'P', data: {}, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await openNewest(app);
    await app.press(KEY.pageDown, KEY.pageDown, KEY.pageDown); // History and indication
    expect(app.frame()).not.toContain('LVEF (%)');
    for (let i = 0; i < 9; i++) await app.press(KEY.down);
    expect(app.frame()).toMatch(/› LVEF \*/);
    await app.type('meas');
    expect(app.frame()).toContain('filter: meas');
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data.CD_LVEF).toBe('5');
    expect(app.frame()).toMatch(/› LVEF \(%\) \*/);
  });

  test('"another procedure?" opens a second PCI block', async () => {
    const app = await renderApp({ rows: 30 });
    const { CD_NPCI_1: _, ...data } = completeP();
    app.store.create({ type: 'P', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await openNewest(app);
    await app.press(KEY.ctrlR);
    expect(app.frame()).toMatch(/Review #1: 1 problem\(s\)/);
    expect(app.frame()).toMatch(/Did the patient undergo an additional procedure\?: required/);
    await app.press(KEY.enter);
    expect(app.frame()).toMatch(/› Did the patient undergo an additional proced…/);
    expect(app.frame()).toMatch(/Did the patient undergo an additional procedure\? · CD_NPCI_1 · y = yes/);
    await app.press('y');
    expect(app.store.mustGet(1).data.CD_NPCI_1).toBe('1');
    // answering moves on: straight into the block it opened
    expect(app.frame()).toMatch(/PCI procedure 2 — \d+ to complete/);
    expect(app.frame()).toMatch(/Procedure data \(procedure 2\)/);
  });

  test('save, leave, reopen: the answers are there', async () => {
    const app = await renderApp();
    app.store.create({ type: 'H', data: {}, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await openNewest(app);
    await app.press(KEY.pageDown);
    expect(app.frame()).toMatch(/› Patient has no Belgian national number/);
    await app.press(KEY.down);
    await app.type('85.04.02-169.3');
    expect(app.frame()).not.toMatch(/169\.3▏ +[✓✗]/);
    await app.type('3');
    expect(app.frame()).toMatch(/85\.04\.02-169\.33▏ +✗ not a valid national number/);
    await app.press(KEY.backspace);
    await app.type('2');
    expect(app.frame()).toMatch(/85\.04\.02-169\.32▏ +✓/);
    await app.press(KEY.enter);
    expect(app.store.mustGet(1).data).toMatchObject({ IDC_PAT: '85040216932', DT_PAT_DOB: '1985-04-02', CD_PAT_SEX: 'M' });
    expect(app.frame()).toContain('Taken from the national number: Date of birth, Sex.');
    await app.press(KEY.ctrlS);
    expect(app.frame()).toMatch(/Saved at \d\d:\d\d/);
    await app.press(KEY.esc);
    expect(app.frame()).toMatch(/#1 .*85\.04\.02-\*\*\*\.\*\*/);
    await app.press(KEY.enter, KEY.pageDown);
    expect(app.frame()).toMatch(/National register number.* 85\.04\.02-169\.32/);
    expect(app.frame()).toMatch(/Date of birth \* +02\/04\/1985/);
  });

  test('leaving with a value that cannot be saved asks first', async () => {
    const app = await renderApp();
    app.store.create({ type: 'H', data: {}, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await openNewest(app);
    await app.press(KEY.pageDown, KEY.down);
    await app.type('123');
    await app.press(KEY.esc);
    expect(app.frame()).toContain('Leave and lose 1 value(s) that could not be saved?');
    await app.press('n');
    expect(app.frame()).toMatch(/✗ not a valid national number/);
  });
});

describe('review and send', () => {
  test('sending an incomplete record lists what is missing and sends nothing', async () => {
    const app = await renderApp();
    app.store.create({ type: 'P', data: { DT_HOSPZ: '2026-03-10' }, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await openNewest(app);
    await app.press(KEY.ctrlR);
    expect(app.frame()).toMatch(/Review #1: \d+ problem\(s\) to fix before sending/);
    expect(app.frame()).toMatch(/Patient\n.*National register number.*: required/);
    await app.press('s');
    expect(app.frame()).toMatch(/#1 cannot be sent yet: \d+ problem\(s\)/);
    expect(app.store.mustGet(1).status).toBe('open');
  });

  test('sending a complete record shows its code; the Sent record is read-only', async () => {
    const app = await renderApp();
    app.store.create({ type: 'P', data: completeP(), user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await app.press('s');
    expect(app.frame()).toContain('Send registration #1?');
    await app.press('y');
    const sent = app.store.mustGet(1);
    expect(sent.status).toBe('sent');
    expect(parseRegistrationCode(sent.registrationCode!)).toBe(sent.registrationCode);
    expect(app.frame()).toContain(sent.registrationCode!);
    expect(app.frame()).toContain('Registration #1 is sent');
    // A notice, not a question: its footer says how to go on, and y/n do nothing.
    expect(app.frame()).toMatch(/\?:keys Enter:continue/);
    expect(app.frame()).not.toContain('y:yes');
    await app.press('n');
    expect(app.frame()).toContain('Registration #1 is sent');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Read-only: a Sent registration is corrected by a full resubmission (c).');
    await app.press(KEY.esc, 'g', KEY.enter);
    expect(app.frame()).toContain('Read-only');
    await app.type('x');
    expect(app.store.mustGet(1).rowVersion).toBe(sent.rowVersion);
  });

  test('a real case outside our usual ranges: the review lists its warnings, it is sent, and keeps them', async () => {
    const app = await renderApp({ rows: 30 });
    const shock = { ...completeP(), MS_SYS_BP_HOSPZ: 35, MS_DIA_BP_HOSPZ: 20, MS_HF_HOSPZ: 18, CD_CARDIOGE_SHOCK_HOSPZ: '1' };
    app.store.create({ type: 'P', data: shock, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await openNewest(app);
    await app.press(KEY.ctrlR);
    expect(app.frame()).toMatch(/! Systolic blood pressure at admission.*: outside the usual 40–300: check it/);
    expect(app.frame()).toMatch(/! Heart rate at admission.*: outside the usual 20–250: check it/);
    await app.press('s');
    expect(app.frame()).toContain('Send registration #1?');
    await app.press('y');
    expect(app.store.mustGet(1).status).toBe('sent');
    await app.press(KEY.enter);
    expect(app.frame()).toMatch(/Sent with 2 warning\(s\)/);
    expect(app.frame()).toMatch(/! Heart rate at admission.*outside the usual 20–250/);
  });

  test('an optional registration asks for the consent before it is sent', async () => {
    const app = await renderApp();
    const { LOC_CONSENT: _, ...data } = completeH();
    app.store.create({ type: 'H', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await openNewest(app);
    await app.press(KEY.ctrlR);
    expect(app.frame()).toMatch(/✗ Patient consents to data sharing/);
    await app.press('s');
    expect(app.frame()).toContain('does the patient consent to sharing the data?');
    await app.press('y');
    expect(app.frame()).toContain('Send registration #1?');
    await app.press('y');
    expect(app.store.mustGet(1).status).toBe('sent');
    expect(app.store.mustGet(1).data.LOC_CONSENT).toBe('1');
  });

  test('sending what the review says is incomplete gives the review’s own count, the consent included', async () => {
    const app = await renderApp();
    const { LOC_CONSENT: _, ...data } = completeH();
    // A discharge before the admission: impossible, so blocking, beside the missing consent.
    app.store.create({ type: 'H', data: { ...data, DT_DISCH: '2026-01-01' }, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await openNewest(app);
    await app.press(KEY.ctrlR);
    const n = /Review #1: (\d+) problem\(s\)/.exec(app.frame())?.[1];
    expect(Number(n)).toBeGreaterThanOrEqual(2);
    await app.press('s');
    expect(app.frame()).toContain(`#1 cannot be sent yet: ${n} problem(s)`);
  });
});
