import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkInvariants, checkTriggers, entryHash, openDatabase, verifyChain, type Db } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { checkSentRegistrations, hmacPseudonymiser } from '../../src/transmit/index.js';
import { completeH, completeP } from '../helpers/fixtures.js';
import { freshCore, tempDbPath } from '../helpers/db.js';

const pseudonymiser = hmacPseudonymiser(Buffer.alloc(32, 1));

/**
 * A database as a hospital has it: demo data written in bulk and one by one, a registration sent
 * through the form, one created Sent as an imported row is, and one sent then corrected. Made
 * once; each test tampers with its own copy.
 */
function makeHospital() {
  const path = tempDbPath();
  const { core, ops } = freshCore({ path, pseudonymiser });
  ops.createDemo('boss', { records: 2001, seed: 7 });
  ops.createDemo('boss', { records: 20, seed: 8 });
  const sent = ops.createRegistration('nurse', { type: 'P', data: completeP() });
  ops.sendRegistration('nurse', { id: sent.id });
  const imported = core.db.transaction(() =>
    core.sender.createAndSend('H', { ...completeH(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18' }, 'importer'),
  )();
  const corrected = ops.createRegistration('nurse', {
    type: 'P',
    data: { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' },
  });
  ops.sendRegistration('nurse', { id: corrected.id });
  const started = ops.startCorrection('doctor', { id: corrected.id });
  core.store.patch(corrected.id, { changes: { MS_PAT_WGHT: 84 }, rowVersion: started.rowVersion, user: 'doctor' });
  expect(ops.resubmitCorrection('doctor', { id: corrected.id }).ok).toBe(true);
  core.db.close();
  const file = join(mkdtempSync(join(tmpdir(), 'angio-hospital-')), 'angio.db');
  copyFileSync(path, file);
  return { file, sent: sent.id, imported: imported.id, corrected: corrected.id };
}
let template: ReturnType<typeof makeHospital> | undefined;
afterAll(() => {
  if (template) rmSync(dirname(template.file), { recursive: true, force: true });
});

function hospital() {
  template ??= makeHospital();
  const path = tempDbPath();
  copyFileSync(template.file, path);
  return { ...template, path, db: new Database(path) };
}

/** Everything doctor --full checks in the database itself. */
const problems = (db: Db, p = pseudonymiser) => [...checkInvariants(db), ...checkSentRegistrations(db, { pseudonymiser: p })];
const rules = (db: Db) => problems(db).map((v) => `${v.rule}: ${v.detail}`);

/** What someone with the sqlite3 shell must do first to rewrite the audit log. */
const dropTriggers = 'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;';

describe('doctor finds tampering with the database file', () => {
  test('a database written only by angio passes: demo data, a send, an imported row, a correction', () => {
    const { db, corrected } = hospital();
    expect(problems(db)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM outbox WHERE registration_id = ?').pluck().get(corrected)).toBe(4);
    expect(verifyChain(db).checked).toBe(db.prepare('SELECT count(*) FROM audit_log').pluck().get());
  });

  test('demo registrations are replayed like any other: their answers changed behind the audit log are found', () => {
    const { db } = hospital();
    const demo = db.prepare(`SELECT id FROM registrations WHERE created_by = 'boss' AND status = 'open' LIMIT 1`).pluck().get() as number;
    db.exec(`UPDATE registrations SET data = json_set(data, '$.MS_PAT_HGHT', 250) WHERE id = ${demo}`);
    expect(problems(db)).toEqual([
      { registrationId: demo, rule: 'audit', detail: 'the data is not what its audit log says', says: { id: 'integrity.notReplayed' } },
    ]);
  });

  test.each([
    [
      'who',
      `UPDATE audit_log SET user = 'mallory' WHERE id = 5`,
      /^audit chain: entry #5 \([a-z-]+ of registration #\d+ by mallory at .*\) does not match its hash/,
    ],
    ['when', `UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 5`, /^audit chain: entry #5 .* does not match its hash/],
    ['an old entry taken out', `DELETE FROM audit_log WHERE id = 5`, /^audit chain: entry #5 is missing before entry #6/],
  ])('the audit log rewritten in place (%s) breaks the hash chain at that entry', (_, sql, found) => {
    const { db } = hospital();
    db.exec(dropTriggers + sql);
    expect(rules(db)).toEqual(expect.arrayContaining([expect.stringMatching(found)]));
    expect(rules(db)).toEqual(
      expect.arrayContaining(['triggers: audit_log_no_update is missing', 'triggers: audit_log_no_delete is missing']),
    );
  });

  test("an entry rewritten with its hash recomputed (the chain's rule is public) breaks the chain at the next entry", () => {
    const { db } = hospital();
    const previous = db.prepare('SELECT hash FROM audit_log WHERE id = 4').pluck().get() as string;
    const e = db
      .prepare(
        'SELECT id, registration_id AS registrationId, at, action, CAST(changes AS BLOB) AS changes, warnings FROM audit_log WHERE id = 5',
      )
      .get() as { id: number; registrationId: number; at: string; action: string; changes: Buffer; warnings: null };
    const forged = entryHash(previous, { ...e, user: 'mallory' });
    db.exec(`${dropTriggers} UPDATE audit_log SET user = 'mallory', hash = '${forged}' WHERE id = 5`);
    expect(rules(db)).toContainEqual(expect.stringMatching(/^audit chain: entry #6 .* does not match its hash/));
  });

  test('answers changed in a registration and in its creation entry alike replay fine, but break the chain', () => {
    const { db, sent } = hospital();
    db.exec(`${dropTriggers}
      UPDATE registrations SET data = json_set(data, '$.MS_PAT_WGHT', 120) WHERE id = ${sent};
      UPDATE audit_log SET changes = json_set(changes,
          '$[' || (SELECT key FROM json_each(audit_log.changes) WHERE json_extract(value, '$.field') = 'MS_PAT_WGHT') || '].new', 120)
        WHERE registration_id = ${sent} AND action = 'create';`);
    const create = db.prepare(`SELECT id FROM audit_log WHERE registration_id = ? AND action = 'create'`).pluck().get(sent) as number;
    expect(db.prepare('SELECT changes FROM audit_log WHERE id = ?').pluck().get(create)).toContain('"new":120');
    const found = problems(db);
    expect(found.filter((v) => v.rule === 'audit')).toEqual([]);
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'audit chain',
        detail: expect.stringMatching(new RegExp(`^entry #${create} \\(create of registration #${sent} `)),
      }),
    );
    // The Healthdata message still holds the weight it was sent with.
    expect(found).toContainEqual(
      expect.objectContaining({ registrationId: sent, rule: 'payload', detail: expect.stringMatching(/data\.MS_PAT_WGHT changed$/) }),
    );
  });

  test('an entry slipped in around angio has no hash', () => {
    const { db, sent } = hospital();
    db.exec(
      `INSERT INTO audit_log (registration_id, at, user, action, changes) VALUES (${sent}, '2026-11-26T10:00:00.000Z', 'mallory', 'start-correction', '[]')`,
    );
    expect(rules(db)).toContainEqual(
      expect.stringMatching(/^audit chain: entry #\d+ \(start-correction of registration #\d+ by mallory .*\) has no hash/),
    );
  });

  test('a NISS added to an outbox payload is found, with or without the secret, and its value is not echoed', () => {
    const { db, sent } = hospital();
    db.exec(
      `UPDATE outbox SET payload = json_set(payload, '$.data.IDC_PAT', '85040216932') WHERE registration_id = ${sent} AND destination = 'healthdata'`,
    );
    for (const p of [pseudonymiser, undefined]) {
      const found = [...checkInvariants(db), ...checkSentRegistrations(db, { pseudonymiser: p })];
      expect(found).toEqual([
        {
          registrationId: sent,
          rule: 'payload',
          detail: expect.stringMatching(
            /^outbox item \d+ \(healthdata, submission 1\) is not what the registration's answers give: data\.IDC_PAT added$/,
          ),
          // The same, as words a door says in the user's language: the member by its path, never its value.
          says: {
            id: 'integrity.payload',
            values: {
              item: expect.any(Number),
              destination: 'healthdata',
              submission: 1,
              problem: {
                id: 'integrity.payloadDiffers',
                values: { changes: [{ id: 'integrity.memberAdded', values: { member: 'data.IDC_PAT' } }] },
              },
            },
          },
        },
      ]);
    }
  });

  test('a billing message sent to another NISS, or a correction with an answer changed, is found', () => {
    const { db, sent, corrected } = hospital();
    db.exec(`UPDATE outbox SET payload = json_set(payload, '$.insured.niss', '93051822361') WHERE registration_id = ${sent} AND destination = 'cin';
      UPDATE outbox SET payload = json_set(payload, '$.data.MS_PAT_WGHT', 81) WHERE idempotency_key LIKE '%/healthdata/2' AND registration_id = ${corrected}`);
    // Newest registration first.
    expect(rules(db)).toEqual([
      expect.stringMatching(/^payload: outbox item \d+ \(healthdata, submission 2\) .*: data\.MS_PAT_WGHT changed$/),
      expect.stringMatching(/^payload: outbox item \d+ \(cin, submission 1\) .*: insured\.niss changed$/),
    ]);
  });

  test('the hospital named in a billing message may differ (the settings change); a pseudonym from another secret may not', () => {
    const { db, sent } = hospital();
    db.exec(
      `UPDATE outbox SET payload = json_set(payload, '$.hospital.name', 'AZ Renamed') WHERE registration_id = ${sent} AND destination = 'cin'`,
    );
    expect(problems(db)).toEqual([]);
    expect(problems(db, hmacPseudonymiser(Buffer.alloc(32, 2)))).toContainEqual(
      expect.objectContaining({ rule: 'payload', detail: expect.stringMatching(/patientPseudonym changed/) }),
    );
  });

  test.each([
    ['a code whose check symbol is wrong', 'AG-0000-0000-1', /AG-0000-0000-1 is not a registration code \(its check symbol is wrong\)/],
    ['a valid code of another registration', 'AG-0000-0001-1', /the code AG-0000-0001-1 is not the one its send entry gave \(AG-/],
  ])('a registration code changed is found: %s', (_, code, found) => {
    const { db, sent } = hospital();
    db.exec(`UPDATE registrations SET registration_code = '${code}' WHERE id = ${sent}`);
    const codes = problems(db).filter((v) => v.rule === 'code');
    expect(codes.map((v) => v.detail)).toContainEqual(expect.stringMatching(found));
    expect(codes.every((v) => v.registrationId === sent)).toBe(true);
  });

  test('every trigger the migrations made is checked: dropped, or replaced by one that lets updates through', () => {
    const { db } = hospital();
    expect(checkTriggers(db)).toEqual([]);
    db.exec(`DROP TRIGGER audit_log_no_delete; DROP TRIGGER registrations_count_insert;
      DROP TRIGGER audit_log_no_update; CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END;`);
    expect(
      checkTriggers(db)
        .map((v) => v.detail)
        .sort(),
    ).toEqual([
      'audit_log_no_delete is missing',
      'audit_log_no_update was replaced by another definition',
      'registrations_count_insert is missing',
    ]);
  });
});

describe('the hash chain on an existing database', () => {
  test('migration 10 chains the entries written before it, in id order, and keeps the audit log append-only', () => {
    const path = tempDbPath();
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version < 10)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00.000Z');
    }
    old.exec(`INSERT INTO registrations (type, form_version, status, data, created_at, created_by, updated_at, updated_by)
        VALUES ('P', '2', 'open', '{"MS_PAT_HGHT":170}', 't', 'a', 't', 'a');
      INSERT INTO audit_log (registration_id, at, user, action, changes) VALUES
        (1, '2026-01-01T00:00:00.000Z', 'a', 'create', '{"MS_PAT_HGHT":180}'),
        (1, '2026-01-02T00:00:00.000Z', 'b', 'save', '[{"field":"MS_PAT_HGHT","old":180,"new":170}]');`);
    old.close();
    const db = openDatabase(path);
    expect(verifyChain(db)).toMatchObject({ checked: 2, head: { id: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(checkInvariants(db)).toEqual([]);
    expect(() => db.exec(`UPDATE audit_log SET user = 'x'`)).toThrow(/append-only/);
    db.close();
  });
});
