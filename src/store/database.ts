/**
 * Opens (and creates on first use) the SQLite database: WAL, foreign keys, a busy timeout, file
 * mode 0600 for a new file (it holds national numbers and health data), migrations applied.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, NewerSchema } from './migrations.js';

export type Db = Database.Database;

/**
 * What a door needs to say a database problem in the user's language (session/database-problem.ts):
 * the file, why it cannot be written, and for a newer database the two schema versions.
 */
export interface DatabaseErrorDetails {
  path?: string | undefined;
  /** Why an 'unwritable' database cannot be written. */
  why?: 'no-folder' | 'disk-full' | 'permissions';
  /** The schema a newer angio wrote, and the latest this angio knows ('newer'). */
  found?: number;
  latest?: number;
}

/** A problem with the database file that the user can act on; the message is one sentence, in English. */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly reason: 'missing' | 'locked' | 'corrupt' | 'unwritable' | 'newer',
    readonly details: DatabaseErrorDetails = {},
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

export interface OpenOptions {
  /** Refuse to create a missing file (read-only commands). */
  mustExist?: boolean;
  readonly?: boolean;
  /** How long to wait for another writer before giving up (default 5 s). */
  busyTimeoutMs?: number;
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const isMemory = path === ':memory:';
  let isNew = false;
  if (!isMemory && !existsSync(path)) {
    isNew = true;
    if (options.mustExist) {
      throw new DatabaseError(`No database at ${path}: run "angio init" to create it (it makes you its admin).`, 'missing', { path });
    }
    if (!existsSync(dirname(path))) {
      throw new DatabaseError(`Cannot create the database ${path}: the folder ${dirname(path)} does not exist.`, 'unwritable', {
        path,
        why: 'no-folder',
      });
    }
    // Create the file ourselves so it never exists with looser permissions (SQLite's -wal and
    // -shm files copy the main file's mode).
    closeSync(openSync(path, 'wx', 0o600));
  }
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: !isMemory });
    const patience = Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000));
    db.pragma(`busy_timeout = ${patience}`);
    busyTimeouts.set(db, patience);
    // Registrations are rows of 1-3 KB: 16 KB pages hold several, which keeps a large database much
    // smaller than 4 KB pages would (docs/decisions.md#sqlite-with-wal-16-kb-pages-and-0600-files).
    // Only a new, empty file can change it.
    if (isNew) db.pragma('page_size = 16384');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    // Statement journals (a write with a trigger inside a larger transaction keeps one, a copy of
    // every 16 KB page it touches) stay in memory instead of a temporary file, whose writes would
    // be a noticeable share of the cost of writing each sent registration.
    db.pragma('temp_store = MEMORY');
    if (!options.readonly) migrate(db);
    else db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    db?.close();
    throw explain(e, path);
  }
  return db;
}

const busyTimeouts = new WeakMap<Db, number>();

/**
 * Runs `work` in a write transaction (BEGIN IMMEDIATE) that someone at a screen is waiting for.
 * SQLite lets one connection write at a time; one that finds the lock taken is put to sleep by
 * SQLite's busy handler for ever longer spells until the busy timeout. Behind an import or a
 * delivery run, which leave the lock free only for a moment between their transactions, such a
 * writer keeps waking too late and can wait for seconds. This
 * one asks for the lock every millisecond instead, for as long as the busy timeout, and gets it at
 * the background writer's next pause; background writers keep SQLite's backoff and so give way
 * (docs/decisions.md#a-save-someone-waits-for-goes-first). Inside a transaction, a savepoint.
 */
export function promptly<T>(db: Db, work: () => T): T {
  if (db.inTransaction) return db.transaction(work)();
  const patience = busyTimeouts.get(db) ?? 5000;
  let began = false;
  const run = db.transaction(() => {
    // In: the statements of the work wait for other connections as usual (they rarely must).
    db.pragma(`busy_timeout = ${patience}`);
    began = true;
    return work();
  });
  const until = Date.now() + patience;
  try {
    for (;;) {
      // A busy timeout of 1 ms: SQLite tries, sleeps 1 ms, tries again, then gives up.
      db.pragma('busy_timeout = 1');
      try {
        return run.immediate();
      } catch (e) {
        const busy = String((e as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY');
        if (began || !busy || Date.now() >= until) throw e;
      }
    }
  } finally {
    if (!began) db.pragma(`busy_timeout = ${patience}`);
  }
}

/** Turns SQLite's errors about the file into one clear sentence. */
export function explain(e: unknown, path?: string): Error {
  if (e instanceof DatabaseError) return e;
  if (e instanceof NewerSchema)
    return new DatabaseError(
      `${path ?? 'The database'} was ${e.message}: use that version of angio or a newer one. Nothing was changed.`,
      'newer',
      { path, found: e.found, latest: e.latest },
    );
  const code = (e as { code?: string }).code ?? '';
  const db = path ? `The database ${path}` : 'The database';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new DatabaseError(`${path ?? 'The database'} is not a readable angio database (damaged, or another kind of file).`, 'corrupt', {
      path,
    });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseError(`${db} is locked by another program; try again in a moment.`, 'locked', { path });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_FULL') {
    return new DatabaseError(
      code === 'SQLITE_FULL' ? `${db} cannot grow: the disk is full.` : `${db} cannot be written (permissions?).`,
      'unwritable',
      { path, why: code === 'SQLITE_FULL' ? 'disk-full' : 'permissions' },
    );
  }
  return e instanceof Error ? e : new Error(String(e));
}

/** JSON as text, or as its UTF-8 bytes (a bulk import hands them over undecoded); stored as text either way. */
export type Json = string | Uint8Array;

export const jsonText = (json: Json): string =>
  typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8');
