/**
 * A save someone waits for (store/database.ts, promptly): it asks for the write lock every
 * millisecond while another connection holds it, gives up with SQLite's own "locked" error once
 * the busy timeout is over, runs nothing of its work meanwhile, and leaves the connection's busy
 * timeout as it found it. Inside a transaction it is a savepoint. How much sooner it gets the lock
 * than SQLite's busy handler would is measured by `npm run bench` (bench/load.mjs), not here.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, promptly, type Db } from '../../src/store/index.js';
import { tempDbPath } from '../helpers/db.js';

const open: Database.Database[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function twoConnections(busyTimeoutMs: number) {
  const path = tempDbPath();
  const db = openDatabase(path, { busyTimeoutMs });
  db.exec('CREATE TABLE saves (what TEXT)');
  const other = new Database(path);
  open.push(db, other);
  return { db, other };
}

const saves = (db: Db) => db.prepare('SELECT what FROM saves ORDER BY rowid').pluck().all();

describe('a save someone waits for', () => {
  test('is written at once when nobody else writes, and the busy timeout stays what it was', () => {
    const { db } = twoConnections(3000);
    const id = promptly(db, () => db.prepare("INSERT INTO saves VALUES ('answer')").run().lastInsertRowid);
    expect(id).toBe(1);
    expect(saves(db)).toEqual(['answer']);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(3000);
  });

  test('while another process holds the lock past the busy timeout: refused as locked, nothing of it run, the timeout kept', () => {
    const { db, other } = twoConnections(50);
    other.prepare('BEGIN IMMEDIATE').run();
    let ran = 0;
    expect(() =>
      promptly(db, () => {
        ran++;
        db.prepare("INSERT INTO saves VALUES ('answer')").run();
      }),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    expect(ran).toBe(0);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(50);
    other.prepare('COMMIT').run();

    // Once the other has committed, the same save goes through.
    promptly(db, () => db.prepare("INSERT INTO saves VALUES ('answer')").run());
    expect(saves(db)).toEqual(['answer']);
  });

  test('a refusal inside its work is the work’s: rolled back, not tried again', () => {
    const { db } = twoConnections(1000);
    let ran = 0;
    expect(() =>
      promptly(db, () => {
        ran++;
        db.prepare("INSERT INTO saves VALUES ('half')").run();
        throw new Error('changed by someone else');
      }),
    ).toThrow('changed by someone else');
    expect(ran).toBe(1);
    expect(saves(db)).toEqual([]);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1000);
  });

  test('inside a transaction it is a savepoint: its failure undoes only itself', () => {
    const { db } = twoConnections(1000);
    db.transaction(() => {
      db.prepare("INSERT INTO saves VALUES ('outer')").run();
      expect(() =>
        promptly(db, () => {
          db.prepare("INSERT INTO saves VALUES ('inner')").run();
          throw new Error('refused');
        }),
      ).toThrow('refused');
      promptly(db, () => db.prepare("INSERT INTO saves VALUES ('second')").run());
    }).immediate();
    expect(saves(db)).toEqual(['outer', 'second']);
  });
});
