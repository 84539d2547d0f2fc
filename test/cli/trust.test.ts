import { chmodSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { tempDbPath } from '../helpers/db.js';

describe('roles through the CLI, data protection and doctor', () => {
  test('the first user is admin; a support user reads but is refused a change with exit 3 and a sentence', () => {
    const db = tempDbPath();
    expect(angio(['demo', '--records', '5', '--db', db], { ANGIO_USER: 'boss' }).code).toBe(0);
    expect(angio(['users', 'list', '--json', '--db', db], { ANGIO_USER: 'boss' }).stdout).toMatch(/"name": "boss",\s*"role": "admin"/);
    expect(angio(['users', 'add', 'helper', '--role', 'support', '--db', db], { ANGIO_USER: 'boss' }).code).toBe(0);
    expect(angio(['list', '--db', db], { ANGIO_USER: 'helper' }).code).toBe(0);
    const refused = angio(['send', '--all-complete', '--db', db], { ANGIO_USER: 'helper' });
    expect(refused.code).toBe(3);
    expect(refused.stderr.trim()).toBe('User "helper" has the role support, which may not send registrations.');
    const stranger = angio(['list', '--db', db], { ANGIO_USER: 'stranger' });
    expect(stranger.code).toBe(3);
    expect(stranger.stderr).toMatch(/not known in this database: an admin adds them with "angio users add stranger --role staff"/);
    expect(angio(['users', 'add', 'x', '--role', 'staff', '--db', db], { ANGIO_USER: 'helper' }).code).toBe(3);
    expect(angio(['settings', 'set', 'hospital.inami', '71000000', '--db', db], { ANGIO_USER: 'helper' }).code).toBe(3);
    expect(angio(['users', 'set-role', 'boss', 'staff', '--db', db], { ANGIO_USER: 'boss' }).stderr).toMatch(/last admin/);
  });

  test('database and secret are created 0600; doctor passes, then names a loose permission and how to fix it', () => {
    const db = tempDbPath();
    angio(['demo', '--records', '3', '--db', db]);
    const secret = join(dirname(db), 'angio.secret');
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    const ok = angio(['doctor', '--db', db]);
    expect(ok.stdout).toMatch(/ok +integrity/);
    chmodSync(db, 0o644);
    const bad = angio(['doctor', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/FAIL +database permissions: .* is 644: readable by others\n +fix: chmod 600/);
  });

  test('the API refuses a non-loopback address unless told explicitly', () => {
    const r = angio(['serve', '--host', '0.0.0.0', '--port', '0', '--db', tempDbPath()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Refusing to listen on 0\.0\.0\.0: .*--allow-remote/);
  });
});
