/**
 * How many keys a complete Hospitalisation with PCI (one procedure, one DES) takes, for a user who
 * has encoded before (their RIZIV number, last access site, contrast volume and device are
 * remembered; the physician and device lists are loaded). The script answers like a person who
 * knows the case: it accepts what the form offers with Enter, types codes to choose, skips a
 * complete step with PgDn, and counts every key. The README reports the figure.
 */
import { describe, expect, test } from 'vitest';
import { formOf, isoToDmy } from '../../src/registry/index.js';
import { createReferenceLists } from '../../src/store/index.js';
import { readinessProblems } from '../../src/validation/index.js';
import { completeP, PHYSICIAN_A, TODAY } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

const form = formOf('P');

function focusedId(frame: string): string | undefined {
  for (const line of frame.split('\n').reverse()) {
    for (const m of line.matchAll(/([A-Za-z][A-Za-z0-9_]*) · /g)) if (form.byId.has(m[1]!)) return m[1];
  }
  return undefined;
}

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
    for (const [id, v] of [
      ['CD_PLC_INTDCR_1', '3'],
      ['NR_CONVOL_PROC_ML_1', 120],
      ['CD_MAT_1', '4'],
      ['CD_MODEL_DES_1', 'DES-2001'],
      ['CD_PCI_PLC_1', '2'],
    ] as const) {
      app.store.answers.remember('nurse', id, v);
    }
    const target = completeP();
    let keys = 0;
    const press = async (...k: string[]) => {
      keys += k.length;
      await app.press(...k);
    };
    const type = async (text: string) => {
      keys += text.length;
      await app.type(text);
    };

    await press('n', KEY.down, KEY.enter, KEY.enter);
    const id = app.store.list({ status: 'all' })[0]!.id;
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
      const have = data[fid];
      if (want === undefined || JSON.stringify(want) === JSON.stringify(have)) {
        await press(KEY.down);
        continue;
      }
      answered.add(fid);
      const offered = new RegExp(`${f.label.en.slice(0, 20).replace(/[()?[\]]/g, '.')}.*\\?  \\(Enter takes it\\)`).test(frame);
      const buffer = new RegExp(`› ${f.label.en.slice(0, 20).replace(/[()?[\]]/g, '.')}.*▏`).exec(frame)?.[0] ?? '';
      const text = f.kind === 'date' ? isoToDmy(String(want)).replace(/\//g, '') : String(want);
      if (f.kind === 'yesno') await press(want === '1' ? 'y' : 'n');
      else if (offered) await press(KEY.enter);
      else if (f.kind === 'codes') {
        for (const c of want as string[]) {
          await type(c);
          await press(KEY.space);
        }
        await press(KEY.enter);
      } else if (f.kind === 'code' || (f.kind === 'hcp' && !buffer.includes(String(want)))) {
        await type(text);
        await press(KEY.enter);
      } else if (buffer.includes(f.kind === 'date' ? isoToDmy(String(want)) : String(want))) await press(KEY.enter);
      else {
        await press(KEY.ctrlX);
        await type(text);
        await press(KEY.enter);
      }
    }
    await press(KEY.ctrlR, 's', 'y');
    expect(app.store.mustGet(id).status).toBe('sent');
    const fields = answered.size;
    // The figure the README reports: keys per answered field.
    console.log(`fast encoding: ${keys} keys for ${fields} answered fields (${(keys / fields).toFixed(2)} keys per field)`);
    expect(keys / fields).toBeLessThan(4);
  });
});
