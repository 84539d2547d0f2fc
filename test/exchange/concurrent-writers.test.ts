/**
 * Another process writes to the database while a payload or an import is being written: the
 * write is never refused half-way for it. Both take the write lock before they read whether the
 * registration exists; otherwise the other process's commit between that read and their first
 * write would refuse them outright (SQLite gives a transaction whose snapshot went stale no
 * chance to wait): an API client got a 500, an import stopped with "database is locked".
 */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createApiServer } from '../../src/api/server.js';
import { exportColumns } from '../../src/exchange/export.js';
import { toCell } from '../../src/exchange/csv-cells.js';
import { importCsv } from '../../src/exchange/import.js';
import { createAccess, createTokens, type RegistrationStore } from '../../src/store/index.js';
import type { Data } from '../../src/validation/index.js';
import { freshCore, tempDbPath, tempDir } from '../helpers/db.js';
import { completeP } from '../helpers/fixtures.js';

const closing: (() => unknown)[] = [];
afterEach(async () => {
  while (closing.length) await closing.pop()!();
});

/**
 * A colleague's process on the same file, which tries to add a user (a write) at the moment the
 * store looks a registration up by its key, once: it does not wait for the lock (busy timeout 0),
 * so what it meets is recorded instead of hanging the test.
 */
function colleagueWritesDuringLookup(path: string, store: RegistrationStore) {
  const other = new Database(path);
  other.pragma('busy_timeout = 0');
  closing.push(() => other.close());
  const users = createAccess(other);
  const met: string[] = [];
  const lookUp = store.findByPatientAndDate.bind(store);
  store.findByPatientAndDate = (...args) => {
    const found = lookUp(...args);
    if (!met.length) {
      try {
        users.add('colleague', 'staff', 'boss');
        met.push('wrote');
      } catch (e) {
        met.push((e as { code?: string }).code ?? String(e));
      }
    }
    return found;
  };
  return { met, users };
}

describe('another process writes while a registration is written', () => {
  test('a complete registration posted to the API is sent; the other process waits for the lock, then writes', async () => {
    const path = tempDbPath();
    const { core, ops } = freshCore({ path, roles: { nurse: 'staff' } });
    closing.push(() => core.db.close());
    const tokens = createTokens(core.db, core.clock);
    const app = createApiServer({ core, ops, tokens, lang: 'en', version: 'test' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    closing.push(() => app.close());
    const colleague = colleagueWritesDuringLookup(path, core.store);

    const res = await fetch(`http://127.0.0.1:${(app.server.address() as { port: number }).port}/registrations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.create('nurse').token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'P', data: completeP() }),
    });

    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ outcome: 'sent', status: 'sent' });
    expect(colleague.met).toEqual(['SQLITE_BUSY']);
    colleague.users.add('colleague', 'staff', 'boss');
    expect(core.users.roleOf('colleague')).toBe('staff');
  });

  test('an import writes every row; the other process waits for the lock, then writes', async () => {
    const path = tempDbPath();
    const { core } = freshCore({ path, roles: { importer: 'staff' } });
    closing.push(() => core.db.close());
    const file = join(tempDir(), 'p.csv');
    writeFileSync(file, csvOf([completeP(), { ...completeP(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18', CD_PAT_SEX: 'M' }]));
    const colleague = colleagueWritesDuringLookup(path, core.store);

    const report = await importCsv(
      { ...core, user: 'importer', lang: 'en', defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' } },
      file,
      { type: 'P', mode: 'valid-only' },
    );

    expect(report.counts).toEqual({ sent: 2 });
    expect(colleague.met).toEqual(['SQLITE_BUSY']);
    colleague.users.add('colleague', 'staff', 'boss');
    expect(core.users.roleOf('colleague')).toBe('staff');
  });
});

/** Registrations as the lines of an HD4DP CSV file of P registrations (as `angio export --local` writes them). */
function csvOf(rows: Data[]): string {
  const columns = exportColumns('P', { local: true });
  return [columns.map((f) => f.id).join(';'), ...rows.map((d) => columns.map((f) => toCell(f, d[f.id])).join(';'))].join('\n') + '\n';
}
