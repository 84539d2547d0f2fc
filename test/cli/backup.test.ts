/**
 * Backups and restore (docs/server.md#backups-and-restore), on the built binary: an admin backs up
 * while a colleague keeps encoding, the copy holds everything committed before it began and
 * passes `angio doctor --full`; the copy and its secret put in place of a lost installation give
 * back every registration, the same pseudonyms and the audit chain; a copy never lands on the live
 * database, its files or another installation's secret.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { readSecret, hmacPseudonymiser } from '../../src/transmit/index.js';
import { angio, angioAsync } from '../helpers/cli.js';
import { freshCore, tempDir } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';
import { completeH, completeP } from '../helpers/fixtures.js';

const WORKER = fileURLToPath(new URL('../helpers/create-worker.mjs', import.meta.url));
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** Everything a registration is, as stored. */
function registrations(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare('SELECT id, type, status, data, registration_code, business_key, row_version, updated_at FROM registrations ORDER BY id')
      .all() as { id: number; data: string }[];
  } finally {
    db.close();
  }
}

function rows(path: string, sql: string) {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

/** An installation as `angio init` leaves it (its admin "tester", a random secret), with Open, Sent and corrected registrations. */
function installation(dir: string) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'angio.db');
  const { core, ops } = freshCore({
    path,
    roles: { tester: 'admin', nurse: 'staff' },
    pseudonymiser: hmacPseudonymiser(randomBytes(32)),
  });
  ops.createRegistration('tester', { type: 'H', data: completeH() });
  const sent = ops.createRegistration('tester', { type: 'P', data: completeP() });
  ops.sendRegistration('tester', { id: sent.id });
  const corrected = ops.createRegistration('tester', {
    type: 'P',
    data: { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' },
  });
  ops.sendRegistration('tester', { id: corrected.id });
  const c = ops.startCorrection('tester', { id: corrected.id });
  ops.confirmAnswer('tester', { id: corrected.id, rowVersion: c.rowVersion, changes: { MS_PAT_WGHT: 91 } });
  ops.resubmitCorrection('tester', { id: corrected.id });
  core.db.close();
  return { path, sentId: sent.id };
}

const env = (dir: string) => ({ ANGIO_USER: 'tester', ANGIO_CONFIG_DIR: join(dir, 'config') });

