/**
 * Setting up an installation as a new admin would, on the built binary: `angio init` makes the
 * database, the secret and its admin and says what comes next; headless commands on a database
 * that does not exist point to it; a database file nobody initialised is not claimed by whoever
 * opens it first; a database written by a newer angio is refused before anything is changed.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { latestSchemaVersion, openDatabase } from '../../src/store/index.js';
import { angio } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';

describe('angio init', () => {
  test('a new installation: database, secret and admin, then the next steps; a second init changes nothing', () => {
    const dir = tempDir();
    const db = join(dir, 'angio.db');
    const env = { ANGIO_DB: db, ANGIO_USER: 'alice' };

    const users = angio(['users', 'add', 'bob', '--role', 'staff'], env);
    expect(users).toMatchObject({ code: 2, stderr: `No database at ${db}: run "angio init" to create it (it makes you its admin).\n` });

    const init = angio(['init'], env);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`Created ${db} (database schema ${latestSchemaVersion()}).`);
    expect(init.stdout).toContain(`Pseudonymisation secret: ${join(dir, 'angio.secret')} (0600).`);
    expect(init.stdout).toMatch(
      /alice is its admin\.\n\nNext:\n {2}angio settings set hospital\.inami 71000000 +# the hospital's INAMI number/,
    );
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'angio.secret')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'angio.secret'), 'utf8')).toMatch(/^[0-9a-f]{64}\n?$/);

    expect(angio(['users', 'add', 'bob', '--role', 'staff'], env).code).toBe(0);
    const again = angio(['init'], { ...env, ANGIO_USER: 'bob' });
    expect(again).toMatchObject({
      code: 2,
      stderr: `${db} is initialised already (admin: alice); nothing was changed. "angio doctor" checks it.\n`,
    });
    const listed = JSON.parse(angio(['users', 'list', '--json'], env).stdout) as { name: string; role: string }[];
    expect(listed.map((u) => `${u.name}:${u.role}`).sort()).toEqual(['alice:admin', 'bob:staff']);
    expect(angio(['doctor'], env).stdout).toMatch(new RegExp(`schema: version ${latestSchemaVersion()}`));
  });

  test('a database file nobody initialised is not claimed by whoever opens it first, until init', () => {
    const db = join(tempDir(), 'angio.db');
    openDatabase(db).close();
    for (const args of [['list'], ['demo', '--records', '3'], ['users', 'add', 'mallory', '--role', 'admin']]) {
      const r = angio(args, { ANGIO_DB: db, ANGIO_USER: 'mallory' });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `The database ${db} has no users yet: run "angio init" as the person who will administer it (it makes them its admin).\n`,
      );
    }
    const init = angio(['init', '--json'], { ANGIO_DB: db, ANGIO_USER: 'alice' });
    expect(JSON.parse(init.stdout)).toMatchObject({ database: db, created: false, admin: 'alice' });
    expect(angio(['list'], { ANGIO_DB: db, ANGIO_USER: 'mallory' })).toMatchObject({
      code: 3,
      stderr: expect.stringContaining('User "mallory" is not known in this database'),
    });
  });

  test('a database written by a newer angio is refused with one sentence, and left as it was', () => {
    const db = join(tempDir(), 'angio.db');
    expect(angio(['init'], { ANGIO_DB: db }).code).toBe(0);
    const conn = openDatabase(db);
    const newer = latestSchemaVersion() + 1;
    conn.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', '2027-01-01')").run(newer);
    conn.close();
    const before = readFileSync(db);
    for (const args of [['list'], ['init'], ['doctor']]) {
      const r = angio(args, { ANGIO_DB: db });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `${db} was written by a newer angio (database schema ${newer}; this angio knows up to ${latestSchemaVersion()}): use that version of angio or a newer one. Nothing was changed.\n`,
      );
    }
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});
