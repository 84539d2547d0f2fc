/**
 * Reference list files (`angio reflist import`), `;`-separated with a header, UTF-8:
 * - hpin:   riziv;last_name;first_name;specialty
 * - bms, des, bvs, deb (INAMI nominative lists): code;name;manufacturer;valid_from;valid_to
 *   (dates dd/mm/yyyy; an empty valid_to means still valid)
 * - postal: postal_code;localities (localities joined with |)
 * Every line is checked first; one bad line loads nothing, and each problem names its line.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parseRiziv, type ReferenceEntry } from '../validation/index.js';
import { FileProblem } from './csv-header.js';
import { checkInputFile } from './input-file.js';

export { LIST_COLUMNS, LIST_IDS, type ListName } from './reflist-lists.js';
import { LIST_COLUMNS, type ListName } from './reflist-lists.js';

type Entry = Omit<ReferenceEntry, 'list'>;

/** What is wrong with one line of a list file, as data for a door to say in the user's language. */
export type ListLineProblem =
  | { line: number; kind: 'cells'; found: number; expected: number }
  | { line: number; kind: 'riziv' | 'postal' | 'date'; column: string; value: string }
  | { line: number; kind: 'empty'; column: string }
  | { line: number; kind: 'code' }
  | { line: number; kind: 'order' }
  | { line: number; kind: 'twice'; code: string };

/** What is wrong with a list file: its header, its lines (the first 50 of `total`), or no entries. */
export type ListFileProblem =
  | { kind: 'header'; list: ListName; expected: string; found: string }
  | { kind: 'not-csv'; line: number }
  | { kind: 'lines'; lines: ListLineProblem[]; total: number }
  | { kind: 'no-entries' };

/** A list file that cannot be loaded: the English sentence (logs) and the problem as data. */
export class ListFileError extends FileProblem {
  constructor(
    message: string,
    readonly problem: ListFileProblem,
  ) {
    super(message);
    this.name = 'ListFileError';
  }
}

/** The English sentence of a line's problem (the door says it from the catalogue). */
export function lineSentence(p: ListLineProblem): string {
  const at = `line ${p.line}: `;
  switch (p.kind) {
    case 'cells':
      return `${at}${p.found} cells, ${p.expected} expected`;
    case 'riziv':
      return `${at}${p.column} "${p.value}" is not a RIZIV/INAMI number (11 digits with check digits)`;
    case 'postal':
      return `${at}${p.column} "${p.value}" is not 4 digits (or 999, 9999)`;
    case 'date':
      return `${at}${p.column} "${p.value}" is not a date dd/mm/yyyy`;
    case 'empty':
      return `${at}${p.column} is empty`;
    case 'code':
      return `${at}code is empty or too long`;
    case 'order':
      return `${at}valid_to is before valid_from`;
    case 'twice':
      return `${at}${p.code} appears twice`;
  }
}

const date = (s: string, line: number, column: string, errors: ListLineProblem[]): string | null => {
  const t = s.trim();
  if (!t) return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : '';
  if (!m || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) {
    errors.push({ line, kind: 'date', column, value: t });
    return null;
  }
  return iso;
};

/** Reads and checks a list file; throws a FileProblem listing every bad line. */
export function readListFile(list: ListName, file: string): Entry[] {
  // "-": standard input (a person working through sudo hands the file over this way).
  if (file !== '-') checkInputFile(file);
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: ';', bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (e) {
    // csv-parse's own sentence is English: the door says the line in the user's language.
    const line = (e as { lines?: number }).lines ?? 1;
    throw new ListFileError(`Line ${line} is not valid CSV (${(e as Error).message})`, { kind: 'not-csv', line });
  }
  const expected = LIST_COLUMNS[list];
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(';') !== expected.join(';')) {
    const problem = { kind: 'header', list, expected: expected.join(';'), found: (rows[0] ?? []).join(';') } as const;
    throw new ListFileError(`The header must be "${problem.expected}" for the ${list} list; it is "${problem.found}".`, problem);
  }
  const errors: ListLineProblem[] = [];
  const seen = new Set<string>();
  const entries: Entry[] = [];
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const c = (k: number) => (cells[k] ?? '').trim();
    if (cells.length !== expected.length) {
      errors.push({ line, kind: 'cells', found: cells.length, expected: expected.length });
      return;
    }
    let entry: Entry;
    if (list === 'hpin') {
      const riziv = parseRiziv(c(0));
      if (!riziv) {
        errors.push({ line, kind: 'riziv', column: 'riziv', value: c(0) });
        return;
      }
      if (!c(1)) {
        errors.push({ line, kind: 'empty', column: 'last_name' });
        return;
      }
      entry = { code: riziv.digits, name: `${c(1)}${c(2) ? ` ${c(2)}` : ''}`, detail: c(3), validFrom: null, validTo: null };
    } else if (list === 'postal') {
      if (!/^(\d{4}|999|9999)$/.test(c(0))) {
        errors.push({ line, kind: 'postal', column: 'postal_code', value: c(0) });
        return;
      }
      entry = { code: c(0), name: c(1).split('|').join(', '), detail: '', validFrom: null, validTo: null };
    } else {
      if (!c(0) || c(0).length > 64) {
        errors.push({ line, kind: 'code' });
        return;
      }
      if (!c(1)) {
        errors.push({ line, kind: 'empty', column: 'name' });
        return;
      }
      const from = date(c(3), line, 'valid_from', errors);
      const to = date(c(4), line, 'valid_to', errors);
      if (from && to && to < from) errors.push({ line, kind: 'order' });
      entry = { code: c(0), name: c(1), detail: c(2), validFrom: from, validTo: to };
    }
    if (seen.has(entry.code)) {
      errors.push({ line, kind: 'twice', code: entry.code });
      return;
    }
    seen.add(entry.code);
    entries.push(entry);
  });
  if (errors.length) {
    const shown = errors.slice(0, 50);
    throw new ListFileError(
      `${errors.length} problem(s), nothing was loaded:\n${shown.map(lineSentence).join('\n')}${errors.length > 50 ? `\n… and ${errors.length - 50} more` : ''}`,
      { kind: 'lines', lines: shown, total: errors.length },
    );
  }
  if (!entries.length) throw new ListFileError('The file has a header but no entries; nothing was loaded.', { kind: 'no-entries' });
  return entries;
}
