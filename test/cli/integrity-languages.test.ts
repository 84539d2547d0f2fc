/**
 * What `angio doctor --full` and `angio backup` find in a tampered database, said in Dutch and
 * French on the built binary: the rule and the detail of each finding in the user's language,
 * while --json keeps the English rule and detail (with the message ids they are said with) for
 * scripts. Every detail a check can write has its words in the catalogue, their English the core's.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MESSAGES, type MessageId } from '../../src/messages.js';
import { INTEGRITY_MESSAGES } from '../../src/messages/integrity.js';
import { violationDetail, violationLine } from '../../src/cli/violations.js';
import { BACKUP_DETAILS } from '../../src/operations/index.js';
import { checkInvariants, STORE_DETAILS, type Violation } from '../../src/store/index.js';
import { checkSentRegistrations, hmacPseudonymiser, SENT_DETAILS } from '../../src/transmit/index.js';
import { angio } from '../helpers/cli.js';
import { sentAndCorrected } from '../helpers/sent-database.js';
import { expectEach } from '../helpers/expect-each.js';
import { tempDir } from '../helpers/db.js';

const hospital = () => sentAndCorrected(12);

/** Runs SQL on the file as someone with the sqlite3 shell would: no angio in between. */
function tamper(path: string, sql: string) {
  const db = new Database(path);
  try {
    db.exec(sql);
    return db.prepare(`SELECT id FROM registrations WHERE status = 'open' ORDER BY id LIMIT 1`).pluck().get() as number;
  } finally {
    db.close();
  }
}

/**
 * Someone edits the file around angio: drops a trigger to rewrite who sent registration #1, changes
 * an Open registration's answers behind its audit log, and adds a NISS to a message in the outbox.
 */
function tampered() {
  const h = hospital();
  const open = tamper(
    h.path,
    `DROP TRIGGER audit_log_no_update;
     UPDATE audit_log SET user = 'mallory' WHERE id = 2;
     UPDATE registrations SET data = json_set(data, '$.MS_PAT_HGHT', 250)
       WHERE id = (SELECT id FROM registrations WHERE status = 'open' ORDER BY id LIMIT 1);
     UPDATE outbox SET payload = json_set(payload, '$.data.IDC_PAT', '85040216932')
       WHERE registration_id = ${h.sent} AND destination = 'healthdata';`,
  );
  return { ...h, open };
}

interface JsonFinding {
  level: string;
  check: string;
  detail: string;
  violations?: Violation[];
}

