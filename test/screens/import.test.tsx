import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportCsv } from '../../src/exchange/export.js';
import { completeP } from '../helpers/fixtures.js';
import { freshStore, tempDir } from '../helpers/db.js';
import { KEY, renderApp } from '../helpers/screen.js';

const RIGHT = '\u001B[C';

/** A P file of two complete rows, one with an impossible height. */
async function pFile(): Promise<string> {
  const source = freshStore().store;
  source.create({ type: 'P', user: 'x', data: completeP() });
  source.create({
    type: 'P',
    user: 'x',
    data: { ...completeP(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18', MS_PAT_HGHT: 999, DT_DISCH: '2026-03-09' },
  });
  const file = join(tempDir(), 'p.csv');
  await exportCsv(source, file, { type: 'P' });
  writeFileSync(file, readFileSync(file, 'utf8').replace(/;draft(\r?\n)/g, ';$1'));
  return file;
}

describe('importing a CSV file from the TUI', () => {
  test('choose the file, import, read the report row by row, open a registration', async () => {
    const file = await pFile();
    const app = await renderApp({ rows: 24 });
    await app.press('i');
    expect(app.frame()).toContain('Import a CSV file');
    await app.type(file);
    await app.press(KEY.enter);
    await app.waitFor(/Import P: 2 row\(s\)/);
    expect(app.frame()).toMatch(/1 sent/);
    expect(app.frame()).toMatch(/1 rejected/);
    expect(app.frame()).toMatch(/line 3 +rejected +MS_PAT_HGHT: impossible: must be between 30 and 300/);
    await app.press('t');
    expect(app.frame()).toMatch(/showing: rejected rows/);
    expect(app.frame()).not.toMatch(/line 2 /);
    await app.press('t');
    expect(app.frame()).toMatch(/line 2 +sent +AG-/);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Read-only: a Sent registration is corrected');
  });

  test('a file of another type is refused with the reason, nothing imported', async () => {
    const file = await pFile();
    const app = await renderApp();
    await app.press('i');
    await app.type(file);
    await app.press(KEY.down, RIGHT, KEY.enter);
    await app.waitFor(/✗ Column .* is not a field of type F: the columns are those of type P/);
    expect(app.store.list({ status: 'all' })).toEqual([]);
  });

  test('the results file of an earlier import is replaced only when Enter is pressed again', async () => {
    const file = await pFile();
    const results = file.replace(/\.csv$/, '.results.csv');
    writeFileSync(results, 'yesterday\n', { mode: 0o644 });
    const app = await renderApp({ rows: 24 });
    await app.press('i');
    await app.type(file);
    await app.press(KEY.enter);
    await app.waitFor(/p\.results\.csv already exists\. It holds the results of an earlier import:\s+press Enter again to replace it\./);
    expect(app.store.list({ status: 'all' })).toEqual([]);
    expect(readFileSync(results, 'utf8')).toBe('yesterday\n');
    await app.press(KEY.enter);
    await app.waitFor(/Import P: 2 row\(s\)/);
    expect(readFileSync(results, 'utf8')).toMatch(/^LINE;OUTCOME/);
    expect(statSync(results).mode & 0o777).toBe(0o600);
  });
});
