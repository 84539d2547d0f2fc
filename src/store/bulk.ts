/**
 * Bulk writing for demo data at scale (a million registrations): prepared statements in large
 * transactions, columns computed by the caller. Registrations written here are complete rows with
 * their audit entries (and, when Sent, their delivered outbox items), so every invariant of the
 * store holds for them as for any other.
 */
import { createChainedAppend } from './audit-chain.js';
import type { Db } from './database.js';
import type { Registration } from './rows.js';
import type { FactValues } from './facts.js';
import { CELLS_RECOUNT } from './facts-cells.js';
import { createFactsWriter, FACTS_REBUILT_INDEXES } from './facts-writer.js';

/** A registration as the bulk writer takes it: the columns of a Registration, its answers already JSON. */
export type BulkRegistration = Pick<
  Registration,
  | 'type'
  | 'formVersion'
  | 'status'
  | 'patientKey'
  | 'keyDate'
  | 'lastPciDate'
  | 'parentId'
  | 'registrationCode'
  | 'businessKey'
  | 'requiredFilled'
  | 'requiredTotal'
> & { data: string; at: string; user: string; delivery: 'none' | 'delivered'; facts: FactValues };

export function createBulkWriter(db: Db) {
  const reg = db.prepare(`INSERT INTO registrations (type, form_version, status, data, patient_key, key_date, last_pci_date, parent_id,
    registration_code, business_key, required_filled, required_total, created_at, created_by, updated_at, updated_by, delivery, submissions)
    VALUES (@type, @formVersion, @status, @data, @patientKey, @keyDate, @lastPciDate, @parentId, @registrationCode, @businessKey,
    @requiredFilled, @requiredTotal, @at, @user, @at, @user, @delivery, @submissions)`);
  const append = createChainedAppend(db);
  const facts = createFactsWriter(db);
  const audit = (registrationId: number, at: string, user: string, action: string, changes: string) =>
    append({ registrationId, at, user, action, changes, warnings: null });
  const outbox =
    db.prepare(`INSERT INTO outbox (registration_id, destination, kind, idempotency_key, payload, status, attempts, next_attempt_at, created_at, delivered_at)
    VALUES (?, ?, ?, ?, ?, 'delivered', 1, ?, ?, ?)`);
  return {
    /** Inserts one registration with its history; returns its id. Call inside a transaction. */
    insert(
      r: BulkRegistration,
      outboxItems: { destination: 'healthdata' | 'cin'; kind: string; key: string; payload: string }[] = [],
    ): number {
      const id = Number(reg.run({ ...r, submissions: r.status === 'sent' ? 1 : 0 }).lastInsertRowid);
      // The creation entry is the answers' JSON (see changesOf), as for an imported row: the audit
      // log of demo data replays to its answers like any other.
      audit(id, r.at, r.user, 'create', r.data);
      if (r.status === 'sent')
        audit(
          id,
          r.at,
          r.user,
          'send',
          JSON.stringify([
            { field: 'status', old: 'open', new: 'sent' },
            { field: 'registration_code', old: null, new: r.registrationCode },
          ]),
        );
      if (r.status === 'deleted') audit(id, r.at, r.user, 'delete', '[{"field":"status","old":"open","new":"deleted"}]');
      for (const o of outboxItems) outbox.run(id, o.destination, o.kind, o.key, o.payload, r.at, r.at, r.at);
      // Sent on the day it was written (demo data: registered on the day of the stay, in Belgian office hours).
      if (r.status !== 'deleted')
        facts.insert(id, { type: r.type, status: r.status, parentId: r.parentId, sentOn: r.at.slice(0, 10), facts: r.facts });
      return id;
    },
    transaction: <T>(f: () => T): T => db.transaction(() => append.within(f))(),
    /**
     * Runs a bulk load with settings for speed: a large page cache (the random index keys of
     * patients and codes otherwise thrash it) and no fsync per commit, restored after. A crash
     * during a demo load can lose the demo rows being written, never earlier data.
     */
    fast<T>(f: () => T): T {
      const cache = db.pragma('cache_size', { simple: true });
      const sync = db.pragma('synchronous', { simple: true });
      db.pragma('cache_size = -524288');
      db.pragma('synchronous = OFF');
      // Secondary indexes are rebuilt once at the end (a sort) rather than updated row by row, and
      // the per-status counters and the quality cells are recounted once instead of by a trigger per row.
      const objects = db
        .prepare(
          `SELECT type, name, sql, tbl_name AS tbl FROM sqlite_master WHERE sql IS NOT NULL
        AND tbl_name IN ('registrations', 'audit_log', 'outbox', 'registration_facts', 'warning_facts')
        AND (type = 'index' OR (type = 'trigger' AND (name LIKE 'registrations_count_%' OR name LIKE 'registration_facts_cells_%')))`,
        )
        .all()
        .filter((o) => !/_facts$/.test((o as { tbl: string }).tbl) || FACTS_REBUILT_INDEXES.test((o as { name: string }).name)) as {
        type: string;
        name: string;
        sql: string;
      }[];
      for (const o of objects) db.exec(`DROP ${o.type === 'index' ? 'INDEX' : 'TRIGGER'} ${o.name}`);
      try {
        return f();
      } finally {
        db.transaction(() => {
          for (const o of objects) db.exec(o.sql);
          db.exec(`DELETE FROM registration_counts;
            INSERT INTO registration_counts (type, status, n) SELECT type, status, count(*) FROM registrations GROUP BY type, status;`);
          db.exec(CELLS_RECOUNT);
        })();
        db.pragma(`synchronous = ${Number(sync)}`);
        db.pragma(`cache_size = ${Number(cache)}`);
      }
    },
  };
}
