/**
 * The import screen says why a row was not written in the screen's language, as angio import
 * does: a draft row that matches a Sent registration cannot be resubmitted (its correction is not
 * complete). The TUI does not ask to resubmit; the test's import does, as `angio import
 * --resubmit` would, so that the row reaches the write and is refused there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toCell } from '../../src/exchange/csv-cells.js';
import { formOf } from '../../src/registry/index.js';
import type { Data } from '../../src/validation/index.js';
import { completeP } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/db.js';
import { KEY, renderApp } from '../helpers/screen.js';

/** The Sent registration's answers without the discharge date, as a draft row of a P file. */
function draftFile(): string {
  const form = formOf('P');
  const { DT_DISCH: _, ...answers }: Data = { ...completeP(), MS_PAT_WGHT: 91 };
  const ids = Object.keys(answers);
  const file = join(tempDir(), 'p.csv');
  writeFileSync(
    file,
    `${[...ids, 'STATUS'].join(';')}\n${[...ids.map((id) => toCell(form.byId.get(id)!, answers[id])), 'draft'].join(';')}\n`,
  );
  return file;
}

describe('the import screen says why a row was not written', () => {
  test('in French: on the report and in the results file', async () => {
    const app = await renderApp({ lang: 'fr', rows: 24, columns: 160, resubmit: true });
    const sent = app.ops.createRegistration('nurse', { type: 'P', data: completeP() });
    expect(app.ops.sendRegistration('nurse', { id: sent.id }).ok).toBe(true);
    const file = draftFile();
    await app.press('i');
    await app.type(file);
    await app.press(KEY.enter);
    const report = await app.waitFor('la correction n’est pas valide');
    expect(report).toMatch(/ligne 2 +refusé +DT_DISCH : obligatoire ; \(ligne entière\) : la correction n’est pas valide/);
    expect(report).toContain('refusé : 1'); // the count after the word it would agree with
    expect(report).not.toContain('the correction is not valid');
    const results = readFileSync(file.replace(/\.csv$/, '.results.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(results[1]).toBe('2;rejected;;;DT_DISCH;;obligatoire');
    expect(results[2]).toBe('2;rejected;;;(row);;la correction n’est pas valide');
    // Nothing of the row was written: the Sent registration is as it was, with no correction begun.
    expect(app.store.get(sent.id)).toMatchObject({ status: 'sent', data: { MS_PAT_WGHT: 81 } });
    expect(app.store.get(sent.id)?.correctionData).toBeUndefined();
  });
});
