import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { sentAndCorrected } from '../helpers/sent-database.js';
import { completeP } from '../helpers/fixtures.js';
import { freshCore, tempDbPath } from '../helpers/db.js';

const hospital = () => sentAndCorrected(30);

/** Runs SQL on the file as someone with the sqlite3 shell would: no angio in between. */
function tamper(path: string, sql: string) {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

describe('angio doctor --full finds what was changed around angio', () => {
  test('an untampered database passes; the audit log rewritten (who did it) fails with the entry, and the dropped trigger is named', () => {
    const { path } = hospital();
    const ok = angio(['doctor', '--full', '--db', path]);
    expect(ok.stdout).toMatch(/^ok +audit chain: every entry is chained; head #\d+ [0-9a-f]{64}$/m);
    expect(ok.stdout).toMatch(/^ok +append-only triggers: all present$/m);
    expect(ok.stdout).not.toMatch(/FAIL/);
    expect(ok.code).toBe(0);

    tamper(path, `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user = 'mallory' WHERE id = 2`);
    const bad = angio(['doctor', '--full', '--db', path]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /^FAIL +audit chain: 1 problem\(s\): entry #2 \(send of registration #1 by mallory at .*\) does not match its hash/m,
    );
    expect(bad.stdout).toMatch(/^FAIL +append-only triggers: 1 problem\(s\): audit_log_no_update is missing$/m);
  });

  test('a NISS added to a message waiting in the outbox fails doctor, which names the member and not the number', () => {
    const { path, sent } = hospital();
    tamper(
      path,
      `UPDATE outbox SET payload = json_set(payload, '$.data.IDC_PAT', '85040216932') WHERE registration_id = ${sent} AND destination = 'healthdata'`,
    );
    const bad = angio(['doctor', '--db', path]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      new RegExp(`^FAIL +outbox payloads: 1 problem\\(s\\): #${sent} outbox item \\d+ .*: data\\.IDC_PAT added$`, 'm'),
    );
    expect(bad.stdout).not.toContain('85040216932');
  });

  test('a registration code changed fails doctor: its check symbol, its send entry', () => {
    const { path, sent } = hospital();
    tamper(path, `UPDATE registrations SET registration_code = 'AG-0000-0000-1' WHERE id = ${sent}`);
    const bad = angio(['doctor', '--db', path]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^FAIL +registration codes: 3 problem\(s\): .*AG-0000-0000-1 is not the one its send entry gave/m);
  });
});

describe('the pseudonymisation secret is never made again for a database that has pseudonyms', () => {
  test('a copy without its secret reads, but refuses to send or deliver, says how to restore it; doctor fails; restored, it works', () => {
    const { path } = hospital();
    const secret = join(dirname(path), 'angio.secret');
    renameSync(secret, `${secret}.backup`);

    expect(angio(['list', '--db', path]).code).toBe(0);
    expect(angio(['show', '1', '--db', path]).code).toBe(0);
    const send = angio(['send', '--all-complete', '--db', path]);
    expect(send.code).toBe(2);
    expect(send.stderr.trim()).toBe(
      `The pseudonymisation secret ${secret} is missing, and this database holds pseudonyms made with it: restore this installation's angio.secret from its backup to ${secret} (or set ANGIO_SECRET_FILE to where it is); a new secret would give the same patients other pseudonyms, so angio makes none.`,
    );
    const transmit = angio(['transmit', '--healthdata-url', 'http://127.0.0.1:9/x', '--cin-url', 'http://127.0.0.1:9/x', '--db', path]);
    expect(transmit).toMatchObject({ code: 2, stderr: send.stderr });
    const doctor = angio(['doctor', '--db', path]);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`FAIL  pseudonymisation secret: The pseudonymisation secret ${secret} is missing`);
    expect(existsSync(secret)).toBe(false);

    renameSync(`${secret}.backup`, secret);
    expect(angio(['doctor', '--db', path]).code).toBe(0);
    expect(angio(['send', '--all-complete', '--db', path]).stderr).toBe('');
  });

  test("another installation's secret is refused: its pseudonyms would not be this database's", () => {
    const { path } = hospital();
    const secret = join(dirname(path), 'angio.secret');
    const elsewhere = tempDbPath();
    expect(angio(['demo', '--records', '3', '--db', elsewhere]).code).toBe(0);
    const mine = readFileSync(secret);
    copyFileSync(join(dirname(elsewhere), 'angio.secret'), secret);
    expect(readFileSync(secret).equals(mine)).toBe(false);

    const send = angio(['send', '--all-complete', '--db', path]);
    expect(send.code).toBe(2);
    expect(send.stderr).toMatch(
      /^The pseudonymisation secret .* is not the one this database's pseudonyms were made with .*restore this installation's angio\.secret from its backup/,
    );
    expect(angio(['list', '--db', path]).code).toBe(0);
    const doctor = angio(['doctor', '--db', path]);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/^FAIL +pseudonymisation secret: .* is not the one this database's pseudonyms were made with/m);
  });

  test('a database that holds no pseudonym yet gets a new secret (mode 0600) when it has none', () => {
    const path = tempDbPath();
    const { core, ops } = freshCore({ path });
    const r = ops.createRegistration('nurse', { type: 'P', data: completeP() });
    core.db.close();
    const secret = join(dirname(path), 'angio.secret');
    rmSync(secret);

    const send = angio(['send', String(r.id), '--db', path]);
    expect(send).toMatchObject({ code: 0, stderr: '' });
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    expect(readFileSync(secret, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(angio(['doctor', '--db', path]).code).toBe(0);
  });
});
