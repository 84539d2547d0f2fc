/** The rows of an HD4DP CSV file, streamed: the header goes to onHeader, then one row at a time. */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { TypeCode } from '../registry/index.js';
import { SEPARATOR } from './csv-cells.js';
import { planHeader, type Column } from './csv-header.js';

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

/** Reads just the header (and so refuses a bad file before anything else happens). */
export async function readPlan(file: string, type: TypeCode): Promise<Column[]> {
  let plan: Column[] | undefined;
  for await (const _ of rowsOf(file, (h) => { plan = planHeader(type, h); }, () => undefined)) break;
  return plan!;
}
