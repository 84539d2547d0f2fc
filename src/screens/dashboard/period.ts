/**
 * The dashboard's period: four quarters, twelve months or a calendar year, always whole months
 * ending with `end` (yyyy-mm), as `angio report` counts them. By default the four quarters up
 * to this month, the report's own default; ← and → move by one quarter, month or year, never
 * past the current month (a period in the future has nothing to show).
 */
import { lastQuarters, quarterStart, type Bucketing, type Period } from '../../quality/index.js';

export type Span = 'quarter' | 'month' | 'year';

export const SPANS: readonly Span[] = ['quarter', 'month', 'year'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A month (yyyy-mm) moved by whole months. */
export function addMonths(month: string, by: number): string {
  const index = +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1) + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The period a span covers when it ends with `end`, and how it is cut into buckets. */
export function periodOf(span: Span, end: string): { period: Period; by: Bucketing } {
  switch (span) {
    case 'quarter':
      return { period: { from: quarterStart(end, 3), to: end }, by: 'quarter' };
    case 'month':
      return { period: { from: addMonths(end, -11), to: end }, by: 'month' };
    case 'year':
      return { period: { from: `${end.slice(0, 4)}-01`, to: end }, by: 'quarter' };
    default: {
      const never: never = span;
      throw new Error(`unknown span ${String(never)}`);
    }
  }
}

/** The default period's end: the current month (the last four quarters up to it, as the report's default). */
export function defaultEnd(today: string): string {
  return lastQuarters(today).to;
}

/** The last month of the period of a span that ends one step earlier or later, capped at the current month. */
export function moveEnd(span: Span, end: string, step: -1 | 1, current: string): string {
  const months = span === 'month' ? 1 : span === 'quarter' ? 3 : 12;
  // Whole quarters and years: a period cut at the current month steps to the full one before it.
  const last = span === 'quarter' ? addMonths(quarterStart(end), 2) : span === 'year' ? `${end.slice(0, 4)}-12` : end;
  const moved = addMonths(last, step * months);
  return moved > current ? current : moved;
}

/** The end of a span chosen anew: a year ends in December (or the current month), the others keep theirs. */
export function endForSpan(span: Span, end: string, current: string): string {
  if (span !== 'year') return end;
  const december = `${end.slice(0, 4)}-12`;
  return december > current ? current : december;
}

/** The period as people read it: 2025-Q4 – 2026-Q3, 2025-12 – 2026-11, 2026. */
export function periodLabel(span: Span, buckets: readonly string[], period: Period): string {
  if (span === 'year') return period.from.slice(0, 4);
  if (!buckets.length) return `${period.from} – ${period.to}`;
  return `${buckets[0]} – ${buckets.at(-1)}`;
}