describe('angio backup', () => {
  test('an admin backs up while a colleague keeps encoding: the copy holds every registration committed before it began, and doctor --full passes on it', async () => {
    const dir = tempDir();
    const { path } = installation(join(dir, 'live'));
    mkdirSync(join(dir, 'backups'));
    const copy = join(dir, 'backups', 'angio-monday.db');

    const colleague = spawn(process.execPath, [WORKER, path, JSON.stringify({ ...completeP(), DT_HOSPZ: '2026-04-01' })], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => colleague.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      colleague.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      colleague.on('exit', () => reject(new Error('the colleague stopped before writing')));
    });
    const committedBefore = registrations(path);

    const r = await angioAsync(['backup', copy, '--json'], { ...env(dir), ANGIO_DB: path });
    colleague.kill('SIGKILL');
    await exited;

    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const outcome = JSON.parse(r.stdout) as {
      file: string;
      secretFile: string;
      secret: string;
      registrations: number;
      problems: unknown[];
    };
    expect(outcome).toMatchObject({ file: copy, secretFile: join(dir, 'backups', 'angio.secret'), secret: 'written', problems: [] });
    // Every registration committed before the backup began is in the copy, as it was.
    const copied = new Map(registrations(copy).map((x) => [x.id, x]));
    expectEach(committedBefore, (x) => isDeepStrictEqual(copied.get(x.id), x), 'registration committed before');
    expect(outcome.registrations).toBe(copied.size);
    // The colleague went on writing meanwhile; the copy is one moment of it, whole.
    expect(registrations(path).length).toBeGreaterThan(committedBefore.length);
    expect(mode(copy)).toBe('600');
    expect(mode(outcome.secretFile)).toBe('600');
    expect(readFileSync(outcome.secretFile, 'utf8')).toBe(readFileSync(join(dir, 'live', 'angio.secret'), 'utf8'));

    const doctor = angio(['doctor', '--full', '--db', copy], env(dir));
    expect(doctor.stdout).not.toMatch(/FAIL/);
    expect(doctor.stdout).toMatch(/ok {4}integrity: SQLite integrity check passed; every registration consistent/);
    expect(doctor.code).toBe(0);
  }, 120_000);

  test('restoring: the copy and its secret put in place of a lost installation give back every registration, the same pseudonyms and the audit chain', () => {
    const dir = tempDir();
    const { path, sentId } = installation(join(dir, 'live'));
    const copy = join(dir, 'backups', 'angio-2026-11-26.db');
    mkdirSync(join(dir, 'backups'));
    expect(angio(['backup', copy], { ...env(dir), ANGIO_DB: path }).code).toBe(0);
    const before = {
      registrations: registrations(path),
      audit: rows(path, 'SELECT * FROM audit_log ORDER BY id'),
      outbox: rows(path, 'SELECT id, registration_id, destination, kind, idempotency_key, payload, status FROM outbox ORDER BY id'),
      users: rows(path, 'SELECT * FROM users ORDER BY name'),
    };
    // The server is lost.
    rmSync(join(dir, 'live'), { recursive: true });

    // The restore as docs/server.md#backups-and-restore says: both files into the data folder, 0600.
    const server = join(dir, 'new-server');
    mkdirSync(server, { mode: 0o700 });
    const restored = join(server, 'angio.db');
    copyFileSync(copy, restored);
    copyFileSync(join(dir, 'backups', 'angio.secret'), join(server, 'angio.secret'));
    chmodSync(restored, 0o600);
    chmodSync(join(server, 'angio.secret'), 0o600);

    const doctor = angio(['doctor', '--full'], { ...env(dir), ANGIO_DB: restored });
    expect(doctor.stdout).not.toMatch(/FAIL/);
    expect(doctor.code).toBe(0);
    const head = before.audit.at(-1) as { id: number; hash: string };
    expect(doctor.stdout).toContain(`every entry is chained; head #${head.id} ${head.hash}`);
    expect(registrations(restored)).toEqual(before.registrations);
    expect(rows(restored, 'SELECT * FROM audit_log ORDER BY id')).toEqual(before.audit);
    expect(
      rows(restored, 'SELECT id, registration_id, destination, kind, idempotency_key, payload, status FROM outbox ORDER BY id'),
    ).toEqual(before.outbox);
    expect(rows(restored, 'SELECT * FROM users ORDER BY name')).toEqual(before.users);

    // The same patient sent again from the restored installation gets the same pseudonym.
    const secret = readSecret(join(server, 'angio.secret'));
    if (secret.state !== 'present') throw new Error('the restored secret is not readable');
    const { core, ops } = freshCore({ path: restored, storedUsers: true, pseudonymiser: hmacPseudonymiser(secret.secret) });
    const again = ops.createRegistration('tester', { type: 'P', data: { ...completeP(), DT_HOSPZ: '2026-03-11', DT_PCI_1: '2026-03-11' } });
    expect(ops.sendRegistration('tester', { id: again.id })).toMatchObject({ ok: true });
    const pseudonymOf = (id: number) =>
      core.outbox
        .ofRegistration(id)
        .filter((i) => i.destination === 'healthdata')
        .map((i) => (JSON.parse(i.payload) as { patientPseudonym: string }).patientPseudonym);
    expect(pseudonymOf(sentId)).toHaveLength(1);
    expect(pseudonymOf(again.id)).toEqual(pseudonymOf(sentId));
    core.db.close();
  }, 60_000);

  test('a copy never lands on the live database or its files, an existing file without --force, or another installation’s secret', () => {
    const dir = tempDir();
    const live = join(dir, 'live');
    const { path } = installation(live);
    const run = (...args: string[]) => angio(['backup', ...args], { ...env(dir), ANGIO_DB: path });
    const liveBefore = registrations(path);

    for (const target of [path, `${path}-wal`, `${path}-shm`, join(live, '.', 'angio.db')]) {
      const r = run(target, '--force');
      expect(r.stderr).toBe(`${target} is the live database or one of its files: a backup goes to another file. Nothing was written.\n`);
      expect(r.code).toBe(2);
    }
    expect(registrations(path)).toEqual(liveBefore);
    const secretTarget = run(join(live, 'angio.secret'), '--force');
    expect(secretTarget.stderr).toMatch(/is where the copy's pseudonymisation secret goes/);
    expect(secretTarget.code).toBe(2);

    // Beside the live database, the copy shares the live secret (the same one): nothing is written to it.
    const secretBefore = statSync(join(live, 'angio.secret'));
    expect(run(join(live, 'angio-copy.db')).code).toBe(0);
    expect(statSync(join(live, 'angio.secret')).mtimeMs).toBe(secretBefore.mtimeMs);

    mkdirSync(join(dir, 'b'));
    const copy = join(dir, 'b', 'copy.db');
    expect(run(copy).code).toBe(0);
    const first = readFileSync(copy);
    const again = run(copy);
    expect(again.stderr).toBe(`${copy} already exists. Add --force to replace it. Nothing was written.\n`);
    expect(again.code).toBe(2);
    expect(readFileSync(copy).equals(first)).toBe(true);
    expect(run(copy, '--force').code).toBe(0);

    // A write-ahead log left beside the name would be read with the copy.
    writeFileSync(join(dir, 'b', 'stale.db-wal'), 'left by a crashed program');
    const stale = run(join(dir, 'b', 'stale.db'));
    expect(stale.stderr).toMatch(/stale\.db-wal exists: a program has .*stale\.db open, or did not close it/);
    expect(stale.code).toBe(2);
    expect(existsSync(join(dir, 'b', 'stale.db'))).toBe(false);

    const dash = run('-');
    expect(dash.stderr).toBe(
      'A backup is two files, the copy and its secret beside it: name the copy (e.g. /var/backups/angio/angio.db).\n',
    );
    expect(dash.code).toBe(2);

    // Another installation's backups: its secret is never replaced.
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'angio.secret'), `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    const other = run(join(dir, 'other', 'copy.db'), '--force');
    expect(other.stderr).toMatch(/angio\.secret holds another pseudonymisation secret .* angio never replaces one/);
    expect(other.code).toBe(2);
    expect(existsSync(join(dir, 'other', 'copy.db'))).toBe(false);
  }, 60_000);

  test('without its secret the database is still copied, and the command says the copy cannot send', () => {
    const dir = tempDir();
    const { path } = installation(join(dir, 'live'));
    rmSync(join(dir, 'live', 'angio.secret'));
    mkdirSync(join(dir, 'b'));
    const r = angio(['backup', join(dir, 'b', 'copy.db')], { ...env(dir), ANGIO_DB: path });
    expect(r.stdout).toMatch(
      /Warning: no pseudonymisation secret went with the copy, so it cannot send anything: The pseudonymisation secret .* is missing/,
    );
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'b', 'copy.db'))).toBe(true);
    expect(existsSync(join(dir, 'b', 'angio.secret'))).toBe(false);
  });

  test('only an admin backs up', () => {
    const dir = tempDir();
    const { path } = installation(join(dir, 'live'));
    const r = angio(['backup', join(dir, 'copy.db')], { ...env(dir), ANGIO_DB: path, ANGIO_USER: 'nurse' });
    expect(r.stderr).toBe('User "nurse" has the role staff, which may not back up the database.\n');
    expect(r.code).toBe(3);
    expect(existsSync(join(dir, 'copy.db'))).toBe(false);
  });
});
