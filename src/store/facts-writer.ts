/**
 * Writes the facts of a registration (facts.ts) in the transaction that writes the registration:
 * every write path calls it (the store's create, save, send, resubmission and delete, the bulk
 * writer, the import's batched sends through the store). Only Open and Sent registrations have
 * facts: a deleted one counts nowhere.
 *
 * The table is keyed (month, type, operator, indication group, status, id), WITHOUT ROWID: a
 * report groups by exactly that key, so SQLite adds the rows up in key order without sorting a
 * million of them (docs/decisions.md#quality-facts-beside-each-registration).
 */
import { belgianDate } from '../clock.js';
import type { TypeCode } from '../registry/index.js';
import type { SentWarning } from './audit.js';
import type { Db } from './database.js';
import { FACT_COLUMNS, factsOf, type FactValues } from './facts.js';
import type { Status } from './statuses.js';

/** The schema of migration 12 (tables and indexes), without the back-fill. */
export const FACTS_SCHEMA = `
  CREATE TABLE registration_facts (
    month TEXT NOT NULL, type TEXT NOT NULL, operator TEXT NOT NULL, grp TEXT NOT NULL, status TEXT NOT NULL,
    registration_id INTEGER NOT NULL, parent_id INTEGER, sent_on TEXT, days_to_send INTEGER, followed_up INTEGER,
    period TEXT, discharge TEXT, procedures INTEGER, access_known INTEGER, radial INTEGER, success_known INTEGER, success INTEGER,
    stents INTEGER, des INTEGER, contrast INTEGER, egfr_low INTEGER, died INTEGER, died_in_lab INTEGER,
    access_complication INTEGER, bleeding INTEGER, icu INTEGER, dialysis INTEGER, ischaemia_test INTEGER, physiology INTEGER,
    stemi INTEGER, transfer INTEGER, diagnosis_to_wire INTEGER, arrival_to_wire INTEGER, onset_to_wire INTEGER,
    fu_due TEXT, new_pci INTEGER, new_cabg INTEGER,
    PRIMARY KEY (month, type, operator, grp, status, registration_id)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX registration_facts_id ON registration_facts(registration_id);
  CREATE INDEX registration_facts_parent ON registration_facts(parent_id) WHERE parent_id IS NOT NULL;
  CREATE INDEX registration_facts_contrast ON registration_facts(contrast, month, egfr_low) WHERE contrast IS NOT NULL;
  CREATE INDEX registration_facts_send ON registration_facts(days_to_send, month) WHERE days_to_send IS NOT NULL;
  CREATE INDEX registration_facts_stemi ON registration_facts(month, transfer, diagnosis_to_wire, arrival_to_wire, onset_to_wire, registration_id)
    WHERE stemi = 1;
  CREATE INDEX registration_facts_due ON registration_facts(fu_due, followed_up) WHERE fu_due IS NOT NULL;
  CREATE INDEX registration_facts_open ON registration_facts(discharge) WHERE status = 'open';
  CREATE INDEX registration_facts_type ON registration_facts(type);

  CREATE TABLE warning_facts (
    month TEXT NOT NULL, field TEXT NOT NULL, code TEXT NOT NULL, registration_id INTEGER NOT NULL,
    PRIMARY KEY (month, field, code, registration_id)
  ) WITHOUT ROWID;
  CREATE INDEX warning_facts_registration ON warning_facts(registration_id);
`;

/**
 * Indexes a bulk load may drop and rebuild (the id and parent indexes stay: the writer looks rows
 * up by them), and the triggers that keep the cells, which it drops too and recounts after
 * (CELLS_RECOUNT).
 */
export const FACTS_REBUILT_INDEXES =
  /^registration_facts_(contrast|send|stemi|due|open|type)$|^warning_facts_registration$|^registration_facts_cells_(add|remove|move)$/;

export interface FactsWrite {
  type: TypeCode;
  status: Status;
  parentId: number | null;
  /** The Belgian date it was sent, when it is being sent now; a registration sent before keeps its first date. */
  sentOn?: string | null | undefined;
  /** The facts of its answers (factsOf), made ahead by a caller that has them. */
  facts: FactValues;
  /** The warnings it is being sent (or resubmitted) with: they replace earlier ones. */
  warnings?: readonly SentWarning[] | null | undefined;
}

const COLUMNS = ['type', 'status', 'registration_id', 'parent_id', 'sent_on', 'days_to_send', 'followed_up', ...FACT_COLUMNS];
const DISCHARGE = FACT_COLUMNS.indexOf('discharge');
const FU_DUE = FACT_COLUMNS.indexOf('fu_due');

