/**
 * The header of an import file: technical field ids of one registration type, the optional
 * STATUS column, and our local columns. Anything else stops the import before a row is read: a
 * silently ignored column would lose data. A misspelt id gets the closest known one.
 */
import { closest } from 'fastest-levenshtein';
import { formOf, TYPE_CODES, type Field, type TypeCode } from '../registry/index.js';
import { formPlanOf } from '../validation/index.js';

export const STATUS_COLUMN = 'STATUS';

/** A column of an import file; a field's column knows the field's position in its form (`at`). */
export type Column = { kind: 'field'; field: Field; at: number } | { kind: 'status' } | { kind: 'technical'; field: Field };

/** A problem with the file as a whole: nothing is imported. */
export class FileProblem extends Error {
  constructor(
    message: string,
    /** What is wrong with a header, for a door to say it in the user's language (absent: only the sentence). */
    readonly header?: HeaderProblem,
  ) {
    super(message);
    this.name = 'FileProblem';
  }
}

/** A header that cannot be read, as data: the column's id and position, the types involved. */
export type HeaderProblem =
  | { kind: 'empty' }
  | { kind: 'commas' }
  | { kind: 'twice'; id: string; first: number; second: number }
  | { kind: 'other-type'; id: string; column: number; type: TypeCode; matching: TypeCode[] }
  | { kind: 'elsewhere'; id: string; column: number; type: TypeCode; types: TypeCode[] }
  | { kind: 'unknown'; id: string; column: number; type: TypeCode; guess?: string };

/** Which columns of a header are fields of the type, which the STATUS column; or why the file cannot be read. */
export function planHeader(type: TypeCode, header: string[]): Column[] {
  const form = formOf(type);
  if (header.length === 0 || (header.length === 1 && header[0]!.trim() === ''))
    throw new FileProblem('The file is empty: the first line must be the header of technical field ids.', { kind: 'empty' });
  if (header.length === 1 && header[0]!.includes(',')) {
    throw new FileProblem(
      'The file is separated by commas; HD4DP files are separated by semicolons (;). Save it again with ";" as the separator.',
      { kind: 'commas' },
    );
  }
  const seen = new Map<string, number>();
  header.forEach((raw, i) => {
    const id = raw.trim();
    if (seen.has(id))
      throw new FileProblem(`Column ${id} appears twice (columns ${seen.get(id)! + 1} and ${i + 1}).`, {
        kind: 'twice',
        id,
        first: seen.get(id)! + 1,
        second: i + 1,
      });
    seen.set(id, i);
  });
  const known = form.valueFields.map((f) => f.id);
  const { index } = formPlanOf(form);
  const ids = header.map((h) => h.trim()).filter((h) => h.toUpperCase() !== STATUS_COLUMN);
  const fits = (t: TypeCode) => ids.every((id) => formOf(t).byId.has(id));
  return header.map((raw, i): Column => {
    const id = raw.trim();
    if (id.toUpperCase() === STATUS_COLUMN) return { kind: 'status' };
    const field = form.byId.get(id);
    if (field && field.kind !== 'title' && field.kind !== 'info')
      // The DCD's technical fields are the system's to fill; a local hidden field (a follow-up's
      // link to its PCI) is read, so that a file can name it.
      return field.kind === 'hidden' && !field.local ? { kind: 'technical', field } : { kind: 'field', field, at: index.get(id)! };
    const matching = TYPE_CODES.filter((t) => t !== type && fits(t));
    if (matching.length) {
      throw new FileProblem(
        `Column ${id} (column ${i + 1}) is not a field of type ${type}: the columns are those of type ${matching.join(' or ')} (use --type ${matching[0]}).`,
        { kind: 'other-type', id, column: i + 1, type, matching },
      );
    }
    const elsewhere = TYPE_CODES.filter((t) => t !== type && formOf(t).byId.has(id));
    if (elsewhere.length)
      throw new FileProblem(`Column ${id} (column ${i + 1}) belongs to type ${elsewhere.join('/')}, not to ${type}.`, {
        kind: 'elsewhere',
        id,
        column: i + 1,
        type,
        types: elsewhere,
      });
    const guess = closest(id, known);
    throw new FileProblem(
      `Unknown column "${id}" (column ${i + 1})${guess ? `: did you mean ${guess}?` : ''} See "angio types --csv-header ${type}".`,
      { kind: 'unknown', id, column: i + 1, type, ...(guess ? { guess } : {}) },
    );
  });
}
