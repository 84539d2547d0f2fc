/**
 * End to end, in a real terminal: create a Hospitalisation with PCI, fill it, save, kill the
 * process with SIGKILL mid-edit, restart, find the record with its data, complete it, send it,
 * and read the registration code from the screen and from the database.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { formOf, type Value } from '../../src/registry/index.js';
import { editsAsText } from '../../src/screens/form/field-kinds.js';
import { completeP } from '../helpers/fixtures.js';
import { tempDbPath } from '../helpers/db.js';
import { hasTmux, startInTmux } from '../helpers/tmux.js';

const form = formOf('P');
const sessions: ReturnType<typeof startInTmux>[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
});

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Answers the focused field with the fixture's value, the way a user would. */
function answer(s: ReturnType<typeof startInTmux>, id: string, value: Value) {
  const f = form.byId.get(id)!;
  if (f.kind === 'yesno') return s.action(value === '1' ? 'form.yes' : 'form.no');
  if (f.kind === 'codes') {
    for (const code of value as string[]) {
      s.type(code);
      s.action('picker.toggle');
      for (const _ of code) s.action('picker.erase');
    }
    return s.action('picker.choose');
  }
  if (!editsAsText(f)) {
    s.type(String(value));
    return s.action('picker.choose');
  }
  s.action('form.clear');
  s.type(f.kind === 'date' ? dmy(String(value)) : String(value));
  s.action('form.edit');
}

/** The focused field's id, read from the hint line under the form (`label · ID · hint`). */
function focusedFieldId(screen: string): string {
  for (const line of screen.split('\n').reverse()) {
    for (const m of line.matchAll(/([A-Za-z][A-Za-z0-9_]*) · /g)) if (form.byId.has(m[1]!)) return m[1]!;
  }
  throw new Error(`no focused field on screen:\n${screen}`);
}

describe.skipIf(!hasTmux())('the terminal UI end to end', () => {
  test('encode, crash, restart, complete, send, read the code', async () => {
    const db = tempDbPath();
    const env = { ANGIO_DB: db, ANGIO_USER: 'nurse', NO_COLOR: '1' };
    let s = startInTmux(env);
    sessions.push(s);
    await s.waitFor('No registrations yet');
    s.action('table.new');
    await s.waitFor('New registration: which type?');
    s.action('list.down');
    s.action('list.choose');
    await s.waitFor('(current)');
    s.action('list.choose');
    await s.waitFor(/#1 P · Hospitalisation with PCI/);
    // it opens on the first missing answer: the author fields come from the settings, so the patient's
    await s.waitFor(/› National register number/);

    // fill the admission step, save
    s.action('form.nextStep');
    await s.waitFor(/› Admission date/);
    answer(s, 'DT_HOSPZ', '2026-03-10');
    await s.waitFor(/› Cardiogenic shock/);
    answer(s, 'CD_CARDIOGE_SHOCK_HOSPZ', '0');
    answer(s, 'MS_PAT_HGHT', 180);
    await s.waitFor(/› Weight/);
    s.action('form.save');
    await s.waitFor('Saved at');
    // mid-edit: a weight typed but not confirmed, then the process dies
    s.type('8');
    await s.waitFor(/Weight \(kg\) \* +8/);
    process.kill(s.pid(), 'SIGKILL');
    s.kill();

    s = startInTmux(env);
    sessions.push(s);
    await s.waitFor(/#1 +P .*Open/);
    s.action('table.open');
    await s.waitFor(/› National register number/);
    s.action('form.nextStep');
    const admission = await s.waitFor(/Admission date \* +10\/03\/2026/);
    expect(admission).toMatch(/Height \(cm\) \* +180 cm/);

    // complete it: the review lists what is missing; Enter jumps to it; answer; again
    const fixture = completeP();
    for (let i = 0; i < 120; i++) {
      s.action('form.review');
      const review = await s.waitFor(/Review #1: (ready to send|\d+ problem)/);
      if (review.includes('ready to send')) break;
      s.action('review.jump');
      const id = focusedFieldId(await s.waitFor(/^› /m));
      expect(fixture[id], `no fixture value for ${id}`).toBeDefined();
      answer(s, id, fixture[id]!);
    }
    s.action('review.send');
    await s.waitFor('Send registration #1?');
    s.action('confirm.yes');
    const sentScreen = await s.waitFor(/AG-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/);
    const codeOnScreen = /AG-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/.exec(sentScreen)![0];

    const row = new Database(db, { readonly: true })
      .prepare('SELECT status, registration_code AS code, data FROM registrations WHERE id = 1')
      .get() as { status: string; code: string; data: string };
    expect(row.status).toBe('sent');
    expect(row.code).toBe(codeOnScreen);
    expect(JSON.parse(row.data)).toMatchObject({ DT_HOSPZ: '2026-03-10', MS_PAT_HGHT: 180, CD_PREST_PCI: '159014-159025' });
  }, 120_000);
});
