/**
 * The files angio writes for people carry NISS numbers in clear: on the built binary, an export or
 * a results file never replaces a file unless asked, never writes through a symbolic link, is
 * readable by its owner only, and a file that cannot be written is one sentence before anything is
 * imported. What they repeat of a file is guarded against spreadsheet formulas.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { formOf } from '../../src/registry/index.js';
import { toCell } from '../../src/exchange/csv-cells.js';
import { openDatabase } from '../../src/store/index.js';
import { angio, BIN } from '../helpers/cli.js';
import { initialisedDbPath, tempDir } from '../helpers/db.js';
import { completeP } from '../helpers/fixtures.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const countIn = (db: string) => {
  const conn = openDatabase(db);
  const n = conn.prepare('SELECT count(*) FROM registrations').pluck().get() as number;
  conn.close();
  return n;
};

/** A P file of one complete row, with some answers replaced. */
function pFile(dir: string, changes: Record<string, string> = {}, name = 'rows.csv') {
  const form = formOf('P');
  const data = completeP();
  const ids = Object.keys(data);
  const cells = ids.map((id) => changes[id] ?? toCell(form.byId.get(id)!, data[id]));
  const file = join(dir, name);
  writeFileSync(file, `${ids.join(';')}\n${cells.join(';')}\n`);
  return file;
}

