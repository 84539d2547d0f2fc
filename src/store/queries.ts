/**
 * The read queries of the table and the follow-ups screen: keyset paging over indexed columns, so
 * every window reads a few rows whatever the size of the database.
 */
import type { TypeCode } from '../registry/index.js';
import type { Db } from './database.js';
import type { Delivery } from './rows.js';
import type { Status, StatusFilter } from './statuses.js';

export interface ListQuery {
  /** 'active' (open + sent, the default), one status, or 'all'. */
  status?: StatusFilter;
  type?: TypeCode;
  /** Prefix of a registration code, patient key (NISS digits or pseudocode), or a local id. */
  search?: string;
  /** Keyset paging, newest first: rows with id below this one. */
  beforeId?: number;
  /** Rows with id above this one, oldest first (paging back up). */
  afterId?: number;
  /** Rows changed at or after this ISO time. */
  updatedSince?: string;
  limit?: number;
}

export interface ListRow {
  id: number;
  type: TypeCode;
  formVersion: string;
  status: Status;
  patientKey: string | null;
  keyDate: string | null;
  registrationCode: string | null;
  requiredFilled: number;
  requiredTotal: number;
  updatedAt: string;
  updatedBy: string;
  parentId: number | null;
  delivery: Delivery;
  correcting: number;
}

const SELECT = `SELECT id, type, form_version AS formVersion, status, patient_key AS patientKey, key_date AS keyDate,
  registration_code AS registrationCode, required_filled AS requiredFilled, required_total AS requiredTotal,
  updated_at AS updatedAt, updated_by AS updatedBy, parent_id AS parentId, delivery,
  correction_data IS NOT NULL AS correcting FROM registrations`;

/** Matches beyond which a search walks the table newest first instead of collecting ids. */
const DENSE = 2000;

/** Keyset paging over indexed columns only: a window costs the same whatever the size of the table. */
export function listRegistrations(db: Db, q: ListQuery): ListRow[] {
  const where: string[] = [];
  const args: Record<string, unknown> = {};
  const status = q.status ?? 'active';
  // Walking the table newest first (the primary key) is the plan for the common filters; a
  // filter on status alone (Deleted: few rows) uses its index.
  // With a type filter, the (type, status, id) index serves both.
  const walk = (s: string) =>
    q.type || status === 'deleted' || status === 'open' || status === 'sent' ? s : s.replace('status', '+status');
  if (status === 'active') where.push(walk("status IN ('open','sent')"));
  else if (status !== 'all') {
    where.push('status = @status');
    args.status = status;
  }
  if (q.type) {
    where.push('type = @type');
    args.type = q.type;
  }
  const s = q.search?.trim();
  if (s) {
    // Each alternative is a range on its own index; an OR of them would scan the whole table.
    const digits = s.replace(/[\s.\-/]/g, '');
    const alternatives = [
      'SELECT id FROM registrations WHERE registration_code >= @s AND registration_code < @sEnd',
      'SELECT id FROM registrations WHERE patient_key >= @p AND patient_key < @pEnd',
    ];
    args.s = s.toUpperCase();
    args.sEnd = s.toUpperCase() + '\uffff';
    args.p = /^\d+$/.test(digits) ? digits : s.toUpperCase();
    args.pEnd = String(args.p) + '\uffff';
    if (/^\d+$/.test(s)) {
      alternatives.push('SELECT @id');
      args.id = Number(s);
    }
    // A short prefix matches many rows: then walking the newest rows and keeping the matches
    // finds a page at once; a long one matches few: then the index ranges are faster.
    const many =
      (db
        .prepare(
          `SELECT count(*) FROM (${alternatives
            .slice(0, 2)
            .map((a) => `SELECT * FROM (${a} LIMIT ${DENSE})`)
            .join(' UNION ALL ')})`,
        )
        .pluck()
        .get(args) as number) >= DENSE;
    where.push(
      many
        ? // The unary + keeps SQLite from answering the OR through the indexes (and sorting them all).
          `(+registration_code >= @s AND +registration_code < @sEnd OR +patient_key >= @p AND +patient_key < @pEnd${args.id !== undefined ? ' OR +id = @id' : ''})`
        : `id IN (${alternatives.join(' UNION ALL ')})`,
    );
  }
  if (q.updatedSince) {
    where.push('updated_at >= @since');
    args.since = q.updatedSince;
  }
  const up = q.afterId !== undefined;
  if (q.beforeId !== undefined) {
    where.push('id < @before');
    args.before = q.beforeId;
  }
  if (up) {
    where.push('id > @after');
    args.after = q.afterId;
  }
  args.limit = Math.min(Math.max(q.limit ?? 50, 1), 1000);
  const sql = `${SELECT}${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY id ${up ? 'ASC' : 'DESC'} LIMIT @limit`;
  const rows = db.prepare(sql).all(args) as ListRow[];
  return up ? rows.reverse() : rows;
}

export interface FollowUpDue {
  id: number;
  type: TypeCode;
  status: Status;
  patientKey: string | null;
  keyDate: string | null;
  lastPciDate: string;
  registrationCode: string | null;
  dueDate: string;
}

/**
 * P and FP hospitalisations whose follow-up is not registered yet, the earliest due first: due
 * one year after the last PCI date (docs/registry.md#follow-up-due-date).
 */
export function followUpsDue(db: Db, q: { search?: string; limit?: number } = {}): FollowUpDue[] {
  const raw = q.search?.trim().toUpperCase();
  const search = raw?.replace(/[\s.\-/]/g, '');
  const args = { limit: q.limit ?? 200, ...(search ? { s: search, sEnd: search + '\uffff', c: raw, cEnd: raw + '\uffff' } : {}) };
  const matching = `SELECT id FROM registrations WHERE patient_key >= @s AND patient_key < @sEnd
    UNION ALL SELECT id FROM registrations WHERE registration_code >= @c AND registration_code < @cEnd`;
  // As in the table: few matches are collected through their indexes; many are found by walking
  // the due-date index and keeping the matches.
  const few =
    search !== undefined &&
    search !== '' &&
    (db.prepare(`SELECT count(*) FROM (SELECT * FROM (${matching}) LIMIT ${DENSE})`).pluck().get(args) as number) < DENSE;
  const filter = !search
    ? ''
    : few
      ? `AND p.id IN (${matching})`
      : 'AND (+p.patient_key >= @s AND +p.patient_key < @sEnd OR +p.registration_code >= @c AND +p.registration_code < @cEnd)';
  return db
    .prepare(
      `SELECT id, type, status, patient_key AS patientKey, key_date AS keyDate, last_pci_date AS lastPciDate,
      registration_code AS registrationCode, date(last_pci_date, '+1 year') AS dueDate
    FROM registrations p ${few ? '' : 'INDEXED BY registrations_followup_due'}
    WHERE p.type IN ('P', 'FP') AND p.status IN ('open', 'sent') AND p.last_pci_date IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM registrations c WHERE c.parent_id = p.id AND c.status IN ('open', 'sent'))
      ${filter}
    ORDER BY p.last_pci_date, p.id LIMIT @limit`,
    )
    .all(args) as FollowUpDue[];
}
