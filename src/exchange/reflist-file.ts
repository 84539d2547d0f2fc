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

export { LIST_COLUMNS, LIST_IDS, type ListName } from './reflist-lists.js';
import { LIST_COLUMNS, type ListName } from './reflist-lists.js';

type Entry = Omit<ReferenceEntry, 'list'>;

const date = (s: string, line: number, column: string, errors: string[]): string | null => {
  const t = s.trim();
  if (!t) return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : '';
  if (!m || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) {
    errors.push(`line ${line}: ${column} "${t}" is not a date dd/mm/yyyy`);
    return null;
  }
  return iso;
};

/** Reads and checks a list file; throws a FileProblem listing every bad line. */
export function readListFile(list: ListName, file: string): Entry[] {
  // "-": standard input (a person working through sudo hands the file over this way).
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  const rows = parse(text, { delimiter: ';', bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  const expected = LIST_COLUMNS[list];
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(';') !== expected.join(';')) {
    throw new FileProblem(`The header must be "${expected.join(';')}" for the ${list} list; it is "${(rows[0] ?? []).join(';')}".`);
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  const entries: Entry[] = [];
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const c = (k: number) => (cells[k] ?? '').trim();
    if (cells.length !== expected.length) {
      errors.push(`line ${line}: ${cells.length} cells, ${expected.length} expected`);
      return;
    }
    let entry: Entry;
    if (list === 'hpin') {
      const riziv = parseRiziv(c(0));
      if (!riziv) {
        errors.push(`line ${line}: riziv "${c(0)}" is not a RIZIV/INAMI number (11 digits with check digits)`);
        return;
      }
      if (!c(1)) {
        errors.push(`line ${line}: last_name is empty`);
        return;
      }
      entry = { code: riziv.digits, name: `${c(1)}${c(2) ? ` ${c(2)}` : ''}`, detail: c(3), validFrom: null, validTo: null };
    } else if (list === 'postal') {
      if (!/^(\d{4}|999|9999)$/.test(c(0))) {
        errors.push(`line ${line}: postal_code "${c(0)}" is not 4 digits (or 999, 9999)`);
        return;
      }
      entry = { code: c(0), name: c(1).split('|').join(', '), detail: '', validFrom: null, validTo: null };
    } else {
      if (!c(0) || c(0).length > 64) {
        errors.push(`line ${line}: code is empty or too long`);
        return;
      }
      if (!c(1)) {
        errors.push(`line ${line}: name is empty`);
        return;
      }
      const from = date(c(3), line, 'valid_from', errors);
      const to = date(c(4), line, 'valid_to', errors);
      if (from && to && to < from) errors.push(`line ${line}: valid_to is before valid_from`);
      entry = { code: c(0), name: c(1), detail: c(2), validFrom: from, validTo: to };
    }
    if (seen.has(entry.code)) {
      errors.push(`line ${line}: ${entry.code} appears twice`);
      return;
    }
    seen.add(entry.code);
    entries.push(entry);
  });
  if (errors.length)
    throw new FileProblem(
      `${errors.length} problem(s), nothing was loaded:\n${errors.slice(0, 50).join('\n')}${errors.length > 50 ? `\n… and ${errors.length - 50} more` : ''}`,
    );
  if (!entries.length) throw new FileProblem('The file has a header but no entries; nothing was loaded.');
  return entries;
}
