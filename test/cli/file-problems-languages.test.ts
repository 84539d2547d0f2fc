/**
 * A file that cannot be loaded is explained in the user's language, line by line, on the built
 * binary: a reference list with bad lines or a header of another list, a list or an import whose
 * row is not CSV. Nothing is loaded, and the error names the file and the line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIST_DETAILS } from '../../src/exchange/reflist-file.js';
import { MESSAGES } from '../../src/messages.js';
import { angio } from '../helpers/cli.js';
import { expectEach } from '../helpers/expect-each.js';

// One installation for the whole file (tempDir() would be removed after the first test).
const dir = mkdtempSync(join(tmpdir(), 'angio-file-problems-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let env: Record<string, string>;

beforeAll(() => {
  env = { ANGIO_DB: join(dir, 'angio.db'), ANGIO_USER: 'anna' };
  expect(angio(['init'], env).code).toBe(0);
});

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('a reference list file that cannot be loaded', () => {
  test("each reason's English is the reader's own, word for word, with its Dutch and French beside it", () => {
    expectEach(Object.entries(LIST_DETAILS), ([id, en]) => id in MESSAGES && MESSAGES[id as keyof typeof MESSAGES].en === en, 'reason');
  });

  test('its bad lines, each named, in French and Dutch; nothing loaded', () => {
    const hpin = file('hpin.csv', 'riziv;last_name;first_name;specialty\n12345;Peeters;An;cardio\n10000000001;;Jan;cardio\nx;y\n');
    const fr = angio(['reflist', 'import', hpin, '--list', 'hpin', '--lang', 'fr'], env);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain(`${hpin} : 3 problème(s), rien n’a été chargé :\n`);
    expect(fr.stderr).toContain('ligne 2 : riziv « 12345 » n’est pas un numéro INAMI (11 chiffres avec chiffres de contrôle)\n');
    expect(fr.stderr).toContain('ligne 4 : 2 cellules, 4 attendues');
    const nl = angio(['reflist', 'import', hpin, '--list', 'hpin', '--lang', 'nl'], env);
    expect(nl.stderr).toContain('regel 2: riziv "12345" is geen RIZIV-nummer (11 cijfers met controlecijfers)\n');
    expect(nl.stderr).toContain('regel 4: 2 cellen, 4 verwacht');
    expect(angio(['reflist', 'show', '--list', 'hpin', '--json'], env).stdout).not.toContain('Peeters');
  });

  test("a list's dates and codes, and the header of another list", () => {
    const des = file(
      'des.csv',
      'code;name;manufacturer;valid_from;valid_to\nD1;Stent;Acme;31/02/2024;\nD1;Stent;Acme;01/02/2024;01/01/2024\n',
    );
    const nl = angio(['reflist', 'import', des, '--list', 'des', '--lang', 'nl'], env);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain('regel 2: valid_from "31/02/2024" is geen datum dd/mm/jjjj\n');
    expect(nl.stderr).toContain('regel 3: valid_to ligt vóór valid_from');
    const fr = angio(['reflist', 'import', des, '--list', 'postal', '--lang', 'fr'], env);
    expect(fr.stderr).toMatch(/: L’en-tête doit être « postal_code;localities » pour la liste postal ; il est « code;name;/);
  });

  test('a row that is not CSV: its line, in Dutch', () => {
    const broken = file('broken.csv', 'postal_code;localities\n1000;Brussel\n"1050;Elsene\n');
    const nl = angio(['reflist', 'import', broken, '--list', 'postal', '--lang', 'nl'], env);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toMatch(/broken\.csv: Regel \d+ is geen geldige CSV .*er werd niets geladen\./);
  });
});

describe("an import's row that is not CSV", () => {
  test('text after a closing quote, said in French', () => {
    const csv = file('after-quote.csv', 'DT_HOSPZ;IDC_PAT\n"01/02/2026"x;1\n');
    const fr = angio(['import', csv, '--type', 'H', '--lang', 'fr'], env);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('Ligne 2 : une cellule entre guillemets continue après son guillemet fermant');
  });
});
