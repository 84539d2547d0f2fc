/** The append-only audit log: who did what, when, and which fields changed from what to what. */
import type { Value } from '../registry/index.js';
import type { Data } from '../validation/index.js';
import { createChainedAppend } from './audit-chain.js';
import type { Db, Json } from './database.js';

export interface Change {
  field: string;
  old: Value;
  new: Value;
}
/** A warning a registration was sent with: the problem, without its message (each reader has its language). */
export interface SentWarning {
  field: string;
  code: string;
  params?: Record<string, string | number> | undefined;
}

export interface AuditEntry {
  id: number;
  at: string;
  user: string;
  action: string;
  changes: Change[];
  /** For a send or a resubmission: the warnings it was made with. */
  warnings?: SentWarning[];
}

/** Equal answers (absent and null are the same; lists compare element by element). */
function same(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Field-by-field differences between two versions of a record's data. */
export function diff(before: Data, after: Data): Change[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: Change[] = [];
  for (const k of keys) {
    if (!same(before[k], after[k])) out.push({ field: k, old: before[k] ?? null, new: after[k] ?? null });
  }
  return out;
}

/**
 * The changes of an entry as stored: a list of changes, or, for the creation of a record that
 * arrives complete (an imported row, an API payload), the JSON of its answers, which is the same
 * as every answer set from nothing and spares a bulk import a second serialisation of each row.
 */
export function changesOf(stored: string): Change[] {
  const parsed = JSON.parse(stored) as Change[] | Data;
  if (Array.isArray(parsed)) return parsed;
  return diff({}, parsed);
}

export function createAuditLog(db: Db) {
  const insert = createChainedAppend(db);
  const select = db.prepare('SELECT id, at, user, action, changes, warnings FROM audit_log WHERE registration_id = ? ORDER BY id');
  const warningsJson = (w: readonly SentWarning[] | undefined) =>
    w?.length ? JSON.stringify(w.map(({ field, code, params }) => (params ? { field, code, params } : { field, code }))) : null;
  return {
    /** Must be called inside the transaction that makes the change. */
    append(registrationId: number, user: string, action: string, changes: Change[], at: string, warnings?: readonly SentWarning[]) {
      insert({ registrationId, at, user, action, changes: JSON.stringify(changes), warnings: warningsJson(warnings) });
    },
    /** The creation of a record with all its answers, stored as their JSON (see changesOf). */
    appendCreation(registrationId: number, user: string, answers: Json, at: string) {
      insert({ registrationId, at, user, action: 'create', changes: answers, warnings: null });
    },
    of(registrationId: number): AuditEntry[] {
      const rows = select.all(registrationId) as {
        id: number;
        at: string;
        user: string;
        action: string;
        changes: string;
        warnings: string | null;
      }[];
      return rows.map(({ warnings, ...r }) => ({
        ...r,
        changes: changesOf(r.changes),
        ...(warnings ? { warnings: JSON.parse(warnings) as SentWarning[] } : {}),
      }));
    },
  };
}

/** The warnings of the latest submission (send or resubmission) in a history, oldest first; none before any. */
export function sentWarningsOf(history: readonly AuditEntry[]): SentWarning[] {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.action === 'send' || e.action === 'resubmit') return e.warnings ?? [];
  }
  return [];
}
