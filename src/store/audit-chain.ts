/**
 * The audit log's hash chain (docs/decisions.md#a-hash-chained-audit-log). Each entry stores the
 * SHA-256 of the previous entry's hash and of its own content (its id, registration, time, user,
 * action, warnings and changes as stored), so rewriting an entry, or taking one out, breaks the
 * chain from there on. The chain shows that entries were changed in place; someone who rewrites
 * every hash after their edit is caught only by comparing the head with one noted before
 * (`angio doctor` prints it).
 */
import { createHash } from 'node:crypto';
import type { Db, Json } from './database.js';
import { storeWords, type Words } from './violations.js';

const { words: w, english } = storeWords;

/** The "previous hash" of the first entry. */
export const GENESIS = '0'.repeat(64);

export interface ChainedEntry {
  id: number;
  registrationId: number;
  at: string;
  user: string;
  action: string;
  /** The changes exactly as stored (text, or the UTF-8 bytes of that text). */
  changes: Json;
  warnings: string | null;
}

/**
 * The hash of an entry after `previous`. The fields other than the changes are one JSON array
 * (no raw line break), so no two different entries give the same input.
 */
export function entryHash(previous: string, e: ChainedEntry): string {
  return createHash('sha256')
    .update(`${previous}\n${JSON.stringify([e.id, e.registrationId, e.at, e.user, e.action, e.warnings])}\n`)
    .update(e.changes)
    .digest('hex');
}

/**
 * Appends entries with their hash. The last entry is read in the transaction that appends (every
 * caller writes inside one), so two writers never chain onto the same entry: SQLite lets one
 * writer at a time commit, and a transaction that read a stale last entry cannot write.
 * `within(f)` lets a bulk writer read it once per transaction instead of once per entry: inside
 * its own write transaction, the last entry is the one it appended.
 */
export function createChainedAppend(db: Db) {
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  // CAST: the changes may come as the UTF-8 bytes of their JSON (see Json), stored as text all the same.
  const insert = db.prepare(
    'INSERT INTO audit_log (id, registration_id, at, user, action, changes, warnings, hash) VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?)',
  );
  let within = false;
  let known: { id: number; hash: string } | undefined;
  const append = (e: Omit<ChainedEntry, 'id'>): number => {
    const previous = known ?? (last.get() as { id: number; hash: string | null } | undefined);
    const entry = { ...e, id: (previous?.id ?? 0) + 1 };
    const hash = entryHash(previous?.hash ?? GENESIS, entry);
    insert.run(entry.id, e.registrationId, e.at, e.user, e.action, e.changes, e.warnings, hash);
    if (within) known = { id: entry.id, hash };
    return entry.id;
  };
  return Object.assign(append, {
    /** Runs `f` (inside a write transaction of the caller's) remembering the last entry between appends. */
    within<T>(f: () => T): T {
      within = true;
      known = undefined;
      try {
        return f();
      } finally {
        within = false;
        known = undefined;
      }
    },
  });
}

interface StoredEntry {
  id: number;
  registrationId: number;
  at: string;
  user: string;
  action: string;
  changes: Buffer;
  warnings: string | null;
  hash: string | null;
}

// The changes as the bytes stored: hashing them needs no decoding, which could differ from the text written.
const ENTRIES = `SELECT id, registration_id AS registrationId, at, user, action, CAST(changes AS BLOB) AS changes, warnings, hash
  FROM audit_log WHERE id > ? ORDER BY id LIMIT ?`;

export interface ChainReport {
  /** How many entries were checked. */
  checked: number;
  /** The last entry checked and its hash (note it: a later chain must still pass through it). */
  head?: { id: number; hash: string };
  /** The first entry where the chain breaks, and what is wrong with it (in English, and as words of the catalogue). */
  broken?: { id: number; detail: string; says: Words };
}

const named = (e: StoredEntry) =>
  w('integrity.chainEntry', { id: e.id, action: e.action, registration: e.registrationId, user: e.user, at: e.at });

/**
 * Recomputes the chain in id order and stops at the first entry that does not follow from the one
 * before: no hash, an id skipped (an entry taken out), or a hash that is not the hash of its
 * content (the entry, or one before it, was rewritten). `after` starts at the entry following that
 * id, trusting the stored hash of that one (a quick check of the newest entries).
 */
export function verifyChain(db: Db, options: { after?: number } = {}): ChainReport {
  const page = db.prepare(ENTRIES);
  let previous = { id: 0, hash: GENESIS };
  if (options.after) {
    const start = db.prepare('SELECT id, hash FROM audit_log WHERE id <= ? ORDER BY id DESC LIMIT 1').get(options.after) as
      { id: number; hash: string | null } | undefined;
    if (start) previous = { id: start.id, hash: start.hash ?? GENESIS };
  }
  let checked = 0;
  for (;;) {
    const rows = page.all(previous.id, 5000) as StoredEntry[];
    if (!rows.length) break;
    for (const e of rows) {
      const report = (says: Words): ChainReport => ({
        checked,
        ...(checked ? { head: previous } : {}),
        broken: { id: e.id, detail: english(says), says },
      });
      if (e.id !== previous.id + 1)
        return report(
          e.id === previous.id + 2
            ? w('integrity.chainMissingOne', { missing: previous.id + 1, entry: named(e) })
            : w('integrity.chainMissingMany', { from: previous.id + 1, to: e.id - 1, entry: named(e) }),
        );
      if (!e.hash) return report(w('integrity.chainNoHash', { entry: named(e) }));
      if (entryHash(previous.hash, e) !== e.hash) return report(w('integrity.chainMismatch', { entry: named(e) }));
      previous = { id: e.id, hash: e.hash };
      checked++;
    }
  }
  return { checked, ...(checked ? { head: previous } : {}) };
}

/** The newest entry and its hash: noted somewhere else, it shows later whether the chain was rewritten wholesale. */
export function chainHead(db: Db): { id: number; hash: string | null } | undefined {
  return db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string | null } | undefined;
}

/**
 * Chains the entries of a database written before the chain existed, in id order (migration 10).
 * The append-only trigger is lifted for this alone and put back as it was.
 */
export function chainExistingEntries(db: Db): void {
  const trigger = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_log_no_update'`).pluck().get() as
    string | undefined;
  if (trigger) db.exec('DROP TRIGGER audit_log_no_update');
  const page = db.prepare(ENTRIES);
  const set = db.prepare('UPDATE audit_log SET hash = ? WHERE id = ?');
  let previous = { id: 0, hash: GENESIS };
  for (;;) {
    const rows = page.all(previous.id, 5000) as StoredEntry[];
    if (!rows.length) break;
    for (const e of rows) {
      previous = { id: e.id, hash: entryHash(previous.hash, e) };
      set.run(previous.hash, e.id);
    }
  }
  if (trigger) db.exec(trigger);
}
