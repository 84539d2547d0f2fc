import { statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { DatabaseError, openDatabase, StoreError, ValidationFailed } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { completeP } from '../helpers/fixtures.js';
import { freshStore, tempDbPath } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';

describe('opening the database', () => {
  test('a new file is created with mode 0600, WAL and foreign keys on, migrations recorded', () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
    // reopening applies nothing twice
    openDatabase(path).close();
  });

  test('an older database is brought up to date, its outbox items kept (migration 8 rebuilds the outbox)', () => {
    const path = tempDbPath();
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version < 8)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    old.exec(`INSERT INTO registrations (type, form_version, status, data, registration_code, submissions, created_at, created_by, updated_at, updated_by, delivery)
      VALUES ('P', '2', 'sent', '{}', 'AG-0000-0001-1', 1, 'then', 'a', 'then', 'a', 'failed');
      INSERT INTO outbox (registration_id, destination, kind, idempotency_key, payload, status, attempts, last_error, next_attempt_at, created_at)
      VALUES (1, 'healthdata', 'registration', 'AG-0000-0001-1/healthdata/1', '{"a":1}', 'failed', 3, 'refused', 'later', 'then');`);
    old.close();
    const db = openDatabase(path);
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT id, registration_id, idempotency_key, payload, status, attempts, last_error FROM outbox').all()).toEqual([
      {
        id: 1,
        registration_id: 1,
        idempotency_key: 'AG-0000-0001-1/healthdata/1',
        payload: '{"a":1}',
        status: 'failed',
        attempts: 3,
        last_error: 'refused',
      },
    ]);
    const again = db.prepare(`INSERT INTO outbox (registration_id, destination, kind, idempotency_key, payload, next_attempt_at, created_at)
      VALUES (1, 'healthdata', 'registration', 'AG-0000-0001-1/healthdata/1', '{}', 'now', 'now')`);
    expect(() => again.run()).toThrow(/UNIQUE/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  test('a missing file is refused when it must exist, with one sentence', () => {
    expect(() => openDatabase(tempDbPath(), { mustExist: true })).toThrow(/No database at .*: run "angio init" to create it/);
  });

  test('a file that is not a database gives one clear sentence', () => {
    const path = tempDbPath();
    writeFileSync(path, 'this is not sqlite, just some text that is long enough to look like a header'.repeat(20));
    const err = (() => {
      try {
        openDatabase(path);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DatabaseError);
    expect((err as DatabaseError).reason).toBe('corrupt');
  });
});

describe('registrations: create, save drafts, delete, history', () => {
  test('any partial record is saved as an Open draft, with an audit entry of what was set', () => {
    const { store } = freshStore();
    const r = store.create({ type: 'P', data: { DT_HOSPZ: '2026-03-10', MS_PAT_HGHT: 180 }, user: 'nurse' });
    expect(r).toMatchObject({
      status: 'open',
      formVersion: '2',
      keyDate: '2026-03-10',
      rowVersion: 1,
      createdBy: 'nurse',
      registrationCode: null,
    });
    expect(r.requiredFilled).toBe(2);
    const [entry] = store.history(r.id);
    expect(entry).toMatchObject({ action: 'create', user: 'nurse' });
    expect(entry!.changes).toEqual([
      { field: 'DT_HOSPZ', old: null, new: '2026-03-10' },
      { field: 'MS_PAT_HGHT', old: null, new: 180 },
      { field: 'CD_NIC_TPE', old: null, new: 'NI0001' },
    ]);
  });

  test('a save records old → new for each changed field and derives BMI', () => {
    const { store } = freshStore();
    const r = store.create({ type: 'P', data: { MS_PAT_HGHT: 180 }, user: 'nurse' });
    const saved = store.patch(r.id, { changes: { MS_PAT_WGHT: 81, MS_PAT_HGHT: 181 }, rowVersion: r.rowVersion, user: 'doctor' });
    expect(saved.data).toMatchObject({ MS_PAT_HGHT: 181, MS_PAT_WGHT: 81, MS_PAT_BMI: 24.7 });
    expect(saved.rowVersion).toBe(2);
    const last = store.history(r.id).at(-1)!;
    expect(last.user).toBe('doctor');
    expect(last.changes).toEqual(
      expect.arrayContaining([
        { field: 'MS_PAT_HGHT', old: 180, new: 181 },
        { field: 'MS_PAT_BMI', old: null, new: 24.7 },
      ]),
    );
  });

  test('invalid values are refused and nothing is written', () => {
    const { store } = freshStore();
    const r = store.create({ type: 'P', data: { MS_PAT_HGHT: 180 }, user: 'nurse' });
    const err = (() => {
      try {
        store.patch(r.id, { changes: { DT_HOSPZ: '31/02/2026', IDC_PAT: '85040216933' }, rowVersion: 1, user: 'nurse' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ValidationFailed);
    expect((err as ValidationFailed).problems.map((p) => p.code)).toEqual(['invalid_date', 'invalid_niss']);
    expect(store.mustGet(r.id)).toMatchObject({ rowVersion: 1, data: { MS_PAT_HGHT: 180 } });
    expect(store.history(r.id)).toHaveLength(1);
  });

  test('a save that lost a race with another writer is refused and overwrites nothing', () => {
    const { store } = freshStore();
    const r = store.create({ type: 'P', data: {}, user: 'a' });
    store.patch(r.id, { changes: { MS_PAT_HGHT: 170 }, rowVersion: r.rowVersion, user: 'a' });
    expect(() => store.patch(r.id, { changes: { MS_PAT_HGHT: 190 }, rowVersion: r.rowVersion, user: 'b' })).toThrow(
      /changed by someone else/,
    );
    expect(store.mustGet(r.id).data.MS_PAT_HGHT).toBe(170);
  });

  test('two connections to one file: the second writer is refused', () => {
    const path = tempDbPath();
    const one = freshStore(path).store;
    const two = freshStore(path).store;
    const r = one.create({ type: 'H', data: {}, user: 'a' });
    const seenByTwo = two.mustGet(r.id);
    one.patch(r.id, { changes: { DT_HOSPZ: '2026-01-01' }, rowVersion: r.rowVersion, user: 'a' });
    expect(() => two.patch(r.id, { changes: { DT_HOSPZ: '2026-01-02' }, rowVersion: seenByTwo.rowVersion, user: 'b' })).toThrow(StoreError);
    expect(one.mustGet(r.id).data.DT_HOSPZ).toBe('2026-01-01');
  });

  test('delete: Open → Deleted, kept with its history; a non-Open record cannot be deleted or edited', () => {
    const { store } = freshStore();
    const r = store.create({ type: 'P', data: completeP(), user: 'nurse' });
    const d = store.delete(r.id, { user: 'nurse' });
    expect(d.status).toBe('deleted');
    expect(store.history(r.id).map((h) => h.action)).toEqual(['create', 'delete']);
    expect(() => store.delete(r.id, { user: 'nurse' })).toThrow(/only an Open registration can be deleted/);
    expect(() => store.patch(r.id, { changes: { MS_PAT_HGHT: 150 }, rowVersion: d.rowVersion, user: 'nurse' })).toThrow(
      /can no longer be edited/,
    );
  });

  test('the audit log is append-only', () => {
    const { store, db } = freshStore();
    store.create({ type: 'H', data: {}, user: 'a' });
    expect(() => db.prepare("UPDATE audit_log SET user = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  test('a follow-up links to its P/FP hospitalisation, and only to one', () => {
    const { store } = freshStore();
    const p = store.create({ type: 'P', data: completeP(), user: 'a' });
    const h = store.create({ type: 'H', data: {}, user: 'a' });
    expect(store.create({ type: 'FU', parentId: p.id, data: {}, user: 'a' }).parentId).toBe(p.id);
    expect(() => store.create({ type: 'FU', parentId: h.id, data: {}, user: 'a' })).toThrow(/P or FP/);
    expect(() => store.create({ type: 'P', parentId: p.id, data: {}, user: 'a' })).toThrow(/Only a follow-up/);
  });

  test('an unknown form version is refused', () => {
    const { store } = freshStore();
    expect(() => store.create({ type: 'P', formVersion: '9', data: {}, user: 'a' })).toThrow(/does not exist/);
  });
});

describe('listing with filters and keyset paging', () => {
  function seeded() {
    const { store } = freshStore();
    for (let i = 0; i < 30; i++) {
      const type = (['P', 'H', 'FP'] as const)[i % 3];
      const r = store.create({ type, data: i === 7 ? { IDC_PAT: '85040216932' } : {}, user: 'a' });
      if (i % 10 === 9) store.delete(r.id, { user: 'a' });
    }
    return store;
  }

  test('newest first; Deleted hidden by default; counts per status', () => {
    const store = seeded();
    const rows = store.list({ limit: 100 });
    expect(rows).toHaveLength(27);
    expect(rows[0]!.id).toBeGreaterThan(rows[1]!.id);
    expect(store.list({ status: 'deleted' }).map((r) => r.id)).toEqual([30, 20, 10]);
    expect(store.list({ status: 'all', limit: 100 })).toHaveLength(30);
    expect(store.counts().byStatus).toEqual({ open: 27, sent: 0, deleted: 3 });
  });

  test('pages follow each other without gaps or overlaps, down and back up', () => {
    const store = seeded();
    const page1 = store.list({ limit: 10 });
    const page2 = store.list({ limit: 10, beforeId: page1.at(-1)!.id });
    expect(page2[0]!.id).toBeLessThan(page1.at(-1)!.id);
    const back = store.list({ limit: 10, afterId: page2[0]!.id });
    expect(back.map((r) => r.id)).toEqual(page1.map((r) => r.id));
  });

  test('type filter and search by NISS prefix or local id', () => {
    const store = seeded();
    expectEach(store.list({ type: 'H', limit: 100 }), (r) => r.type === 'H', 'listed row');
    expect(store.list({ search: '850402' }).map((r) => r.id)).toEqual([8]);
    expect(store.list({ search: '85.04.02-169' }).map((r) => r.id)).toEqual([8]);
    expect(store.list({ search: '12' }).map((r) => r.id)).toEqual([12]);
  });
});
