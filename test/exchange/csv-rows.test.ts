import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CsvSyntaxError, rowsOf } from '../../src/exchange/csv-rows.js';
import { tempDir } from '../helpers/db.js';

const quote = (c: string) => (/[;"\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

async function read(text: string) {
  const file = join(tempDir(), 'rows.csv');
  writeFileSync(file, text);
  let header: string[] = [];
  const rows: { line: number; cells: string[] }[] = [];
  for await (const r of rowsOf(
    file,
    (h) => {
      header = h;
    },
    () => undefined,
  ))
    rows.push(r);
  return { header, rows };
}

describe('reading CSV rows: plain lines split directly, quoted records by csv-parse', () => {
  test('any cells, quoted as a spreadsheet would, read back as csv-parse reads the whole file', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', ';', '"', '\n', '\r\n', 'a"b', ' "x" ', 'é€'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        async (records, eol) => {
          const text = ['A;B', ...records.map((r) => r.map(quote).join(';'))].join(eol) + eol;
          const expected = parse(text, { delimiter: ';', relax_column_count: true, skip_empty_lines: true }) as string[][];
          const { header, rows } = await read(text);
          expect([header, ...rows.map((r) => r.cells)]).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('each row carries the line it ends on; a BOM, empty lines and a last line without a line end are fine', async () => {
    const { header, rows } = await read('\uFEFFA;B\n1;"x\ny"\n\n3;4\n"5";6');
    expect(header).toEqual(['A', 'B']);
    expect(rows).toEqual([
      { line: 3, cells: ['1', 'x\ny'] },
      { line: 5, cells: ['3', '4'] },
      { line: 6, cells: ['5', '6'] },
    ]);
  });

  test('old Mac files, lines ended by CR alone, are read too', async () => {
    expect((await read('A;B\r1;2\r3;"4"\r')).rows.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  test.each([
    ['a quote never closed', 'A;B\n1;2\n3;"open\n4;5\n', 3, /a quote opened in this row is never closed/],
    ['a quote inside an unquoted cell', 'A;B\n1;2\n3; "x"\n', 3, /a quote inside a cell that does not start with one/],
  ])('%s is an error that names its line', async (_, text, line, message) => {
    const error = await read(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line, message: expect.stringMatching(message) });
  });
});
