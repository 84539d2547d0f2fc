/**
 * The other reads of a report, each over an index of the facts that covers it: the STEMI delays
 * (a few rows per primary PCI), contrast volumes and days to send as histograms (one row per
 * distinct value and month), the follow-ups falling due per month.
 */
import type { Db } from '../store/index.js';

export interface StemiRow {
  month: string;
  operator: string;
  transfer: number | null;
  diagnosis_to_wire: number | null;
  arrival_to_wire: number | null;
  onset_to_wire: number | null;
}

/** Primary PCIs for STEMI admitted in the months from `from` to `to` (yyyy-mm). */
export function readStemi(db: Db, from: string, to: string): StemiRow[] {
  return db
    .prepare(
      `SELECT month, operator, transfer, diagnosis_to_wire, arrival_to_wire, onset_to_wire FROM registration_facts
      WHERE stemi = 1 AND month BETWEEN ? AND ?`,
    )
    .all(from, to) as StemiRow[];
}

/** A value, the month it belongs to, and how many registrations have it. */
export interface HistogramRow {
  value: number;
  month: string;
  n: number;
  egfr_low?: number | null;
}

/** Contrast volumes per PCI stay as a histogram: the index on (contrast, month, eGFR < 30) gives it without touching the rows. */
export function readContrast(db: Db, from: string, to: string): HistogramRow[] {
  return db
    .prepare(
      `SELECT contrast AS value, month, egfr_low, count(*) AS n FROM registration_facts INDEXED BY registration_facts_contrast
      WHERE contrast IS NOT NULL AND month BETWEEN ? AND ? GROUP BY contrast, month, egfr_low`,
    )
    .all(from, to) as HistogramRow[];
}

/** Days from discharge to the first send, as a histogram by month of admission. */
export function readDaysToSend(db: Db, from: string, to: string): HistogramRow[] {
  return db
    .prepare(
      `SELECT days_to_send AS value, month, count(*) AS n FROM registration_facts INDEXED BY registration_facts_send
      WHERE days_to_send IS NOT NULL AND month BETWEEN ? AND ? GROUP BY days_to_send, month`,
    )
    .all(from, to) as HistogramRow[];
}

export interface DueRow {
  month: string;
  due: number;
  done: number;
}

/** P and FP stays whose follow-up fell due from `from` to `to` (dates), per month of the due date, and how many have one. */
export function readDue(db: Db, from: string, to: string): DueRow[] {
  if (to < from) return [];
  return db
    .prepare(
      `SELECT substr(fu_due, 1, 7) AS month, count(*) AS due, sum(followed_up) AS done FROM registration_facts
      WHERE fu_due BETWEEN ? AND ? GROUP BY 1`,
    )
    .all(from, to) as DueRow[];
}

/** The median of a histogram's values (the mean of the two middle values for an even count), undefined when empty. */
export function medianOf(rows: readonly { value: number; n: number }[]): number | undefined {
  const total = rows.reduce((s, r) => s + r.n, 0);
  if (total === 0) return undefined;
  const sorted = [...rows].sort((a, b) => a.value - b.value);
  const lower = Math.ceil(total / 2);
  const upper = total % 2 ? lower : lower + 1;
  let seen = 0;
  let low: number | undefined;
  for (const r of sorted) {
    seen += r.n;
    if (low === undefined && seen >= lower) low = r.value;
    if (seen >= upper) return (low! + r.value) / 2;
  }
  return low;
}
