/**
 * Data quality for data managers and support: what is still Open and for how long since
 * discharge, how soon registrations are sent, follow-ups overdue, deliveries failed or pending
 * for long, and which of our own plausibility rules the registrations were sent despite.
 */
import type { Db } from '../store/index.js';
import { medianOf, readDaysToSend } from './read.js';
import type { Period } from './periods.js';

export const OPEN_AGES = ['≤ 30 days', '31–90 days', '91–365 days', '> 1 year', 'no discharge date'] as const;

export interface DataQuality {
  /** Open registrations by days since discharge (as of the report's date). */
  open: { age: (typeof OPEN_AGES)[number]; n: number }[];
  /** Days from discharge to the first send, for registrations of the period. */
  timeliness: { sent: number; medianDays: number | null; within30: number; share30: number | null };
  /** P and FP stays past their follow-up's due date without a follow-up, and those more than 90 days past it. */
  followUpsOverdue: { n: number; over90: number };
  /** Outbox items that failed, and those pending for more than 48 hours (HD4DP's own alarm). */
  deliveries: { failed: number; pendingOver48h: number; oldestPending: string | null };
  /** Our warnings most often sent despite, per field and rule. */
  warnings: { field: string; code: string; n: number }[];
}

const AGE_SQL = `CASE WHEN discharge IS NULL THEN 4 WHEN julianday(?) - julianday(discharge) <= 30 THEN 0
  WHEN julianday(?) - julianday(discharge) <= 90 THEN 1 WHEN julianday(?) - julianday(discharge) <= 365 THEN 2 ELSE 3 END`;

export function readDataQuality(db: Db, q: { period: Period; asOf: string; now: string }): DataQuality {
  const ages = db
    .prepare(
      `SELECT ${AGE_SQL} AS age, count(*) AS n FROM registration_facts INDEXED BY registration_facts_open WHERE status = 'open' GROUP BY 1`,
    )
    .all(q.asOf, q.asOf, q.asOf) as { age: number; n: number }[];
  const days = readDaysToSend(db, q.period.from, q.period.to);
  const sent = days.reduce((t, r) => t + r.n, 0);
  const within30 = days.filter((r) => r.value <= 30).reduce((t, r) => t + r.n, 0);
  const overdue = db
    .prepare(
      `SELECT count(*) AS n, coalesce(sum(fu_due < date(?, '-90 days')), 0) AS over90 FROM registration_facts
      WHERE fu_due < ? AND followed_up = 0`,
    )
    .get(q.asOf, q.asOf) as { n: number; over90: number };
  const cutoff = new Date(Date.parse(q.now) - 48 * 3_600_000).toISOString();
  const failed = db.prepare(`SELECT count(*) FROM outbox WHERE status = 'failed'`).pluck().get() as number;
  const pending = db
    .prepare(`SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE status = 'pending' AND created_at < ?`)
    .get(cutoff) as { n: number; oldest: string | null };
  const warnings = db
    .prepare(
      `SELECT field, code, count(*) AS n FROM warning_facts WHERE month BETWEEN ? AND ? GROUP BY field, code ORDER BY n DESC, field, code LIMIT 10`,
    )
    .all(q.period.from, q.period.to) as DataQuality['warnings'];
  return {
    open: OPEN_AGES.map((age, i) => ({ age, n: ages.find((a) => a.age === i)?.n ?? 0 })),
    timeliness: { sent, medianDays: medianOf(days) ?? null, within30, share30: sent ? within30 / sent : null },
    followUpsOverdue: overdue,
    deliveries: { failed, pendingOver48h: pending.n, oldestPending: pending.oldest },
    warnings,
  };
}
