/**
 * The sums of the facts per cell (month, type, first operator, indication group, status): one
 * SQL query in the table's key order, so SQLite adds up without sorting (store/facts-writer.ts).
 * Every rate and count of the report is then a sum of cells in JavaScript: a few thousand cells,
 * whatever the number of registrations.
 */
import type { Db } from '../store/index.js';

const SUMS = {
  n: 'count(*)',
  procedures: 'sum(procedures)',
  access_known: 'sum(access_known)',
  radial: 'sum(radial)',
  success_known: 'sum(success_known)',
  success: 'sum(success)',
  stents: 'sum(stents)',
  des: 'sum(des)',
  died_n: 'count(died)',
  died: 'sum(died)',
  died_in_lab: 'sum(died_in_lab)',
  site_n: 'count(access_complication)',
  site: 'sum(access_complication)',
  bleeding_n: 'count(bleeding)',
  bleeding: 'sum(bleeding)',
  icu_n: 'count(icu)',
  icu: 'sum(icu)',
  dialysis_n: 'count(dialysis)',
  dialysis: 'sum(dialysis)',
  isch_n: 'count(ischaemia_test)',
  isch: 'sum(ischaemia_test)',
  physiology: 'sum(physiology)',
  egfr_low: 'sum(egfr_low)',
  new_pci_n: 'count(new_pci)',
  new_pci: 'sum(new_pci)',
  new_cabg_n: 'count(new_cabg)',
  new_cabg: 'sum(new_cabg)',
} as const;

export type Sums = Record<keyof typeof SUMS, number>;

export interface Cell extends Sums {
  month: string;
  type: string;
  operator: string;
  grp: string;
  status: string;
}

const KEYS = Object.keys(SUMS) as (keyof Sums)[];

export const zeroSums = (): Sums => Object.fromEntries(KEYS.map((k) => [k, 0])) as Sums;

export function addSums(into: Sums, s: Sums): Sums {
  for (const k of KEYS) into[k] += s[k];
  return into;
}

/** The cells of the registrations admitted (or, for follow-ups, seen) in the months from `from` to `to` (yyyy-mm). */
export function readCells(db: Db, from: string, to: string): Cell[] {
  const columns = KEYS.map((k) => `coalesce(${SUMS[k]}, 0) AS ${k}`).join(', ');
  return db
    .prepare(
      `SELECT month, type, operator, grp, status, ${columns} FROM registration_facts
      WHERE month BETWEEN ? AND ? GROUP BY month, type, operator, grp, status`,
    )
    .all(from, to) as Cell[];
}
