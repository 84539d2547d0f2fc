/**
 * What the core refuses, said in the user's language on the built binary: a user that exists
 * already, a user that does not, the last admin, a deleted registration sent, a follow-up of an H,
 * a Sent registration edited; a file to import that is missing, a folder or unreadable; an address
 * the API may not listen on; a word that is no command. English stays word for word what the core
 * says (the API and the logs say it too), and a command run with --json keeps it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InputFileProblem, type InputProblemKind } from '../../src/exchange/input-file.js';
import { MESSAGES, say, type MessageId } from '../../src/messages.js';
import { REFUSAL_MESSAGES } from '../../src/messages/refusals.js';
import { createAccess, REFUSAL_DETAILS } from '../../src/store/index.js';
import { angio, BIN } from '../helpers/cli.js';
import { freshCore } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';
import { completeP } from '../helpers/fixtures.js';

// One hospital for the whole file (tempDir() would be removed after the first test).
const dir = mkdtempSync(join(tmpdir(), 'angio-refusals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let env: Record<string, string>;
/** An Open H, a Sent P, a deleted P. */
let ids: { h: number; sent: number; deleted: number };

beforeAll(() => {
  const path = join(dir, 'angio.db');
  const { core, ops, clock } = freshCore({ path, storedUsers: true });
  createAccess(core.db, clock).claimFirstAdmin('anna');
  const h = ops.createRegistration('anna', { type: 'H' });
  const sent = ops.createRegistration('anna', { type: 'P', data: completeP() });
  expect(ops.sendRegistration('anna', { id: sent.id }).ok).toBe(true);
  const deleted = ops.createRegistration('anna', { type: 'P' });
  ops.deleteRegistration('anna', { id: deleted.id });
  core.db.close();
  ids = { h: h.id, sent: sent.id, deleted: deleted.id };
  const config = join(dir, 'config');
  mkdirSync(config, { mode: 0o777 });
  env = { ANGIO_DB: path, ANGIO_USER: 'anna', ANGIO_CONFIG_DIR: config };
});

/** The run in each language: its exit code and what it wrote on stderr. */
const inEach = (args: string[]) =>
  Object.fromEntries(
    (['en', 'nl', 'fr'] as const).map((lang) => {
      const r = angio([...args, '--lang', lang], env);
      return [lang, { code: r.code, stderr: r.stderr }];
    }),
  ) as Record<'en' | 'nl' | 'fr', { code: number | null; stderr: string }>;

describe('the catalogue says every refusal of the core', () => {
  test("each refusal's words are in the catalogue, their English the core's sentence; each word of the part is one the core says", () => {
    expectEach(Object.entries(REFUSAL_DETAILS), ([id, en]) => id in MESSAGES && MESSAGES[id as MessageId].en === en, 'refusal');
    const refused = Object.keys(REFUSAL_MESSAGES).filter((id) => id.startsWith('refused.'));
    expect(refused.filter((id) => !(id in REFUSAL_DETAILS))).toEqual([]);
  });

  test("a file that cannot be read: the catalogue's English is the core's sentence, for each kind", () => {
    const kinds: Record<InputProblemKind, MessageId> = { missing: 'input.missing', folder: 'input.folder', unreadable: 'input.unreadable' };
    expectEach(
      Object.entries(kinds) as [InputProblemKind, MessageId][],
      ([kind, id]) => new InputFileProblem(kind, 'rows.csv').message === say('en', id, { file: 'rows.csv' }),
      'kind',
    );
  });
});

