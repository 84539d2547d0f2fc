/**
 * The terminal UI says the core's refusals in the user's language, as the command line does: a
 * file to import that is missing or a folder, on the import screen, and an answer confirmed on a
 * registration someone else changed meanwhile, on the form's status line.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { KEY, renderApp } from '../helpers/screen.js';

describe('the import screen says why a file cannot be read', () => {
  test('a missing file, in French: named, nothing imported, no results file', async () => {
    const missing = join(tempDir(), 'nofile.csv');
    const app = await renderApp({ lang: 'fr', rows: 24, columns: 160 });
    await app.press('i');
    await app.type(missing);
    await app.press(KEY.enter);
    await app.waitFor(`✗ Le fichier ${missing} n’existe pas.`);
    expect(app.frame()).not.toContain('ENOENT');
    expect(app.store.list({ status: 'all' })).toEqual([]);
    expect(existsSync(missing.replace(/\.csv$/, '.results.csv'))).toBe(false);
  });

  test('a folder, in Dutch', async () => {
    const folder = join(tempDir(), 'exports');
    mkdirSync(folder);
    const app = await renderApp({ lang: 'nl', rows: 24, columns: 160 });
    await app.press('i');
    await app.type(folder);
    await app.press(KEY.enter);
    await app.waitFor(`✗ ${folder} is een map, geen bestand.`);
  });
});

describe('the form says a refusal of the store in the language', () => {
  test('someone else changed the registration: the conflict, in French', async () => {
    const app = await renderApp({ lang: 'fr', columns: 160 });
    const r = app.store.create({ type: 'H', data: {}, user: 'a' });
    // The status filter turned once round reads the table again (with the new registration); g selects it.
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter);
    await app.waitFor('#1 H · Hospitalisation');
    app.store.patch(r.id, { changes: { MS_PAT_HGHT: 170 }, rowVersion: r.rowVersion, user: 'other' });
    await app.type('85040216932');
    await app.press(KEY.enter);
    await app.waitFor(`L’enregistrement ${r.id} a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert`);
    expect(app.frame()).not.toContain('was changed by someone else');
  });
});
