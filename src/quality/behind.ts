/**
 * The registrations behind an indicator's numerator in a period (and for an operator): what a
 * person opens to see why a figure is what it is. Newest months first, at most `limit`.
 */
import type { Db, Status } from '../store/index.js';
import type { TypeCode } from '../registry/index.js';
import type { Indicator } from './indicators.js';
import { monthEnd, type Period } from './periods.js';

export interface BehindRow {
  id: number;
  type: TypeCode;
  status: Status;
  /** Admission (consultation) date, or for follow-ups due the due date. */
  date: string | null;
  operator: string;
  registrationCode: string | null;
  patientKey: string | null;
}

export function registrationsBehind(
  db: Db,
  ind: Indicator,
  q: { period: Period; asOf: string; operator?: string | undefined; limit?: number },
): BehindRow[] {
  // Follow-ups done count by the month they fell due, not of the stay.
  const due = ind.from === 'due';
  const dueTo = monthEnd(q.period.to) < q.asOf ? monthEnd(q.period.to) : q.asOf;
  const args: (string | number)[] = due ? [`${q.period.from}-01`, dueTo] : [q.period.from, q.period.to];
  if (q.operator !== undefined) args.push(q.operator);
  args.push(q.limit ?? 200);
  const order = due ? 'fu_due' : 'month';
  return db
    .prepare(
      `SELECT f.id, f.type, f.status, f.date, f.operator, r.registration_code AS registrationCode, r.patient_key AS patientKey
      FROM (SELECT registration_id AS id, type, status, ${due ? 'fu_due' : 'period'} AS date, operator, ${order} AS sort FROM registration_facts
        WHERE ${order} BETWEEN ? AND ? AND ${ind.numeratorSql}${q.operator !== undefined ? ' AND operator = ?' : ''}
        ORDER BY ${order} DESC LIMIT ?) f
      JOIN registrations r ON r.id = f.id ORDER BY f.sort DESC, f.id DESC`,
    )
    .all(...args) as BehindRow[];
}
