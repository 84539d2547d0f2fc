/** The rows of an HD4DP CSV file, streamed: the header goes to onHeader, then one row at a time. */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { SEPARATOR } from './csv-cells.js';

export interface ParsedRow { line: number; cells: string[] }

export async function* rowsOf(file: string, onHeader: (h: string[]) => void, onBytes: (n: number) => void): AsyncGenerator<ParsedRow> {
  const input = createReadStream(file);
  input.on('data', (chunk) => onBytes(chunk.length));
  const parser = input.pipe(parse({ delimiter: SEPARATOR, bom: true, relax_column_count: true, info: true, skip_empty_lines: true }));
  let first = true;
  for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (first) { first = false; onHeader(rec.record); continue; }
    yield { line: rec.info.lines, cells: rec.record };
  }
  if (first) onHeader([]);
}