describe('the catalogue says every finding of the integrity checks', () => {
  test('each detail a check writes has its words, whose English is the detail itself; each word of the part is one a check writes', () => {
    const details: Record<string, string> = { ...STORE_DETAILS, ...SENT_DETAILS, ...BACKUP_DETAILS };
    expectEach(Object.entries(details), ([id, en]) => id in MESSAGES && MESSAGES[id as MessageId].en === en, 'detail');
    const words = Object.keys(INTEGRITY_MESSAGES).filter((id) => !id.startsWith('integrity.rule.') && id !== 'integrity.line');
    expect(words.filter((id) => !(id in details))).toEqual([]);
  });

  test('a finding said in English is the core’s detail, word for word; in Dutch and French it is another sentence', () => {
    const { path } = tampered();
    tamper(
      path,
      `DROP TRIGGER registrations_count_insert;
       UPDATE registration_counts SET n = n + 1 WHERE status = 'open';
       UPDATE registrations SET delivery = 'failed' WHERE id = (SELECT max(id) FROM registrations WHERE status = 'sent');
       UPDATE outbox SET kind = 'correction' WHERE id = (SELECT min(id) FROM outbox WHERE destination = 'healthdata');`,
    );
    const db = new Database(path);
    const found = [...checkInvariants(db), ...checkSentRegistrations(db, { pseudonymiser: hmacPseudonymiser(Buffer.alloc(32, 1)) })];
    db.close();
    const rules = new Set(found.map((v) => v.rule));
    expect([...rules].sort()).toEqual(['audit', 'audit chain', 'counters', 'delivery', 'payload', 'triggers']);
    expectEach(found, (v) => violationDetail('en', v) === v.detail, 'finding in English');
    for (const lang of ['nl', 'fr'] as const) expectEach(found, (v) => violationDetail(lang, v) !== v.detail, `finding in ${lang}`);
    const kind = found.find((v) => v.detail.includes('is marked'))!;
    expect(violationLine('fr', kind)).toMatch(
      /^#\d+ contenu : l’élément \d+ de la boîte d’envoi \(healthdata, soumission 1\) est marqué correction, pas enregistrement$/,
    );
    expect(
      violationLine(
        'nl',
        found.find((v) => v.rule === 'delivery')!,
      ),
    ).toMatch(/^#\d+ levering: de kolom zegt mislukt, de items zeggen (wachtend|afgeleverd)$/);
  });
});

describe('angio doctor --full and angio backup say what they found in Dutch and French', () => {
  test('doctor --full in French and Dutch: each finding and its rule in that language, none left in English', () => {
    const { env, sent, open } = tampered();
    const fr = angio(['doctor', '--full', '--lang', 'fr'], env);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toMatch(
      /^ÉCHEC +chaîne d’audit : 1 problème\(s\) : l’entrée #2 \(send de l’enregistrement #1 par mallory le .*\) ne correspond pas à son empreinte : elle a été modifiée après avoir été écrite$/m,
    );
    expect(fr.stdout).toMatch(/^ÉCHEC +déclencheurs d’ajout seul : 1 problème\(s\) : audit_log_no_update est absent$/m);
    expect(fr.stdout).toMatch(
      new RegExp(
        `^ÉCHEC +contenus de la boîte d’envoi : 1 problème\\(s\\) : #${sent} l’élément \\d+ de la boîte d’envoi \\(healthdata, soumission 1\\) n’est pas ce que donnent les réponses de l’enregistrement : data\\.IDC_PAT ajouté$`,
        'm',
      ),
    );
    expect(fr.stdout).toMatch(
      new RegExp(
        `^ÉCHEC +intégrité : 1 problème\\(s\\), p\\. ex\\. #${open} journal d’audit : les données ne sont pas ce que dit son journal d’audit$`,
        'm',
      ),
    );
    expect(fr.stdout).not.toMatch(/does not match|is missing|audit log says|answers give|added/);
    expect(fr.stdout).not.toContain('85040216932');

    const nl = angio(['doctor', '--full'], { ...env, ANGIO_LANG: 'nl' });
    expect(nl.code).toBe(1);
    expect(nl.stdout).toMatch(
      /^FOUT +auditketen: 1 probleem\/problemen: auditregel #2 \(send van registratie #1 door mallory om .*\) klopt niet met zijn hash: hij is gewijzigd nadat hij geschreven werd$/m,
    );
    expect(nl.stdout).toMatch(/^FOUT +triggers die alleen toevoegen toelaten: 1 probleem\/problemen: audit_log_no_update ontbreekt$/m);
    expect(nl.stdout).toMatch(
      new RegExp(
        `#${sent} outbox-item \\d+ \\(healthdata, indiening 1\\) is niet wat de antwoorden van de registratie geven: data\\.IDC_PAT toegevoegd$`,
        'm',
      ),
    );
    expect(nl.stdout).toMatch(new RegExp(`bv\\. #${open} auditlog: de gegevens zijn niet wat de auditlog zegt$`, 'm'));
    expect(nl.stdout).not.toMatch(/does not match|is missing|audit log says|answers give|added/);
  });

  test('doctor --full --json in French keeps each finding’s English rule and detail, with the ids they are said with', () => {
    const { env, sent, open } = tampered();
    const out = angio(['doctor', '--full', '--json', '--lang', 'fr'], env);
    expect(out.code).toBe(1);
    const findings = JSON.parse(out.stdout) as JsonFinding[];
    const of = (check: string) => findings.find((f) => f.check === check && f.level === 'fail')?.violations;
    expect(of('integrity')).toEqual([
      { registrationId: open, rule: 'audit', detail: 'the data is not what its audit log says', says: { id: 'integrity.notReplayed' } },
    ]);
    expect(of('audit chain')).toEqual([
      expect.objectContaining({
        rule: 'audit chain',
        detail: expect.stringMatching(/^entry #2 \(send of registration #1 by mallory at .*\) does not match its hash/),
        says: expect.objectContaining({ id: 'integrity.chainMismatch' }),
      }),
    ]);
    expect(of('append-only triggers')).toEqual([expect.objectContaining({ rule: 'triggers', detail: 'audit_log_no_update is missing' })]);
    expect(of('outbox payloads')).toEqual([
      expect.objectContaining({
        registrationId: sent,
        rule: 'payload',
        detail: expect.stringMatching(/answers give: data\.IDC_PAT added$/),
      }),
    ]);
  });

  test('backup of the tampered database: its copy’s problems in Dutch; --json in French keeps them in English', () => {
    const { env, open, sent } = tampered();
    const folder = tempDir();
    const nl = angio(['backup', join(folder, 'maandag.db'), '--lang', 'nl'], env);
    expect(nl.code).toBe(1);
    expect(nl.stdout).toMatch(/^De kopie heeft 4 probleem\/problemen/m);
    expect(nl.stdout).toMatch(/^ {2}triggers: audit_log_no_update ontbreekt$/m);
    expect(nl.stdout).toMatch(/^ {2}auditketen: auditregel #2 \(send van registratie #1 door mallory om .*\) klopt niet met zijn hash/m);
    expect(nl.stdout).toMatch(new RegExp(`^ {2}#${open} auditlog: de gegevens zijn niet wat de auditlog zegt$`, 'm'));
    expect(nl.stdout).toMatch(
      new RegExp(`^ {2}#${sent} inhoud: outbox-item \\d+ \\(healthdata, indiening 1\\) .*: data\\.IDC_PAT toegevoegd$`, 'm'),
    );

    const fr = angio(['backup', join(folder, 'mardi.db'), '--json', '--lang', 'fr'], env);
    expect(fr.code).toBe(1);
    const problems = (JSON.parse(fr.stdout) as { problems: Violation[] }).problems;
    expect(problems.map((p) => `${p.rule}: ${p.detail}`)).toEqual([
      'triggers: audit_log_no_update is missing',
      expect.stringMatching(/^audit chain: entry #2 \(send of registration #1 by mallory at .*\) does not match its hash/),
      'audit: the data is not what its audit log says',
      expect.stringMatching(/^payload: outbox item \d+ \(healthdata, submission 1\) .*: data\.IDC_PAT added$/),
    ]);
    expectEach(problems, (p) => p.says.id in MESSAGES, 'problem');
  });
});