describe('users: one that exists, one that does not, the last admin', () => {
  test('adding a user that exists: exit 1, in each language', () => {
    const r = inEach(['users', 'add', 'anna', '--role', 'staff']);
    expect(r.en).toEqual({ code: 1, stderr: 'User "anna" already exists (role admin).\n' });
    expect(r.nl).toEqual({ code: 1, stderr: 'Gebruiker "anna" bestaat al (rol admin).\n' });
    expect(r.fr).toEqual({ code: 1, stderr: 'L’utilisateur « anna » existe déjà (rôle admin).\n' });
  });

  test('a user who is not there: exit 2, for set-role and for remove', () => {
    for (const args of [
      ['users', 'set-role', 'nobody', 'staff'],
      ['users', 'remove', 'nobody'],
    ]) {
      const r = inEach(args);
      expect(r.en).toEqual({ code: 2, stderr: 'There is no user "nobody".\n' });
      expect(r.nl).toEqual({ code: 2, stderr: 'Er is geen gebruiker "nobody".\n' });
      expect(r.fr).toEqual({ code: 2, stderr: 'Il n’y a pas d’utilisateur « nobody ».\n' });
    }
  });

  test('the last admin keeps the role and stays: exit 1', () => {
    const demote = inEach(['users', 'set-role', 'anna', 'staff']);
    expect(demote.en).toEqual({ code: 1, stderr: '"anna" is the last admin: make another user admin first.\n' });
    expect(demote.nl.stderr).toBe('"anna" is de laatste beheerder: maak eerst een andere gebruiker beheerder.\n');
    expect(demote.fr.stderr).toBe('« anna » est le dernier administrateur : faites d’abord d’un autre utilisateur un administrateur.\n');
    const remove = inEach(['users', 'remove', 'anna']);
    expect(remove.en).toEqual({ code: 1, stderr: '"anna" is the last admin and cannot be removed.\n' });
    expect(remove.nl).toEqual({ code: 1, stderr: '"anna" is de laatste beheerder en kan niet verwijderd worden.\n' });
    expect(remove.fr).toEqual({ code: 1, stderr: '« anna » est le dernier administrateur et ne peut pas être supprimé.\n' });
    expect(angio(['users', 'list', '--json'], env).stdout).toMatch(/"name": "anna",\s+"role": "admin"/);
  });
});

describe('registrations: deleted, sent, not a hospitalisation', () => {
  test('sending a deleted registration: exit 2; --json keeps the English', () => {
    const r = inEach(['send', String(ids.deleted)]);
    expect(r.en).toEqual({ code: 2, stderr: `Registration ${ids.deleted} is deleted and cannot be sent.\n` });
    expect(r.nl).toEqual({ code: 2, stderr: `Registratie ${ids.deleted} is verwijderd en kan niet verzonden worden.\n` });
    expect(r.fr).toEqual({ code: 2, stderr: `L’enregistrement ${ids.deleted} est supprimé et ne peut pas être envoyé.\n` });
    const json = angio(['send', String(ids.deleted), '--json', '--lang', 'fr'], env);
    expect(json).toMatchObject({ code: 2, stderr: r.en.stderr });
  });

  test('a follow-up of an H: exit 1; --json keeps the English', () => {
    const r = inEach(['follow-up', String(ids.h)]);
    expect(r.en).toEqual({ code: 1, stderr: 'Only a follow-up (FU) can be linked, and only to a P or FP hospitalisation.\n' });
    expect(r.nl).toEqual({
      code: 1,
      stderr: 'Alleen een follow-up (FU) kan gekoppeld worden, en alleen aan een P- of FP-hospitalisatie.\n',
    });
    expect(r.fr).toEqual({ code: 1, stderr: 'Seul un suivi (FU) peut être lié, et seulement à une hospitalisation P ou FP.\n' });
    expect(angio(['follow-up', String(ids.h), '--json', '--lang', 'nl'], env)).toMatchObject({ code: 1, stderr: r.en.stderr });
  });

  test('consent on a Sent registration: exit 2, with what to do instead', () => {
    const r = inEach(['consent', String(ids.sent)]);
    expect(r.en).toEqual({
      code: 2,
      stderr: `Registration ${ids.sent} is sent and can no longer be edited (start a correction to resubmit it).\n`,
    });
    expect(r.nl.stderr).toBe(
      `Registratie ${ids.sent} is verzonden en kan niet meer gewijzigd worden (begin een correctie om ze opnieuw in te dienen).\n`,
    );
    expect(r.fr.stderr).toBe(
      `L’enregistrement ${ids.sent} est envoyé et ne peut plus être modifié (commencez une correction pour le soumettre à nouveau).\n`,
    );
    expect(r.fr.code).toBe(2);
  });
});

