/** Where the database lives, who the user is, and which language to speak: shared by every command. */
import envPaths from 'env-paths';
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { LANGS, type Lang } from '../registry/index.js';
import { openDatabase, createRegistrationStore, type Db, type RegistrationStore } from '../store/index.js';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A usage or environment error: the CLI prints its message (one sentence) and exits 2. */
export class UsageError extends Error {}

export interface GlobalOptions { db?: string; lang?: string }

/** The user's data directory (e.g. ~/.local/share/angio), created on first use. */
export function defaultDatabasePath(): string {
  const dir = envPaths('angio', { suffix: '' }).data;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return join(dir, 'angio.db');
}

/** --db, then ANGIO_DB, then the user's data directory. */
export function databasePath(o: GlobalOptions): string {
  return o.db ?? process.env.ANGIO_DB ?? defaultDatabasePath();
}

/** The operating-system account running angio (ANGIO_USER overrides it for scripts and tests). */
export function currentUser(): string {
  return process.env.ANGIO_USER || userInfo().username;
}

export function languageOf(o: GlobalOptions): Lang {
  const l = (o.lang ?? process.env.ANGIO_LANG ?? 'en').toLowerCase();
  if (!(LANGS as readonly string[]).includes(l)) throw new UsageError(`Unknown language "${l}": use en, nl or fr.`);
  return l as Lang;
}

export interface Session { db: Db; store: RegistrationStore; user: string; lang: Lang; close: () => void }

export function openSession(o: GlobalOptions, { mustExist = false } = {}): Session {
  const db = openDatabase(databasePath(o), { mustExist });
  return { db, store: createRegistrationStore(db), user: currentUser(), lang: languageOf(o), close: () => db.close() };
}
