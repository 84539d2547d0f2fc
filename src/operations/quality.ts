/**
 * Reading the cath lab's quality report and the registrations behind a figure: operations with
 * the 'read' right, so support staff may use them too, and no screen holds SQL (docs/quality.md).
 */
import {
  computeReport,
  indicatorById,
  lastQuarters,
  registrationsBehind,
  type BehindRow,
  type Bucketing,
  type Period,
  type Report,
} from '../quality/index.js';
import { refuse } from '../store/index.js';
import type { Core } from './core.js';
import { assertMay } from './permissions.js';

export interface ReportInput {
  /** Whole months, yyyy-mm; by default the last four calendar quarters, the current one included. */
  period?: Period | undefined;
  by?: Bucketing | 'operator' | undefined;
  /** The date the report is made as of (default: today in Belgium). */
  asOf?: string | undefined;
}

/** The quality report of a period. */
export function qualityReport(core: Core, user: string, input: ReportInput = {}): Report {
  assertMay(core, user, 'readQuality');
  const asOf = input.asOf ?? core.clock.today();
  return computeReport(
    core.db,
    { period: input.period ?? lastQuarters(asOf), by: input.by ?? 'quarter', asOf, now: core.clock.now().toISOString() },
    (operator) => core.store.lists.get('HPIN', operator)?.name,
  );
}

/** The registrations counted in an indicator's numerator (newest first, at most `limit`). */
export function qualityBehind(
  core: Core,
  user: string,
  input: { indicator: string; period?: Period | undefined; operator?: string | undefined; asOf?: string | undefined; limit?: number },
): BehindRow[] {
  assertMay(core, user, 'readQuality');
  const ind = indicatorById(input.indicator);
  if (!ind) throw refuse('invalid', 'refused.noIndicator', { indicator: input.indicator });
  const asOf = input.asOf ?? core.clock.today();
  return registrationsBehind(core.db, ind, {
    period: input.period ?? lastQuarters(asOf),
    asOf,
    operator: input.operator,
    ...(input.limit ? { limit: input.limit } : {}),
  });
}
