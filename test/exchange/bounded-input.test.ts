/**
 * A file is read in bounded memory and time whatever it holds: a row longer than the limit stops
 * the reading at once with its line number, and what messages and the results file repeat of a
 * cell is cut short, masked when it is a NISS, and an answer that was not UTF-8 is said to be.
 */
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CsvSyntaxError, RECORD_LIMIT, rowsOf } from '../../src/exchange/csv-rows.js';
import { toCell } from '../../src/exchange/csv-cells.js';
import { interpretRecord } from '../../src/exchange/import-row.js';
import { formOf } from '../../src/registry/index.js';
import { angio } from '../helpers/cli.js';
import { initialisedDbPath, tempDir } from '../helpers/db.js';
import { completeP } from '../helpers/fixtures.js';

/** Writes a file of `size` bytes: the header, then line 2 made of `fill`, written a megabyte at a time. */
function hugeLine(size: number, fill: string, end = '') {
  const file = join(tempDir(), 'huge.csv');
  const fd = openSync(file, 'w');
  writeSync(fd, 'IDC_PAT;TX_PAT_LAST_NAM\n85040216932;');
  const block = fill.repeat(Math.ceil((1024 * 1024) / fill.length));
  for (let written = 0; written < size; written += block.length) writeSync(fd, block);
  writeSync(fd, `${end}\n`);
  closeSync(fd);
  return file;
}

async function readUntilRefused(file: string) {
  let bytes = 0;
  try {
    for await (const _ of rowsOf(
      file,
      () => undefined,
      (n) => (bytes += n),
    ));
  } catch (e) {
    return { error: e, bytes };
  }
  return { error: undefined, bytes };
}

const pRow = (changes: Record<string, string>) => {
  const form = formOf('P');
  const data = completeP();
  const ids = Object.keys(data);
  return `${ids.join(';')}\n${ids.map((id) => changes[id] ?? toCell(form.byId.get(id)!, data[id])).join(';')}\n`;
};

describe('a row beyond the limit', () => {
  test('a 64 MB line is refused with its line number after reading little more than the limit', async () => {
    const { error, bytes } = await readUntilRefused(hugeLine(64 * 1024 * 1024, 'x'));
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(2);
    expect((error as CsvSyntaxError).message).toMatch(/^Line 2: this row is longer than 1 MB/);
    expect(bytes).toBeLessThan(RECORD_LIMIT + 256 * 1024);
  });

  test('so is a quoted cell that never ends, spread over many lines', async () => {
    const quoted = join(tempDir(), 'quoted.csv');
    const fd = openSync(quoted, 'w');
    writeSync(fd, 'IDC_PAT;TX_PAT_LAST_NAM\n85040216932;"');
    for (let i = 0; i < 20; i++) writeSync(fd, `${'y'.repeat(1024 * 1024)}\n`);
    closeSync(fd);
    const open = await readUntilRefused(quoted);
    expect((open.error as CsvSyntaxError).line).toBe(2);
    expect(open.bytes).toBeLessThan(RECORD_LIMIT + 256 * 1024);
  });

  test('angio import stops with the line to look at, and writes nothing', () => {
    const file = hugeLine(8 * 1024 * 1024, 'z');
    const db = initialisedDbPath();
    const r = angio(['import', file, '--type', 'P'], { ANGIO_DB: db });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/huge\.csv: Line 2: this row is longer than 1 MB/);
    expect(r.stderr.length).toBeLessThan(1000);
  });
});

describe('what is repeated of a cell', () => {
  test('a long wrong value is cut, a mistyped NISS masked, in the output and the results file', () => {
    const dir = tempDir();
    const file = join(dir, 'rows.csv');
    const long = '9'.repeat(500_000);
    writeFileSync(file, pRow({ DT_HOSPZ: long, IDC_PAT: '85040216933' }));
    const r = angio(['import', file, '--type', 'P'], { ANGIO_DB: initialisedDbPath() });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('85040216933');
    expect(r.stdout.length).toBeLessThan(2000);
    const results = parse(readFileSync(join(dir, 'rows.results.csv'), 'utf8'), { delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    const of = (field: string) => results.find((x) => x.FIELD === field)!;
    expect(of('IDC_PAT').VALUE).toBe('85.04.02-***.**');
    expect(of('DT_HOSPZ').VALUE).toBe(`${'9'.repeat(100)}… (500000 characters)`);
    expect(of('DT_HOSPZ').MESSAGE.length).toBeLessThan(300);
    expect(readFileSync(join(dir, 'rows.results.csv'), 'utf8')).not.toContain('85040216933');
  });

  test('an answer that was not UTF-8 is kept with a warning naming its line and field', () => {
    const dir = tempDir();
    const file = join(dir, 'latin1.csv');
    // "Hélène" saved by an older spreadsheet as Latin-1: é and è are single bytes.
    writeFileSync(file, Buffer.from(pRow({ TX_AUTHOR_GR: 'Cardiologie H\u00e9l\u00e8ne' }), 'latin1'));
    const r = angio(['import', file, '--type', 'P', '--json'], { ANGIO_DB: initialisedDbPath() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).counts).toEqual({ sent: 1 });
    const results = parse(readFileSync(join(dir, 'latin1.results.csv'), 'utf8'), { delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    const warning = results.find((x) => x.FIELD === 'TX_AUTHOR_GR');
    expect(warning).toMatchObject({ LINE: '2', OUTCOME: 'sent', VALUE: 'Cardiologie H\uFFFDl\uFFFDne' });
    expect(warning!.MESSAGE).toMatch(/^warning: bytes that are not UTF-8 were read as �: save the file as UTF-8/);
  });

  test('a value nested 100,000 levels deep (a payload no door should pass on) is named, not repeated', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r = interpretRecord(formOf('P'), { ...completeP(), TX_AUTHOR_GR: deep }, '', {
      defaults: { authorGroup: '', author: '', coauthor: '' },
      lang: 'en',
      today: '2026-06-01',
    });
    expect(r.valid).toBe(false);
    expect(r.problems.find((p) => p.field === 'TX_AUTHOR_GR')).toMatchObject({
      severity: 'error',
      value: '(a value nested too deeply to repeat)',
    });
  });
});
