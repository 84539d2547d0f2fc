/**
 * Periods of a report: a range of whole months and the buckets it is cut into (calendar quarters
 * or months). A registration belongs to the month of its admission (a follow-up: of its
 * consultation). Whole months keep every figure of a report on the same registrations, and let
 * each read use an index keyed by month (docs/quality.md#periods).
 */

export type Bucketing = 'quarter' | 'month';

/** From and to, yyyy-mm, both included. */
export interface Period {
  from: string;
  to: string;
}

export interface Bucket {
  /** 2026-Q1 or 2026-03. */
  key: string;
  from: string;
  to: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a text is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The month (yyyy-mm) of a date yyyy-mm-dd or of a month yyyy-mm; undefined for anything else. */
export function monthOf(text: string): string | undefined {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return text;
  return isIsoDate(text) ? text.slice(0, 7) : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const quarterOf = (month: number) => Math.floor((month - 1) / 3);

/** The last day of a month (yyyy-mm-dd). */
export function monthEnd(month: string): string {
  const y = +month.slice(0, 4);
  const m = +month.slice(5, 7);
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** The first month of the quarter `back` quarters before the one of `month`. */
export function quarterStart(month: string, back = 0): string {
  const q = quarterOf(+month.slice(5, 7)) - back;
  const year = +month.slice(0, 4) + Math.floor(q / 4);
  return `${year}-${pad((((q % 4) + 4) % 4) * 3 + 1)}`;
}

/** The last `quarters` calendar quarters, the current one (of `asOf`, a date) included, up to its month. */
export function lastQuarters(asOf: string, quarters = 4): Period {
  return { from: quarterStart(asOf.slice(0, 7), quarters - 1), to: asOf.slice(0, 7) };
}

/** The calendar buckets a period covers, each cut to the period. */
export function bucketsOf(period: Period, by: Bucketing): Bucket[] {
  const out: Bucket[] = [];
  let y = +period.from.slice(0, 4);
  let m = by === 'quarter' ? quarterOf(+period.from.slice(5, 7)) * 3 + 1 : +period.from.slice(5, 7);
  const step = by === 'quarter' ? 3 : 1;
  for (let guard = 0; guard < 1200; guard++) {
    const start = `${y}-${pad(m)}`;
    if (start > period.to) break;
    const end = `${y}-${pad(m + step - 1)}`;
    out.push({
      key: by === 'quarter' ? `${y}-Q${quarterOf(m) + 1}` : start,
      from: start < period.from ? period.from : start,
      to: end > period.to ? period.to : end,
    });
    m += step;
    if (m > 12) {
      m -= 12;
      y++;
    }
  }
  return out;
}

/** The bucket key of a month (yyyy-mm). */
export function bucketKeyOf(month: string, by: Bucketing): string {
  return by === 'month' ? month : `${month.slice(0, 4)}-Q${quarterOf(+month.slice(5, 7)) + 1}`;
}

/** Whole days between two dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A date moved by whole days. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
