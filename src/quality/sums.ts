/**
 * The sums of the facts per cell (month, type, first operator, indication group, status), which
 * the database keeps as the facts are written (store/facts-cells.ts). Every rate and count of the
 * report is a sum of cells in JavaScript: a few thousand cells, whatever the number of
 * registrations.
 */
import { CELL_SUMS, type CellSum, type Db } from '../store/index.js';

export type Sums = Record<CellSum, number>;

export interface Cell extends Sums {
  month: string;
  type: string;
  operator: string;
  grp: string;
  status: string;
}

const KEYS: readonly CellSum[] = CELL_SUMS.map(([k]) => k);

export const zeroSums = (): Sums => Object.fromEntries(KEYS.map((k) => [k, 0])) as Sums;

export function addSums(into: Sums, s: Sums): Sums {
  for (const k of KEYS) into[k] += s[k];
  return into;
}

/** The cells of the registrations admitted (or, for follow-ups, seen) in the months from `from` to `to` (yyyy-mm). */
export function readCells(db: Db, from: string, to: string): Cell[] {
  // A cell whose registrations all moved on (deleted, sent, another month) stays at zero: left out.
  return db
    .prepare(`SELECT month, type, operator, grp, status, ${KEYS.join(', ')} FROM fact_cells WHERE month BETWEEN ? AND ? AND n > 0`)
    .all(from, to) as Cell[];
}
