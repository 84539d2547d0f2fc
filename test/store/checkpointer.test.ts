import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openDatabase, startCheckpointer } from '../../src/store/index.js';
import { tempDbPath } from '../helpers/db.js';

/** 40 commits of 50 rows of 4 KB each: about 13 pages per commit. */
async function bulkWrite(path: string, walLimit?: number) {
  const db = openDatabase(path);
  db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const before = statSync(path).size;
  const insert = db.prepare('INSERT INTO bulk (body) VALUES (?)');
  const checkpoints = startCheckpointer(db, walLimit === undefined ? {} : { walLimit })!;
  expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
  for (let c = 0; c < 40; c++) {
    db.transaction(() => {
      for (let i = 0; i < 50; i++) insert.run('x'.repeat(4000));
    })();
    checkpoints.afterCommit();
  }
  await checkpoints.close();
  return { db, grown: statSync(path).size - before };
}

describe('checkpoints of a bulk write, in another thread', () => {
  test('leave every row in place and give SQLite its own checkpoints back', async () => {
    const path = tempDbPath();
    const { db, grown } = await bulkWrite(path);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(db.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(2000);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The other thread copied the WAL into the database file: at least the commits written before
    // its first checkpoint, which close() waited for (the WAL itself is never copied by the writer).
    expect(grown).toBeGreaterThan(50 * 4000);
  });

  test('when they fall behind the writer, the writer catches up itself and the WAL stays bounded', async () => {
    const path = tempDbPath();
    const { db } = await bulkWrite(path, 1);
    // Without resets the WAL would hold all ~520 pages written (8.5 MB); it was started over.
    expect(statSync(`${path}-wal`).size).toBeLessThan(200 * 16_400);
    expect(db.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(2000);
  });

  test('are not started for a database in memory', () => {
    expect(startCheckpointer(openDatabase(':memory:'))).toBeUndefined();
  });
});
