/**
 * CSV cells in HD4DP's format: dates dd/mm/yyyy, codes (not labels), multiple choices joined with
 * `|`, `;` between columns. Text that a spreadsheet would run as a formula (starting with = + - @
 * or a tab/CR) is written with a leading apostrophe, and read back without it.
 */
import { isoToDmy, type Field, type Value } from '../registry/index.js';

export const SEPARATOR = ';';
export const MULTI = '|';
const FORMULA = /^[=+\-@\t\r]/;

/** A value as a CSV cell. */
export function toCell(field: Field, value: Value): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(MULTI);
  if (field.kind === 'date') return isoToDmy(String(value));
  const s = String(value);
  return field.kind === 'text' || field.kind === 'code' || field.kind === 'hidden' ? toTextCell(s) : s;
}

/** Free text as a CSV cell, guarded against running as a spreadsheet formula. */
export function toTextCell(s: string): string {
  return FORMULA.test(s) ? `'${s}` : s;
}

/** Undoes the formula guard of toCell on text read from a CSV cell. */
export function fromTextCell(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}
