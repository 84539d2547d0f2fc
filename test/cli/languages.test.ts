/**
 * The command line in Dutch and French, on the built binary, as hospital staff would run it with
 * --lang, ANGIO_LANG or their saved language: the help, a usage error, a refused role, the list's
 * and a registration's headers, doctor, init and an import's summary. --json keeps its English
 * keys and codes whatever the language.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { openDatabase } from '../../src/store/index.js';
import { tempDbPath, tempDir } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';

let env: Record<string, string>;
let sentId: number;

// One installation for the whole file (tempDir() would be removed after the first test).
const dir = mkdtempSync(join(tmpdir(), 'angio-languages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  env = { ANGIO_DB: join(dir, 'angio.db'), ANGIO_USER: 'anna' };
  expect(angio(['init'], env).code).toBe(0);
  expect(angio(['demo', '--records', '12'], env).code).toBe(0);
  expect(angio(['users', 'add', 'sam', '--role', 'support'], env).code).toBe(0);
  const rows = JSON.parse(angio(['list', '--json', '--status', 'sent'], env).stdout) as { id: number }[];
  sentId = rows[0]!.id;
});

describe('the command line speaks Dutch and French', () => {
  test('the help: titles, commands and options, by --lang and by ANGIO_LANG', () => {
    const nl = angio(['--help', '--lang', 'nl'], env);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^Gebruik: angio \[opties\] \[opdracht\]\n/);
    expect(nl.stdout).toContain('\nOpties:\n');
    expect(nl.stdout).toContain('\nOpdrachten:\n');
    expect(nl.stdout).toMatch(/list \[opties\] +registraties oplijsten/);
    expect(nl.stdout).toMatch(/-h, --help +hulp bij de opdracht tonen/);

    const fr = angio(['import', '--help'], { ...env, ANGIO_LANG: 'fr' });
    expect(fr.stdout).toMatch(/^Utilisation : angio import \[options\] <fichier>\n/);
    expect(fr.stdout).toContain('importer un fichier CSV HD4DP');
    expect(fr.stdout).toMatch(/--dry-run +valider et rapporter, ne rien écrire/);

    const listHelp = angio(['list', '--help', '--lang', 'fr'], env);
    expect(listHelp.stdout).toMatch(/--status <statut> +l’un de [^\n]*\n?[^\n]*\(par défaut :\s+"active"\)/);
  });

  test('--lang wins over ANGIO_LANG, which wins over the saved language', () => {
    const config = { ...env, ANGIO_CONFIG_DIR: tempDir() };
    expect(angio(['settings', 'set', 'language', 'fr'], config).code).toBe(0);
    expect(angio(['--help'], config).stdout).toMatch(/^Utilisation :/);
    expect(angio(['--help'], { ...config, ANGIO_LANG: 'nl' }).stdout).toMatch(/^Gebruik:/);
    expect(angio(['--help', '--lang', 'en'], { ...config, ANGIO_LANG: 'nl' }).stdout).toMatch(/^Usage:/);
    expect(angio(['--help', '--lang', 'de'], env)).toMatchObject({ code: 2, stderr: 'Unknown language "de": use en, nl or fr.\n' });
  });

  test("commander's usage errors and angio's own, exit 2", () => {
    expect(angio(['list', '--bogus', '--lang', 'nl'], env)).toMatchObject({
      code: 2,
      stderr: `fout: onbekende optie '--bogus'\n("angio --help" toont de opdrachten)\n`,
    });
    expect(angio(['show'], { ...env, ANGIO_LANG: 'fr' })).toMatchObject({
      code: 2,
      stderr: 'erreur : l’argument obligatoire « id » manque\n(« angio --help » affiche les commandes)\n',
    });
    // The placeholders of the help and of commander's errors are words of the language too.
    expect(angio(['users', 'add', 'kim', '--lang', 'nl'], env)).toMatchObject({
      code: 2,
      stderr: `fout: de verplichte optie '--role <rol>' ontbreekt\n("angio --help" toont de opdrachten)\n`,
    });
    expect(angio(['reflist', 'import', '--help', '--lang', 'nl'], env).stdout).toMatch(/--list <lijst> /);
    expect(angio(['list', '--type', 'X', '--lang', 'nl'], env)).toMatchObject({
      code: 2,
      stderr: 'Onbekend registratietype "X": gebruik H, P, F, FP of FU.\n',
    });
    expect(angio(['show', '0x1', '--lang', 'fr'], env).stderr).toMatch(/^« 0x1 » n’est pas un id d’enregistrement/);
  });

  test('a role that may not: the refusal in the person’s language, exit 3', () => {
    const support = { ...env, ANGIO_USER: 'sam' };
    expect(angio(['send', String(sentId), '--lang', 'nl'], support)).toMatchObject({
      code: 3,
      stderr: 'Gebruiker "sam" heeft de rol support, die geen registraties mag verzenden.\n',
    });
    expect(angio(['users', 'add', 'eve', '--role', 'staff'], { ...support, ANGIO_LANG: 'fr' })).toMatchObject({
      code: 3,
      stderr: 'L’utilisateur « sam » a le rôle support, qui ne peut pas gérer les utilisateurs.\n',
    });
    expect(angio(['list', '--lang', 'nl'], { ...env, ANGIO_USER: 'mallory' }).stderr).toMatch(
      /^Gebruiker "mallory" is niet gekend in deze database: een beheerder voegt hem toe met "angio users add mallory --role staff"\.\n$/,
    );
  });

  test("the list's counters, header and statuses; a registration's lines", () => {
    const nl = angio(['list', '--status', 'all', '--lang', 'nl'], env).stdout.split('\n');
    expect(nl[0]).toMatch(/^Open \d+ · Verzonden \d+ · Verwijderd \d+$/);
    expect(nl[1]).toMatch(/^code \/ id +type +patiënt +datum +status +volledig +gewijzigd +door$/);
    const statuses = nl.slice(2).filter(Boolean);
    expectEach(statuses, (line) => / {2}(Open|Verzonden|Verwijderd) {2}/.test(line), 'row');
    expect(statuses.some((line) => line.includes('  Verzonden  '))).toBe(true);

    const fr = angio(['list', '--lang', 'fr'], env).stdout.split('\n');
    expect(fr[0]).toMatch(/^Ouverts \d+ · Envoyés \d+ · Supprimés \d+$/);
    expect(fr[1]).toMatch(/^code \/ id +type +patient +date +statut +complet +modifié +par$/);

    const shown = angio(['show', String(sentId), '--lang', 'fr'], env).stdout;
    expect(shown).toMatch(new RegExp(`^#${sentId} \\w+ v\\d+ · Envoyé · AG-`));
    expect(shown).toMatch(/\npatient .* · date .* · complet \d+\/\d+\n/);
    expect(shown).toMatch(/\nlivraison en attente\n/);
    expect(shown).toMatch(/\nHistorique \(\d+\)\n/);
  });

  test("doctor's findings: levels, checks and fixes", () => {
    const nl = angio(['doctor', '--lang', 'nl'], env);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^ok {6}schema: versie \d+$/m);
    expect(nl.stdout).toMatch(/^ok {6}integriteit: SQLite-integriteitscontrole geslaagd/m);
    expect(nl.stdout).toMatch(
      /^let op {2}configuratie: het RIZIV-nummer van het ziekenhuis is niet ingesteld.*\n {8}oplossing: angio settings set hospital\.inami 71000000$/m,
    );
    const fr = angio(['doctor', '--lang', 'fr'], env).stdout;
    expect(fr).toMatch(/^ok {9}utilisateurs : 2 utilisateur\(s\), admin : anna$/m);
    expect(fr).toMatch(
      /^ok {9}chaîne d’audit : chaque entrée est chaînée|^ok {9}chaîne d’audit : les entrées les plus récentes sont chaînées/m,
    );
  });

  test("init's next steps", () => {
    const db = join(tempDir(), 'angio.db');
    const fr = angio(['init', '--lang', 'fr'], { ANGIO_DB: db, ANGIO_USER: 'claire' });
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/^Créée : .*angio\.db \(schéma de base \d+\)\.\n/);
    expect(fr.stdout).toMatch(
      /claire en est l’administrateur \(admin\)\.\n\nEnsuite :\n {2}angio settings set hospital\.inami 71000000 +# le numéro INAMI de l’hôpital/,
    );
    expect(fr.stdout).toMatch(/angio doctor +# vérifie l’installation\n/);
    expect(angio(['init'], { ANGIO_DB: db, ANGIO_USER: 'claire', ANGIO_LANG: 'nl' })).toMatchObject({
      code: 2,
      stderr: `${db} is al geïnitialiseerd (admin: claire); er is niets gewijzigd. "angio doctor" controleert ze.\n`,
    });
  });

  test("an import's summary and its rejected rows", () => {
    const file = join(tempDir(), 'h.csv');
    expect(angio(['export', file, '--type', 'H'], env).code).toBe(0);
    const dry = angio(['import', file, '--type', 'H', '--dry-run', '--lang', 'nl'], env);
    expect(dry.stdout).toMatch(/^\d+ rij\(en\): \d+ geldig\. Proefimport: er is niets geschreven\.$/m);

    const bad = join(tempDir(), 'bad.csv');
    writeFileSync(bad, 'DT_HOSPZ;IDC_PAT\n31/02/2026;1\n');
    const fr = angio(['import', bad, '--type', 'H', '--lang', 'fr'], env);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toMatch(/^ligne 2 : .* ; DT_HOSPZ = "31\/02\/2026" : date invalide .* ; et \d+ de plus$/m);
    expect(fr.stdout).toMatch(/^1 ligne\(s\) : 1 refusées\.$/m);
    expect(fr.stdout).toMatch(/^Résultats, ligne par ligne : .*bad\.results\.csv$/m);
  });

  test('--json keeps English keys and codes in every language', () => {
    const en = JSON.parse(angio(['list', '--json', '--status', 'all'], env).stdout) as Record<string, unknown>[];
    const fr = JSON.parse(angio(['list', '--json', '--status', 'all', '--lang', 'fr'], env).stdout) as Record<string, unknown>[];
    expect(fr).toEqual(en);
    expectEach(fr, (r) => ['open', 'sent', 'deleted'].includes(r.status as string), 'registration');
    const checks = (JSON.parse(angio(['doctor', '--json', '--lang', 'nl'], env).stdout) as { check: string; level: string }[]).map(
      (f) => f.check,
    );
    expect(checks).toEqual(expect.arrayContaining(['schema', 'integrity', 'audit chain', 'outbox', 'configuration', 'users']));
  });
});

describe('what the core reports as data, said in Dutch and French at the door', () => {
  test('a missing database and one locked by another writer, exit 2', () => {
    const missing = tempDbPath();
    expect(angio(['list', '--db', missing, '--lang', 'nl'], env)).toMatchObject({
      code: 2,
      stderr: `Geen database op ${missing}: voer "angio init" uit om ze aan te maken (u wordt er de beheerder van).\n`,
    });
    expect(angio(['list', '--db', missing], { ...env, ANGIO_LANG: 'fr' })).toMatchObject({
      code: 2,
      stderr: `Aucune base à ${missing} : lancez « angio init » pour la créer (vous en devenez l’administrateur).\n`,
    });
    const holder = openDatabase(env.ANGIO_DB!);
    holder.prepare('BEGIN EXCLUSIVE').run();
    try {
      const busy = { ...env, ANGIO_BUSY_TIMEOUT_MS: '100' };
      const nl = angio(['demo', '--records', '1', '--lang', 'nl'], busy);
      expect(nl.code).toBe(2);
      expect(nl.stderr).toMatch(/^De database is vergrendeld door een ander programma; probeer het zo dadelijk opnieuw\.\n$/);
      const fr = angio(['demo', '--records', '1', '--lang', 'fr'], busy);
      expect(fr.code).toBe(2);
      expect(fr.stderr).toMatch(/^La base est verrouillée par un autre programme ; réessayez dans un instant\.\n$/);
    } finally {
      holder.prepare('ROLLBACK').run();
      holder.close();
    }
  });

  test('an export to a file that exists, without --force: nothing written, exit 2', () => {
    const file = join(tempDir(), 'h.csv');
    writeFileSync(file, 'earlier\n');
    expect(angio(['export', file, '--type', 'H', '--lang', 'nl'], env)).toMatchObject({
      code: 2,
      stderr: `${file} bestaat al. Voeg --force toe om het te vervangen. Er is niets geschreven.\n`,
    });
    expect(angio(['export', file, '--type', 'H', '--lang', 'fr'], env)).toMatchObject({
      code: 2,
      stderr: `${file} existe déjà. Ajoutez --force pour le remplacer. Rien n’a été écrit.\n`,
    });
  });

  test('angio backup: refused to a role that may not, and its summary', () => {
    const folder = join(dir, 'backups');
    mkdirSync(folder, { recursive: true });
    expect(angio(['backup', join(folder, 'sam.db'), '--lang', 'fr'], { ...env, ANGIO_USER: 'sam' })).toMatchObject({
      code: 3,
      stderr: 'L’utilisateur « sam » a le rôle support, qui ne peut pas sauvegarder la base.\n',
    });
    const nl = angio(['backup', join(folder, 'maandag.db'), '--lang', 'nl'], env);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(
      /^Back-up gemaakt naar .*maandag\.db \(0600\): \d+ registratie\(s\), \d+ auditregels, .*databaseschema \d+\.$/m,
    );
    expect(nl.stdout).toMatch(/^De kopie gecontroleerd: SQLite-integriteit, .*: ok\.$/m);
    const fr = angio(['backup', join(folder, 'maandag.db'), '--lang', 'fr'], env);
    expect(fr).toMatchObject({
      code: 2,
      stderr: `${join(folder, 'maandag.db')} existe déjà. Ajoutez --force pour le remplacer. Rien n’a été écrit.\n`,
    });
    expect(angio(['backup', '-', '--lang', 'fr'], env).stderr).toMatch(/^Une sauvegarde, ce sont deux fichiers/);
  });

  test("an import's file that cannot be read: its header, a row that is not CSV", () => {
    const commas = join(tempDir(), 'commas.csv');
    writeFileSync(commas, 'DT_HOSPZ,IDC_PAT\n01/02/2026,1\n');
    expect(angio(['import', commas, '--type', 'H', '--lang', 'fr'], env)).toMatchObject({
      code: 2,
      stderr: `${commas}: Le fichier est séparé par des virgules ; les fichiers HD4DP sont séparés par des points-virgules (;). Enregistrez-le à nouveau avec « ; » comme séparateur. Rien n’a été importé.\n`,
    });
    const unknown = join(tempDir(), 'unknown.csv');
    writeFileSync(unknown, 'DT_HOSPZ;DT_HOSPX\n');
    expect(angio(['import', unknown, '--type', 'H', '--lang', 'nl'], env).stderr).toMatch(
      /^.*unknown\.csv: Onbekende kolom "DT_HOSPX" \(kolom 2\): bedoelde u DT_HOSPZ\? Zie "angio types --csv-header H"\. /,
    );
    const quote = join(tempDir(), 'quote.csv');
    writeFileSync(quote, 'DT_HOSPZ;IDC_PAT\n"01/02/2026;1\n');
    const nl = angio(['import', quote, '--type', 'H', '--lang', 'nl'], env);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toMatch(/quote\.csv: Regel 2: een aanhalingsteken dat in deze rij geopend wordt, wordt nooit gesloten\. /);
  });

  test("settings list's meaning column, and a refused value", () => {
    const fr = angio(['settings', 'list', '--lang', 'fr'], env);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/^hospital\.inami .* numéro d’établissement INAMI\/RIZIV \(8 chiffres\), dans les messages de facturation$/m);
    expect(fr.stdout).toMatch(/^language .* libellés et messages : en, nl ou fr$/m);
    expect(fr.stdout).not.toContain('in billing messages');
    expect(angio(['settings', 'set', 'hospital.inami', '123', '--lang', 'nl'], env)).toMatchObject({
      code: 2,
      stderr: 'Niet ingesteld: hospital.inami: 8 cijfers. Er is niets gewijzigd.\n',
    });
  });
});