export function createFactsWriter(db: Db) {
  const stmt = {
    insert: db.prepare(`INSERT INTO registration_facts (${COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?,
      CAST(julianday(?) - julianday(?) AS INTEGER),
      CASE WHEN ? IS NULL THEN NULL ELSE EXISTS (SELECT 1 FROM registration_facts c WHERE c.parent_id = ?) END,
      ${FACT_COLUMNS.map(() => '?').join(', ')})`),
    remove: db.prepare('DELETE FROM registration_facts WHERE registration_id = ? RETURNING sent_on AS sentOn, parent_id AS parentId'),
    // Whether a follow-up (Open or Sent) follows up this P or FP stay; only those have a due date and so a flag.
    followedUp: db.prepare(`UPDATE registration_facts SET followed_up = EXISTS (SELECT 1 FROM registration_facts c WHERE c.parent_id = ?)
      WHERE registration_id = ? AND followed_up IS NOT NULL`),
    dropWarnings: db.prepare('DELETE FROM warning_facts WHERE registration_id = ?'),
    warning: db.prepare('INSERT OR IGNORE INTO warning_facts (month, field, code, registration_id) VALUES (?, ?, ?, ?)'),
  };
  const refresh = (parentId: number) => stmt.followedUp.run(parentId, parentId);

  function insert(id: number, w: FactsWrite, sentOn: string | null) {
    const f = w.facts;
    stmt.insert.run(w.type, w.status, id, w.parentId, sentOn, sentOn, f[DISCHARGE], f[FU_DUE], id, ...f);
    if (w.parentId !== null) refresh(w.parentId);
    if (w.warnings) for (const x of w.warnings) stmt.warning.run(f[0], x.field, x.code, id);
  }

  return {
    /** The facts of a registration written for the first time (nothing to replace). */
    insert(id: number, w: FactsWrite): void {
      insert(id, w, w.status === 'sent' ? (w.sentOn ?? null) : null);
    },

    /** Replaces the facts of a registration (or removes them, once it is deleted). */
    write(id: number, w: FactsWrite): void {
      const before = stmt.remove.get(id) as { sentOn: string | null; parentId: number | null } | undefined;
      if (w.warnings !== undefined) stmt.dropWarnings.run(id);
      if (w.status === 'deleted') {
        stmt.dropWarnings.run(id);
        if (before && before.parentId !== null) refresh(before.parentId);
        return;
      }
      insert(id, w, w.status === 'sent' ? (before?.sentOn ?? w.sentOn ?? null) : null);
      if (before && before.parentId !== null && before.parentId !== w.parentId) refresh(before.parentId);
    },
  };
}

export type FactsWriter = ReturnType<typeof createFactsWriter>;

/** The Belgian date of an ISO instant, the day a registration counts as sent. */
export const sentOnOf = (at: string): string => belgianDate(new Date(at));

interface BackfillRow {
  id: number;
  type: TypeCode;
  status: Status;
  parentId: number | null;
  data: string;
}

/**
 * Migration 12's back-fill: the facts of every Open and Sent registration already in the
 * database, with the date it was first sent and the warnings of its latest submission, both read
 * from its audit log.
 */
export function backfillFacts(db: Db): void {
  const writer = createFactsWriter(db);
  const sends = db.prepare(`SELECT registration_id AS id, min(at) AS at FROM audit_log WHERE action = 'send' GROUP BY registration_id`);
  const firstSent = new Map<number, string>();
  for (const r of sends.iterate() as Iterable<{ id: number; at: string }>) firstSent.set(r.id, r.at);
  const latest =
    db.prepare(`SELECT warnings FROM audit_log WHERE registration_id = ? AND action IN ('send', 'resubmit') AND warnings IS NOT NULL
    ORDER BY id DESC LIMIT 1`);
  const rows = db.prepare(
    `SELECT id, type, status, parent_id AS parentId, data FROM registrations WHERE status IN ('open', 'sent') ORDER BY id`,
  );
  // Parents first (ids ascend), so that a follow-up written after its hospitalisation marks it followed up.
  const all = rows.all() as BackfillRow[];
  for (const r of all) {
    const at = firstSent.get(r.id);
    const warnings = r.status === 'sent' ? (latest.pluck().get(r.id) as string | undefined) : undefined;
    writer.insert(r.id, {
      type: r.type,
      status: r.status,
      parentId: r.parentId,
      sentOn: at ? sentOnOf(at) : null,
      facts: factsOf(r.type, JSON.parse(r.data) as Record<string, never>),
      warnings: warnings ? (JSON.parse(warnings) as SentWarning[]) : undefined,
    });
  }
}
