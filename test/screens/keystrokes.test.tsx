/**
 * How many keys a complete Hospitalisation with PCI (one procedure, one DES) takes, for a user who
 * has encoded one like it before: their RIZIV number is known, their answers of that registration
 * are remembered and their choices counted (through the same operation the form uses), and the
 * physician and device lists are loaded. The script answers like a person who knows the case and
 * the form: it accepts what the form offers with Enter, types a date as ddmm when it falls in the
 * year the form assumes and a time as hhmm, clears a field only when it shows something else,
 * types a code until the list has it under the cursor (a code typed in full is chosen as it is typed), goes to the next missing answer with its
 * key when it wants nothing on the way, skips a complete step with PgDn, and counts every key.
 * The README reports the figure.
 */
import { describe, expect, test } from 'vitest';
import { formOf, isoToDmy, keyDateFieldOf, type Field } from '../../src/registry/index.js';
import { createReferenceLists } from '../../src/store/index.js';
import { readinessProblems, visibleFields, type Data } from '../../src/validation/index.js';
import { completeP, PHYSICIAN_A, TODAY } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

const form = formOf('P');
const ctrlE = '\u0005';
/** The label column of the form at 100 columns (record-form.tsx: half the width, at most 46). */
const LABEL_WIDTH = 46;
const position = new Map(form.fields.map((f, i) => [f.id, i]));

function focusedId(frame: string): string | undefined {
  for (const line of frame.split('\n').reverse()) {
    for (const m of line.matchAll(/([A-Za-z][A-Za-z0-9_]*) · /g)) if (form.byId.has(m[1]!)) return m[1];
  }
  return undefined;
}

/** What the focused typed field shows, as the user reads it: the text before the cursor mark. */
function shownText(frame: string): string {
  const line = frame.split('\n').find((l) => l.startsWith('› ') && l.includes('▏')) ?? '';
  return line.slice(2 + LABEL_WIDTH, line.indexOf('▏')).trim();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('fast encoding', () => {
  test('keys needed for a complete P with one procedure and one DES', async () => {
    const app = await renderApp({
      rows: 50,
      userRiziv: PHYSICIAN_A,
      authorDefaults: { authorGroup: 'Cardiology', author: 'dr.peeters@hospital.example', coauthor: 'nurse@hospital.example' },
    });
    const lists = createReferenceLists(app.db);
    lists.load([{ code: PHYSICIAN_A, name: 'Peeters An', detail: '', validFrom: null, validTo: null }], 'HPIN', {
      replace: true,
      source: 't',
      user: 't',
    });
    lists.load(
      [{ code: 'DES-2001', name: 'Xience Sierra', detail: 'Abbott', validFrom: '2020-01-01', validTo: null }],
      'QERMID_IMPLT_32402',
      { replace: true, source: 't', user: 't' },
    );
    const target = completeP();
    // The registration encoded before, of another patient: its answers, confirmed as the form does.
    const before = app.ops.createRegistration('nurse', { type: 'P' });
    const clinical = Object.fromEntries(Object.entries(target).filter(([k]) => form.byId.get(k)?.step !== 'patient'));
    app.ops.confirmAnswer('nurse', { id: before.id, rowVersion: before.rowVersion, changes: clinical });

    let keys = 0;
    const press = async (...k: string[]) => {
      keys += k.length;
      await app.press(...k);
    };
    const type = async (text: string) => {
      keys += text.length;
      await app.type(text);
    };
    /**
     * Types a code until the open list has it under the cursor, then chooses it with Enter — unless
     * the form chose it as it was typed in full (the list closed).
     */
    const choose = async (code: string) => {
      const chosen = new RegExp(`^› (\\[.\\] )?${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `, 'm');
      for (const ch of code) {
        await type(ch);
        if (!app.frame().includes('filter: ')) return;
        if (chosen.test(app.frame())) break;
      }
      await press(KEY.enter);
    };
    /** The text typed for a value: a date in the year the form assumes as ddmm, a time as hhmm. */
    const typedText = (f: Field, want: unknown, data: Data) => {
      const text = f.kind === 'date' ? isoToDmy(String(want)) : String(want);
      if (f.kind === 'time') return text.replace(':', '');
      if (f.kind !== 'date') return text;
      const key = keyDateFieldOf('P');
      const year = (f.id === key || typeof data[key] !== 'string' ? TODAY : String(data[key])).slice(0, 4);
      return String(want).startsWith(year) ? text.slice(0, 5).replace('/', '') : text.replace(/\//g, '');
    };
    /** Whether no field the script wants to answer lies between the focus and the next missing answer. */
    const nothingOnTheWay = (fid: string, data: Data) => {
      const visible = visibleFields(form, data);
      const from = position.get(fid)!;
      const missing = readinessProblems(form, data, { lists: app.store.lists, today: TODAY })
        .filter((p) => p.severity === 'error' && visible.has(p.field))
        .map((p) => position.get(p.field)!)
        .filter((i) => i > from);
      if (!missing.length) return false;
      const to = Math.min(...missing);
      return form.fields
        .slice(from + 1, to)
        .every((f) => !visible.has(f.id) || target[f.id] === undefined || same(target[f.id], data[f.id]));
    };

    await press('n', KEY.down, KEY.enter, KEY.enter);
    const id = Math.max(...app.store.list({ status: 'all' }).map((r) => r.id));
    const answered = new Set<string>();
    for (let guard = 0; guard < 150; guard++) {
      const data = app.store.mustGet(id).data;
      if (!readinessProblems(form, data, { lists: app.store.lists, today: TODAY }).some((p) => p.severity === 'error')) break;
      const frame = app.frame();
      if (/ — complete/.test(frame.split('\n')[2] ?? '')) {
        await press(KEY.pageDown);
        continue;
      }
      const fid = focusedId(frame)!;
      const f = form.byId.get(fid)!;
      const want = target[fid];
      if (want === undefined || same(want, data[fid])) {
        await press(nothingOnTheWay(fid, data) ? ctrlE : KEY.down);
        continue;
      }
      answered.add(fid);
      const offered = new RegExp(`${f.label.en.slice(0, 20).replace(/[()?[\]]/g, '.')}.*\\?  \\(Enter takes it\\)`).test(frame);
      if (f.kind === 'yesno') await press(want === '1' ? 'y' : 'n');
      else if (offered) await press(KEY.enter);
      else if (f.kind === 'codes') {
        for (const c of want as string[]) {
          await type(c);
          await press(KEY.space);
        }
        await press(KEY.enter);
      } else if (!frame.split('\n').some((l) => l.startsWith('› ') && l.includes('▏'))) {
        // Answered from a list: the code, until the list has it under the cursor.
        await choose(String(want));
      } else {
        const shown = shownText(frame);
        if (shown === (f.kind === 'date' ? isoToDmy(String(want)) : String(want))) await press(KEY.enter);
        else {
          if (shown !== '') await press(KEY.ctrlX);
          await type(typedText(f, want, data));
          await press(KEY.enter);
        }
      }
    }
    await press(KEY.ctrlR, 's', 'y');
    const sent = app.store.mustGet(id);
    expect(sent.status).toBe('sent');
    // The same answers as the case: every answer of it, and the fields the user answered.
    for (const [k, v] of Object.entries(target)) expect([k, sent.data[k]]).toEqual([k, v]);
    const fields = answered.size;
    expect(fields).toBe(55);
    // The figure the README reports: keys per answered field.
    console.log(`fast encoding: ${keys} keys for ${fields} answered fields (${(keys / fields).toFixed(2)} keys per field)`);
    expect(keys / fields).toBeLessThanOrEqual(2.5);
  });
});
