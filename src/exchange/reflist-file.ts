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
import { wordsIn, type Words } from '../store/index.js';
import { FileProblem } from './csv-header.js';
import { checkInputFile } from './input-file.js';

export { LIST_COLUMNS, LIST_IDS, type ListName } from './reflist-lists.js';
import { LIST_COLUMNS, type ListName } from './reflist-lists.js';

type Entry = Omit<ReferenceEntry, 'list'>;

/**
 * Why a list file cannot be loaded, in English (the error's message, for logs); the doors say the
 * same ids from the catalogue (src/messages/problems.ts), as for the store's refusals.
 */
export const LIST_DETAILS = {
  'list.header': 'The header must be "{expected}" for the {list} list; it is "{found}".',
  'list.notCsv': 'Line {line} is not valid CSV (a quote never closed, or text after a closing quote); nothing was loaded.',
  'list.problems': '{n} problem(s), nothing was loaded:',
  'list.more': '… and {n} more',
  'list.noEntries': 'The file has a header but no entries; nothing was loaded.',
  'list.line': 'line {line}: {reason}',
  'list.cells': '{found} cells, {expected} expected',
  'list.riziv': '{column} "{value}" is not a RIZIV/INAMI number (11 digits with check digits)',
  'list.postal': '{column} "{value}" is not 4 digits (or 999, 9999)',
  'list.date': '{column} "{value}" is not a date dd/mm/yyyy',
  'list.empty': '{column} is empty',
  'list.code': 'code is empty or too long',
  'list.order': 'valid_to is before valid_from',
  'list.twice': '{code} appears twice',
} as const;

type ListId = keyof typeof LIST_DETAILS;
const listWords = wordsIn<ListId, never>(LIST_DETAILS);

/** A list file that cannot be loaded: its sentences as words (one per line said), their English the message. */
export class ListFileError extends FileProblem {
  constructor(readonly sentences: Words[]) {
    super(sentences.map(listWords.english).join('\n'));
    this.name = 'ListFileError';
  }
}

/** A bad line: its number and why. */
const lineProblem = (line: number, id: ListId, values?: Record<string, string | number>): Words =>
  listWords.words('list.line', { line, reason: listWords.words(id, values) });

const date = (s: string, line: number, column: string, errors: Words[]): string | null => {
  const t = s.trim();
  if (!t) return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : '';
  if (!m || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) {
    errors.push(lineProblem(line, 'list.date', { column, value: t }));
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
    throw new ListFileError([listWords.words('list.notCsv', { line })]);
  }
  const expected = LIST_COLUMNS[list];
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(';') !== expected.join(';')) {
    throw new ListFileError([listWords.words('list.header', { list, expected: expected.join(';'), found: (rows[0] ?? []).join(';') })]);
  }
  const errors: Words[] = [];
  const seen = new Set<string>();
  const entries: Entry[] = [];
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const c = (k: number) => (cells[k] ?? '').trim();
    if (cells.length !== expected.length) {
      errors.push(lineProblem(line, 'list.cells', { found: cells.length, expected: expected.length }));
      return;
    }
    let entry: Entry;
    if (list === 'hpin') {
      const riziv = parseRiziv(c(0));
      if (!riziv) {
        errors.push(lineProblem(line, 'list.riziv', { column: 'riziv', value: c(0) }));
        return;
      }
      if (!c(1)) {
        errors.push(lineProblem(line, 'list.empty', { column: 'last_name' }));
        return;
      }
      entry = { code: riziv.digits, name: `${c(1)}${c(2) ? ` ${c(2)}` : ''}`, detail: c(3), validFrom: null, validTo: null };
    } else if (list === 'postal') {
      if (!/^(\d{4}|999|9999)$/.test(c(0))) {
        errors.push(lineProblem(line, 'list.postal', { column: 'postal_code', value: c(0) }));
        return;
      }
      entry = { code: c(0), name: c(1).split('|').join(', '), detail: '', validFrom: null, validTo: null };
    } else {
      if (!c(0) || c(0).length > 64) {
        errors.push(lineProblem(line, 'list.code'));
        return;
      }
      if (!c(1)) {
        errors.push(lineProblem(line, 'list.empty', { column: 'name' }));
        return;
      }
      const from = date(c(3), line, 'valid_from', errors);
      const to = date(c(4), line, 'valid_to', errors);
      if (from && to && to < from) errors.push(lineProblem(line, 'list.order'));
      entry = { code: c(0), name: c(1), detail: c(2), validFrom: from, validTo: to };
    }
    if (seen.has(entry.code)) {
      errors.push(lineProblem(line, 'list.twice', { code: entry.code }));
      return;
    }
    seen.add(entry.code);
    entries.push(entry);
  });
  if (errors.length) {
    const more = errors.length > 50 ? [listWords.words('list.more', { n: errors.length - 50 })] : [];
    throw new ListFileError([listWords.words('list.problems', { n: errors.length }), ...errors.slice(0, 50), ...more]);
  }
  if (!entries.length) throw new ListFileError([listWords.words('list.noEntries')]);
  return entries;
}