describe('angio export', () => {
  test('never replaces a file unless asked, never writes through a link, and its file is readable by its owner only', () => {
    const db = initialisedDbPath();
    expect(angio(['demo', '--records', '6', '--seed', '3'], { ANGIO_DB: db }).code).toBe(0);
    const dir = tempDir();
    const existing = join(dir, 'p.csv');
    writeFileSync(existing, 'last month’s export\n', { mode: 0o644 });

    const refused = angio(['export', existing, '--type', 'P'], { ANGIO_DB: db });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${existing} already exists. Add --force to replace it. Nothing was written.`);
    expect(readFileSync(existing, 'utf8')).toBe('last month’s export\n');

    const replaced = angio(['export', existing, '--type', 'P', '--force'], { ANGIO_DB: db });
    expect(replaced.code).toBe(0);
    expect(readFileSync(existing, 'utf8')).toMatch(/^dcd_status;TX_AUTHOR_GR;/);
    expect(modeOf(existing)).toBe(0o600);

    const precious = join(dir, 'precious.txt');
    writeFileSync(precious, 'not to be touched\n', { mode: 0o644 });
    const link = join(dir, 'link.csv');
    symlinkSync(precious, link);
    for (const args of [[], ['--force']]) {
      const through = angio(['export', link, '--type', 'P', ...args], { ANGIO_DB: db });
      expect(through.code).toBe(2);
      expect(through.stderr).toContain(`${link} is a symbolic link: angio does not write through links; choose another name.`);
    }
    expect(readFileSync(precious, 'utf8')).toBe('not to be touched\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);

    const fresh = join(dir, 'fresh.csv');
    expect(angio(['export', fresh, '--type', 'P'], { ANGIO_DB: db }).code).toBe(0);
    expect(modeOf(fresh)).toBe(0o600);
    // Nothing half-written is left behind by the refused runs.
    expect(readdirSync(dir).sort()).toEqual(['fresh.csv', 'link.csv', 'p.csv', 'precious.txt']);
  });
});

describe('the results file of angio import', () => {
  test('a link named like it, or an earlier one, stops the import before a row is imported', () => {
    const dir = tempDir();
    const file = pFile(dir);
    const precious = join(dir, 'precious.txt');
    writeFileSync(precious, 'not to be touched\n');
    symlinkSync(precious, join(dir, 'rows.results.csv'));
    const db = initialisedDbPath();

    const linked = angio(['import', file, '--type', 'P'], { ANGIO_DB: db });
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain(
      'rows.results.csv is a symbolic link: angio does not write through links; choose another name. Nothing was imported.',
    );
    expect(readFileSync(precious, 'utf8')).toBe('not to be touched\n');

    const other = tempDir();
    const again = pFile(other);
    writeFileSync(join(other, 'rows.results.csv'), 'yesterday\n', { mode: 0o644 });
    const earlier = angio(['import', again, '--type', 'P'], { ANGIO_DB: db });
    expect(earlier.code).toBe(2);
    expect(earlier.stderr).toContain('rows.results.csv already exists. Add --force to replace it. Nothing was imported.');
    expect(countIn(db)).toBe(0);

    expect(angio(['import', again, '--type', 'P', '--force'], { ANGIO_DB: db }).code).toBe(0);
    expect(countIn(db)).toBe(1);
    expect(readFileSync(join(other, 'rows.results.csv'), 'utf8')).toMatch(/^LINE;OUTCOME/);
    expect(modeOf(join(other, 'rows.results.csv'))).toBe(0o600);
  });

  test('in a folder the user cannot write, the import says so in one sentence and imports nothing', () => {
    const dir = tempDir();
    const file = pFile(dir);
    const home = tempDir();
    const db = join(home, 'angio.db');
    // As root every folder is writable: the run is then made as an ordinary user (nobody).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(home, 0o777);
    chmodSync(dir, 0o555);
    const r = spawnSync(process.execPath, [BIN, 'import', file, '--type', 'P'], {
      encoding: 'utf8',
      env: { ...process.env, ANGIO_USER: 'tester', ANGIO_DB: db, ANGIO_CONFIG_DIR: join(home, 'config') },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    chmodSync(dir, 0o755);
    expect(r.stderr.trim()).toBe(`cannot write in the folder ${dir} (permission denied). Nothing was imported.`);
    expect(r.status).toBe(2);
    expect(readdirSync(dir)).toEqual(['rows.csv']);
    if (asRoot) expect(readdirSync(home)).not.toContain('angio.db');
    else expect(countIn(db)).toBe(0);
  });

  test('into a folder the user may not even look into, an export says so in one sentence', () => {
    const dir = tempDir();
    const home = tempDir();
    const db = join(home, 'angio.db');
    const asRoot = process.getuid?.() === 0;
    expect(angio(['init'], { ANGIO_DB: db, ANGIO_CONFIG_DIR: join(home, 'config'), ANGIO_USER: asRoot ? 'nobody' : 'tester' }).code).toBe(
      0,
    );
    if (asRoot) {
      chmodSync(home, 0o777);
      for (const f of readdirSync(home)) chmodSync(join(home, f), 0o666);
    }
    chmodSync(dir, 0o000);
    const r = spawnSync(process.execPath, [BIN, 'export', join(dir, 'p.csv'), '--type', 'P'], {
      encoding: 'utf8',
      env: { ...process.env, ANGIO_USER: 'nobody', ANGIO_DB: db, ANGIO_CONFIG_DIR: join(home, 'config') },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    chmodSync(dir, 0o755);
    expect(r.stderr.trim()).toBe(`cannot write in the folder ${dir} (permission denied). Nothing was written.`);
    expect(r.status).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('what it repeats of a rejected cell never runs as a formula in a spreadsheet', () => {
    const dir = tempDir();
    const hyperlink = '=HYPERLINK("http://evil.example","click")';
    const file = pFile(dir, { CD_PAT_SEX: `"${hyperlink.replaceAll('"', '""')}"`, DT_PCI_1: '@SUM(A1)', MS_PAT_HGHT: '+1+1' });
    const r = angio(['import', file, '--type', 'P'], { ANGIO_DB: initialisedDbPath() });
    expect(r.code).toBe(1);
    const rows = parse(readFileSync(join(dir, 'rows.results.csv'), 'utf8'), { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x.VALUE)).toEqual(expect.arrayContaining([`'${hyperlink}`, "'@SUM(A1)", "'+1+1"]));
    const cells = rows.flatMap((x) => Object.values(x));
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
