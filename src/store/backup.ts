/**
 * A consistent copy of a database that others go on writing (docs/server.md#backups-and-restore).
 *
 * SQLite's online backup API copies the pages of the live file into another; here all of them in
 * one step, which reads them inside one read transaction: the copy is the database as it was at
 * one moment, holding every transaction committed before it and none after. With WAL a reader does
 * not stop writers, so staff keep working while it runs. Copied in several small steps instead, a
 * write by another process between two steps restarts the copy from the first page, and on a busy
 * server it might never finish.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Db } from './database.js';

/** Every page in one step (SQLite copies at most this many; a database has far fewer). */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the database `db` into `destination`, a new empty file (or one to be overwritten) that
 * nobody else has open. Returns the number of pages copied and their size.
 */
export async function copyDatabase(db: Db, destination: string): Promise<{ pages: number; bytes: number }> {
  // better-sqlite3's first step copies nothing and asks the callback how many pages to copy next.
  const { totalPages } = await db.backup(destination, { progress: () => ALL_PAGES });
  return { pages: totalPages, bytes: totalPages * (db.pragma('page_size', { simple: true }) as number) };
}

/** A path with its folder's links resolved, so that two names of one place compare equal. */
export function canonicalPath(path: string): string {
  const absolute = resolve(path);
  try {
    return join(realpathSync(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}

/**
 * The files a live database consists of: the database itself and the journal, write-ahead log
 * and shared-memory files SQLite keeps beside it. Writing over any of them would damage it.
 */
export function liveFilesOf(db: Db): string[] {
  if (db.memory) return [];
  const main = canonicalPath(db.name);
  return [main, `${main}-wal`, `${main}-shm`, `${main}-journal`];
}

/** Whether two paths name the same existing file (the same inode: a hard link counts). */
export function isSameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
