/**
 * Upgrades (docs/server.md#upgrades): a database written by an older angio is brought to
 * the current schema with nothing lost, one migration per transaction; one written by a newer
 * angio is refused and left as it was.
 *
 * The fixture test/fixtures/schema-8.sql is a database written by angio at database schema 8
 * (test/fixtures/make-schema-8.mjs says how it was made): 300 registrations of all five types,
 * Open, Sent and Deleted, corrections resubmitted, one in progress and one discarded, outbox items
 * delivered, failed and waiting, users of every role, an API token, remembered answers and
 * reference lists; its pseudonyms made with test/fixtures/schema-8.secret.
 */
import { chmodSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { DatabaseError, latestSchemaVersion, openDatabase, schemaVersionOf } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { hmacPseudonymiser, readSecret } from '../../src/transmit/index.js';
import { formOf } from '../../src/registry/index.js';
import { hasErrors, readinessProblems } from '../../src/validation/index.js';
import { angio } from '../helpers/cli.js';
import { freshCore, tempDir } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';

const FIXTURE = new URL('../fixtures/schema-8.sql', import.meta.url);
const SECRET = new URL('../fixtures/schema-8.secret', import.meta.url);
const TABLES = [
  'registrations',
  'audit_log',
  'outbox',
  'users',
  'api_tokens',
  'user_answers',
  'reference_lists',
  'reference_entries',
  'registration_counts',
  'schema_migrations',
];

/** The fixture as the installation it was: the database and its secret in a folder of their own. */
function oldInstallation() {
  const dir = tempDir();
  const path = join(dir, 'angio.db');
  const db = new Database(path);
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.exec(readFileSync(FIXTURE, 'utf8'));
  db.close();
  chmodSync(path, 0o600);
  copyFileSync(SECRET, join(dir, 'angio.secret'));
  chmodSync(join(dir, 'angio.secret'), 0o600);
  return { dir, path };
}

/** Every row of every table the old schema had, by the columns it had. */
function snapshot(path: string, columnsOf?: Map<string, string[]>) {
  const db = new Database(path, { readonly: true });
  try {
    const columns = new Map<string, string[]>();
    const rows = new Map<string, unknown[]>();
    for (const table of TABLES) {
      const cols = columnsOf?.get(table) ?? (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      columns.set(table, cols);
      rows.set(
        table,
        db
          .prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM ${table} ORDER BY 1, 2`)
          .raw()
          .all(),
      );
    }
    return { columns, rows };
  } finally {
    db.close();
  }
}

const env = (dir: string, path: string) => ({ ANGIO_DB: path, ANGIO_USER: 'tester', ANGIO_CONFIG_DIR: join(dir, 'config') });

describe('upgrading a database written by an older angio', () => {
  test('every registration, answer, status, code, audit entry, outbox item and user is still there and equal, and doctor --full passes', () => {
    const { dir, path } = oldInstallation();
    const before = snapshot(path);
    const count = (table: string) => before.rows.get(table)!.length;
    const old = new Database(path, { readonly: true });
    expect(schemaVersionOf(old)).toBe(8);
    old.close();
    expect(count('registrations')).toBe(300);
    expect(count('outbox')).toBeGreaterThan(100);

    const db = openDatabase(path);
    expect(schemaVersionOf(db)).toBe(latestSchemaVersion());
    const applied = db.prepare('SELECT version FROM schema_migrations WHERE version > 8 ORDER BY version').pluck().all();
    expect(applied).toEqual(MIGRATIONS.filter((m) => m.version > 8).map((m) => m.version));
    // What the new migrations add is there for the old rows: the quality facts of each registration
    // not deleted (a deleted one counts nowhere), each audit entry's hash.
    expect(db.prepare('SELECT count(*) FROM registration_facts').pluck().get()).toBe(
      db.prepare(`SELECT count(*) FROM registrations WHERE status != 'deleted'`).pluck().get(),
    );
    expect(db.prepare(`SELECT count(*) FROM registrations WHERE status = 'deleted'`).pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL').pluck().get()).toBe(0);
    db.close();

    const after = snapshot(path, before.columns);
    for (const table of TABLES.filter((t) => t !== 'schema_migrations'))
      expect(after.rows.get(table), table).toEqual(before.rows.get(table));
    expectEach(
      before.rows.get('schema_migrations')!,
      (m) => after.rows.get('schema_migrations')!.some((n) => JSON.stringify(n) === JSON.stringify(m)),
      'migration applied before',
    );

    // The failed deliveries stay failed through the upgrade; once queued again, nothing is left to fix.
    const failed = angio(['outbox', 'list', '--failed', '--json'], env(dir, path));
    expect(failed.code).toBe(0);
    expect((JSON.parse(failed.stdout) as unknown[]).length).toBe(6);
    expect(angio(['outbox', 'retry', '--failed'], env(dir, path)).code).toBe(0);
    const doctor = angio(['doctor', '--full'], env(dir, path));
    expect(doctor.stdout).not.toMatch(/FAIL/);
    expect(doctor.stdout).toMatch(
      /ok {4}integrity: SQLite integrity check passed; every registration consistent with audit log and outbox/,
    );
    expect(doctor.stdout).toMatch(/ok {4}audit chain: every entry is chained/);
    expect(doctor.code).toBe(0);
  }, 60_000);

  test('afterwards an Open registration is edited and sent, and a Sent one corrected and resubmitted, with the installation’s secret', () => {
    const { dir, path } = oldInstallation();
    const secret = readSecret(join(dir, 'angio.secret'));
    if (secret.state !== 'present') throw new Error('the fixture secret is not readable');
    const { core, ops } = freshCore({ path, storedUsers: true, pseudonymiser: hmacPseudonymiser(secret.secret) });
    const rows = (sql: string) => core.db.prepare(sql).all() as { id: number; rowVersion: number }[];

    const open = rows(`SELECT id, row_version AS rowVersion FROM registrations WHERE status = 'open' AND type = 'P' ORDER BY id`);
    // The first that today's rules find ready to send (the fixture's complete ones were complete by the rules of their day).
    const sendable = open.find((r) => {
      const reg = core.store.mustGet(r.id);
      return !hasErrors(
        readinessProblems(formOf(reg.type, reg.formVersion), reg.data, { lists: core.store.lists, today: core.clock.today() }),
      );
    });
    if (!sendable) throw new Error('the fixture has no Open P ready to send');
    const edited = ops.confirmAnswer('doc', { id: sendable.id, rowVersion: sendable.rowVersion, changes: { MS_PAT_WGHT: 83 } });
    expect(edited.registration).toMatchObject({ status: 'open', data: { MS_PAT_WGHT: 83 } });
    const sent = ops.sendRegistration('doc', { id: sendable.id });
    expect(sent).toMatchObject({ ok: true, registration: { status: 'sent', data: { MS_PAT_WGHT: 83 } } });
    expect(core.outbox.ofRegistration(sendable.id).length).toBeGreaterThan(0);

    const [old] = rows(`SELECT id, row_version AS rowVersion FROM registrations WHERE status = 'sent' AND type = 'FP' ORDER BY id LIMIT 1`);
    const correcting = ops.startCorrection('doc', { id: old!.id });
    ops.confirmAnswer('doc', { id: old!.id, rowVersion: correcting.rowVersion, changes: { MS_PAT_WGHT: 64 } });
    expect(ops.resubmitCorrection('doc', { id: old!.id, reason: 'weight' })).toMatchObject({ ok: true });
    core.db.close();

    const doctor = angio(['doctor', '--full', '--json'], env(dir, path));
    const findings = JSON.parse(doctor.stdout) as { level: string; check: string }[];
    expect(findings.filter((f) => f.level === 'fail').map((f) => f.check)).toEqual(['outbox']); // the fixture's six failed deliveries
  }, 60_000);

  test('each migration is one transaction: one that fails leaves the database at the one before, with nothing of it written', () => {
    const { path } = oldInstallation();
    const failing = {
      version: latestSchemaVersion() + 1,
      name: 'fails half-way',
      sql: 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);',
    };
    MIGRATIONS.push(failing);
    try {
      expect(() => openDatabase(path)).toThrow(/no such table: no_such_table/);
    } finally {
      MIGRATIONS.pop();
    }
    const db = new Database(path, { readonly: true });
    expect(schemaVersionOf(db)).toBe(failing.version - 1);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'half_done'`).pluck().get()).toBe(0);
    db.close();
    const reopened = openDatabase(path);
    expect(schemaVersionOf(reopened)).toBe(latestSchemaVersion());
    reopened.close();
  });

  test('a database written by a newer angio is refused with one sentence, and not changed', () => {
    const { path } = oldInstallation();
    openDatabase(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from a newer angio', '2027-01-01')").run(
      latestSchemaVersion() + 1,
    );
    db.close();
    const bytes = readFileSync(path);
    let refused: unknown;
    try {
      openDatabase(path).close();
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(DatabaseError);
    expect((refused as DatabaseError).message).toBe(
      `${path} was written by a newer angio (database schema ${latestSchemaVersion() + 1}; this angio knows up to ${latestSchemaVersion()}): use that version of angio or a newer one. Nothing was changed.`,
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