describe('a file to import that cannot be read: a usage error naming it and why, exit 2', () => {
  test('missing, for an import and a reference list; nothing is written beside it', () => {
    const missing = join(dir, 'nofile.csv');
    const imported = inEach(['import', missing, '--type', 'P']);
    expect(imported.en).toEqual({ code: 2, stderr: `There is no file ${missing}.\n` });
    expect(imported.nl).toEqual({ code: 2, stderr: `Het bestand ${missing} bestaat niet.\n` });
    expect(imported.fr).toEqual({ code: 2, stderr: `Le fichier ${missing} n’existe pas.\n` });
    const list = inEach(['reflist', 'import', missing, '--list', 'hpin']);
    expect(list).toEqual(imported);
    expect(angio(['import', missing, '--type', 'P', '--json', '--lang', 'fr'], env)).toMatchObject({ code: 2, stdout: '' });
    expect(existsSync(join(dir, 'nofile.results.csv'))).toBe(false);
  });

  test('a folder', () => {
    const folder = join(dir, 'exports');
    mkdirSync(folder);
    const r = inEach(['import', folder, '--type', 'P']);
    expect(r.en).toEqual({ code: 2, stderr: `${folder} is a folder, not a file.\n` });
    expect(r.nl).toEqual({ code: 2, stderr: `${folder} is een map, geen bestand.\n` });
    expect(r.fr).toEqual({ code: 2, stderr: `${folder} est un dossier, pas un fichier.\n` });
  });

  test('a file the user may not read', () => {
    const file = join(dir, 'private.csv');
    writeFileSync(file, 'IDC_PAT\n', { mode: 0o000 });
    chmodSync(dir, 0o755);
    // As root every file is readable: the run is then made as an ordinary user (nobody).
    const asRoot = process.getuid?.() === 0;
    const run = (lang: string) =>
      spawnSync(process.execPath, [BIN, 'reflist', 'import', file, '--list', 'hpin', '--lang', lang], {
        encoding: 'utf8',
        env: { ...process.env, ...env, ANGIO_USER: 'nobody' },
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
    expect(run('en')).toMatchObject({ status: 2, stderr: `${file} cannot be read (permission denied).\n` });
    expect(run('nl')).toMatchObject({ status: 2, stderr: `${file} kan niet gelezen worden (geen toestemming).\n` });
    expect(run('fr')).toMatchObject({ status: 2, stderr: `${file} ne peut pas être lu (permission refusée).\n` });
  });
});

describe('the door itself', () => {
  test('serve on an address that is not loopback is refused in the language, exit 2', () => {
    const r = inEach(['serve', '--host', '0.0.0.0']);
    expect(r.en.code).toBe(2);
    expect(r.en.stderr).toMatch(/^Refusing to listen on 0\.0\.0\.0: the API holds patient data and listens on loopback only/);
    expect(r.nl).toEqual({
      code: 2,
      stderr:
        'Luisteren op 0.0.0.0 geweigerd: de API bevat patiëntgegevens en luistert alleen op loopback, tenzij u --allow-remote toevoegt (en er TLS voor zet).\n',
    });
    expect(r.fr.code).toBe(2);
    expect(r.fr.stderr).toMatch(/^Écoute sur 0\.0\.0\.0 refusée : l’API contient des données de patients/);
  });

  test('a word that is no command is said to be unknown, with the way to the commands; a near one is suggested', () => {
    const r = inEach(['bogus']);
    expect(r.en).toEqual({ code: 2, stderr: 'error: unknown command \'bogus\'\n(run "angio --help" for the commands)\n' });
    expect(r.nl).toEqual({ code: 2, stderr: 'fout: onbekende opdracht \'bogus\'\n("angio --help" toont de opdrachten)\n' });
    expect(r.fr).toEqual({ code: 2, stderr: 'erreur : commande inconnue « bogus »\n(« angio --help » affiche les commandes)\n' });
    expect(angio(['lst', '--lang', 'fr'], env).stderr).toContain('(Vouliez-vous dire list ?)');
  });
});
