/**
 * The rows of an HD4DP CSV file, streamed: the header goes to onHeader, then one row at a time.
 *
 * Most lines of such a file hold no quote at all, and those are split on ";" directly. A line
 * with a quote is read with the lines that follow it until its quotes balance (a quoted cell may
 * hold ";" and line breaks), and that record goes to csv-parse, so quoting follows RFC 4180
 * exactly. csv-parse for every line would be a large share of the reading thread's work.
 * Each row carries the number of the line it ends on.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse/sync';
import type { TypeCode } from '../registry/index.js';
import { SEPARATOR } from './csv-cells.js';
import { planHeader, type Column } from './csv-header.js';

/**
 * The longest record read (in characters, quoted line breaks included): a registration's row is a
 * few kilobytes, so a longer one is a broken or hostile file, refused before it costs memory
 * (docs/decisions.md#bounded-input).
 */
export const RECORD_LIMIT = 1024 * 1024;

const tooLong = (line: number) =>
  new CsvSyntaxError(
    line,
    `this row is longer than 1 MB (${RECORD_LIMIT.toLocaleString('en')} characters), the most a row may hold (a registration takes a few kilobytes)`,
    'too-long',
  );

export interface ParsedRow {
  line: number;
  cells: string[];
}

/**
 * What is wrong with a row that is not CSV as written, for a door to say it in the user's language
 * ('not-csv', anything else the parser refuses, keeps its words in `reason`).
 */
export type CsvSyntaxKind = 'too-long' | 'quote-inside' | 'after-quote' | 'not-csv' | 'unclosed-quote';

export class CsvSyntaxError extends Error {
  /** The most characters a row may hold ('too-long'). */
  readonly limit = RECORD_LIMIT;
  constructor(
    readonly line: number,
    readonly reason: string,
    readonly kind: CsvSyntaxKind = 'not-csv',
    /** The parser's own words ('not-csv'). */
    readonly detail = '',
  ) {
    super(`Line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

const quotesIn = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) n++;
  return n;
};

/** One record that holds quotes (and so maybe ";" and line breaks inside cells), read by csv-parse. */
function quotedRecord(text: string, line: number): string[] {
  try {
    const records = parse(text, { delimiter: SEPARATOR, relax_column_count: true }) as string[][];
    return records[0] ?? [];
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'INVALID_OPENING_QUOTE')
      throw new CsvSyntaxError(
        line,
        'a quote inside a cell that does not start with one; quote the whole cell and double the quotes inside ("a ""b"" c")',
        'quote-inside',
      );
    if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE')
      throw new CsvSyntaxError(
        line,
        'a quoted cell goes on after its closing quote; quote the whole cell and double the quotes inside ("a ""b"" c")',
        'after-quote',
      );
    const detail = (e as Error).message.replace(/ at line \d+/, '');
    throw new CsvSyntaxError(line, `this row is not valid CSV (${detail})`, 'not-csv', detail);
  }
}

export async function* rowsOf(file: string, onHeader: (h: string[]) => void, onBytes: (n: number) => void): AsyncGenerator<ParsedRow> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 0;
  let header = true;
  // A quoted record spread over several lines, while its quotes do not balance yet.
  let open: { text: string; quotes: number; from: number } | undefined;

  /** The record a line completes, if any. */
  const take = (raw: string): string[] | undefined => {
    line++;
    if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (open) {
      open.text += '\n' + raw;
      if (open.text.length > RECORD_LIMIT) throw tooLong(open.from);
      open.quotes += quotesIn(raw);
      if (open.quotes % 2) return undefined;
      const text = open.text;
      open = undefined;
      return quotedRecord(text.endsWith('\r') ? text.slice(0, -1) : text, line);
    }
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.length > RECORD_LIMIT) throw tooLong(line);
    if (text === '') return undefined; // empty lines are skipped
    if (!text.includes('"')) return text.split(SEPARATOR);
    const quotes = quotesIn(text);
    if (quotes % 2) {
      open = { text: raw, quotes, from: line };
      return undefined;
    }
    return quotedRecord(text, line);
  };

  function* records(text: string): Generator<ParsedRow> {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const cells = take(text.slice(start, nl));
      start = nl + 1;
      if (!cells) continue;
      if (header) {
        header = false;
        onHeader(cells);
        continue;
      }
      yield { line, cells };
    }
    rest = text.slice(start);
  }

  // Line ends: LF or CRLF, or CR alone (old Mac exports), told from the first line end.
  let crOnly: boolean | undefined;
  const lines = (text: string) => {
    if (crOnly === undefined) {
      const cr = text.indexOf('\r');
      const lf = text.indexOf('\n');
      if (cr !== -1 && (lf === -1 || cr < lf) && cr + 1 < text.length) crOnly = text[cr + 1] !== '\n';
      else if (lf !== -1) crOnly = false;
    }
    return crOnly ? text.replaceAll('\r', '\n') : text;
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    yield* records(lines(rest + decoder.write(chunk)));
    // A line without its end yet: refused as soon as it is too long, not when (if ever) it ends.
    if (rest.length > RECORD_LIMIT) throw tooLong(line + 1);
    if (open && open.text.length + rest.length > RECORD_LIMIT) throw tooLong(open.from);
  }
  const last = lines(rest + decoder.end());
  if (last !== '') yield* records(last + '\n');
  if (open) throw new CsvSyntaxError(open.from, 'a quote opened in this row is never closed', 'unclosed-quote');
  if (header) onHeader([]);
}

/** Reads just the header (and so refuses a bad file before anything else happens). */
export async function readPlan(file: string, type: TypeCode): Promise<Column[]> {
  let plan: Column[] | undefined;
  for await (const _ of rowsOf(
    file,
    (h) => {
      plan = planHeader(type, h);
    },
    () => undefined,
  ))
    break;
  return plan!;
}
