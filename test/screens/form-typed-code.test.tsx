/**
 * A code typed in full is chosen as it is typed, as y/n answer a yes/no question: "2" among the
 * indications 1–12 is chosen at once, "1" waits for a second digit (10, 11, 12 start with it),
 * letters only filter. The Enter a person types from habit right after confirms that choice and
 * does nothing else — it must not toggle the yes/no question the cursor moved to.
 */
import { describe, expect, test } from 'vitest';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';
import type { Data } from '../../src/validation/index.js';

/** The id of the focused field, from the hint line the form shows for it. */
const focused = (frame: string) => [...frame.matchAll(/\b([A-Z][A-Z0-9_]*_[A-Z0-9_]+) · /g)].at(-1)?.[1];

async function openWithout(...missing: string[]) {
  const app = await renderApp({ rows: 40 });
  const data: Data = completeP();
  for (const id of missing) delete data[id];
  const r = app.store.create({ type: 'P', data, user: 'a' });
  await app.press('/');
  await app.type(String(r.id));
  await app.press(KEY.enter, KEY.enter);
  return { app, id: r.id };
}

describe('a code typed in full', () => {
  test('is chosen as it is typed, and the Enter typed from habit right after changes nothing', async () => {
    const { app, id } = await openWithout('CD_INDICATN', 'CD_DIAGS_CHRON_RENAL_DSEAS');
    expect(focused(app.frame())).toBe('CD_INDICATN');

    await app.type('1');
    expect(app.frame()).toContain('filter: 1');
    expect(app.store.mustGet(id).data.CD_INDICATN).toBeUndefined();
    await app.type('0');
    expect(app.store.mustGet(id).data.CD_INDICATN).toBe('10');
    expect(app.frame()).not.toContain('filter: ');
    expect(focused(app.frame())).toBe('CD_DIAGS_CHRON_RENAL_DSEAS');

    await app.press(KEY.enter);
    expect(app.store.mustGet(id).data.CD_DIAGS_CHRON_RENAL_DSEAS).toBeUndefined();
    expect(focused(app.frame())).toBe('CD_DIAGS_CHRON_RENAL_DSEAS');
    // Only the key right after: a second Enter does what Enter does on a yes/no question.
    await app.press(KEY.enter);
    expect(app.store.mustGet(id).data.CD_DIAGS_CHRON_RENAL_DSEAS).toBe('1');
  });

  test('a single digit naming one code of a short list; letters filter and never choose', async () => {
    const { app, id } = await openWithout('CD_TIMI_AFTER_PCI_1');
    expect(focused(app.frame())).toBe('CD_TIMI_AFTER_PCI_1');
    await app.type('tim');
    expect(app.frame()).toContain('filter: tim');
    await app.press(KEY.esc);
    expect(app.store.mustGet(id).data.CD_TIMI_AFTER_PCI_1).toBeUndefined();

    await app.type('3');
    expect(app.store.mustGet(id).data.CD_TIMI_AFTER_PCI_1).toBe('3');
    expect(focused(app.frame())).not.toBe('CD_TIMI_AFTER_PCI_1');
  });
});
