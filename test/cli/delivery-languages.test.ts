/**
 * Delivery, dates and numbers on the command line in Dutch and French, on the built binary: why
 * an item waits or failed said in the person's language (also what an earlier version stored),
 * stored instants as dd/mm/yyyy hh:mm in Belgian time whatever the machine's time zone, decimal
 * commas in values, rules and the report, and `outbox show`'s labels apart from their values.
 * --json keeps the English sentences and ISO instants.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { manualClock } from '../../src/clock.js';
import { createTokens, type OutboxItem } from '../../src/store/index.js';
import { angio, angioAsync } from '../helpers/cli.js';
import { freshCore, tempDir } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';
import { completeP } from '../helpers/fixtures.js';
import { sentDatabase } from '../helpers/sent-database.js';

// Far from Belgium: what is printed must still be Belgian time.
const TZ = 'America/New_York';
const DATE_TIME = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;

/** An address where nothing listens: a port just freed. */
async function down(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('a receiver that is down, in the person’s language', () => {
  test('transmit, outbox list and outbox show say the refused connection and the next try; --json keeps the English', async () => {
    const env = { ANGIO_DB: sentDatabase(1, { tester: 'admin' }), ANGIO_USER: 'tester', ANGIO_CONFIG_DIR: tempDir(), TZ };
    const url = await down();
    const args = ['transmit', '--healthdata-url', `${url}/healthdata`, '--cin-url', `${url}/cin`];

    const fr = await angioAsync([...args, '--lang', 'fr'], env);
    expect(fr.code).toBe(0);
    const lines = fr.stdout.trim().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual([
      '#1 → cin : à réessayer (le destinataire a refusé la connexion (ECONNREFUSED))',
      '#1 → healthdata : à réessayer (le destinataire a refusé la connexion (ECONNREFUSED))',
    ]);
    expect(lines.at(-1)).toMatch(new RegExp(`boîte d’envoi : 2 en attente \\(prochain essai ${DATE_TIME.source}\\)`));
    expect(fr.stdout).not.toMatch(/fetch failed|\d{4}-\d{2}-\d{2}T/);

    const nl = angio(['outbox', 'list', '--lang', 'nl'], env);
    const rows = nl.stdout.split('\n').filter((l) => /^\d+ +#1 /.test(l));
    expect(rows).toHaveLength(2);
    expectEach(rows, (r) => new RegExp(`volgende ${DATE_TIME.source} +de ontvanger weigerde de verbinding \\(ECONNREFUSED\\)$`).test(r));

    const json = JSON.parse(angio(['outbox', 'list', '--json'], env).stdout) as OutboxItem[];
    expect(json).toHaveLength(2);
    expectEach(
      json,
      (i) => i.lastError === 'ECONNREFUSED: fetch failed' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(i.nextAttemptAt),
    );

    const shown = angio(['outbox', 'show', String(json[0]!.id), '--lang', 'fr'], env);
    expect(shown.stdout).toMatch(/^dernière erreur +le destinataire a refusé la connexion \(ECONNREFUSED\)$/m);
  });
});

describe('a hospital database written on a fixed clock, read in Dutch and French', () => {
  const CREATED = '2026-11-30T14:20:57.407Z'; // 15:20 in Brussels
  let env: Record<string, string>;
  let id: number;
  let healthdata: OutboxItem;
  let cin: OutboxItem;

  // One database for the describe's tests (tempDir() would be removed after the first test).
  const dir = mkdtempSync(join(tmpdir(), 'angio-delivery-languages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    const path = join(dir, 'angio.db');
    const clock = manualClock(CREATED);
    const { core, ops } = freshCore({ path, clock });
    const r = ops.createRegistration('tester', { type: 'P', data: { ...completeP(), MS_PAT_WGHT: 85.4, MS_RECNT_SERM_CREAN: 0.76 } });
    expect(ops.sendRegistration('tester', { id: r.id }).ok).toBe(true);
    id = r.id;
    const items = core.outbox.ofRegistration(id);
    healthdata = items.find((i) => i.destination === 'healthdata')!;
    cin = items.find((i) => i.destination === 'cin')!;
    // What earlier versions stored, in English: said in the language all the same.
    core.outbox.record([
      { id: healthdata.id, status: 'retry', error: 'TypeError: fetch failed', next: '2026-11-30T14:28:55.337Z' },
      { id: cin.id, status: 'failed', error: 'gave up after 10 days; last error no answer within 10000 ms' },
    ]);
    createTokens(core.db, clock).create('tester', 'lab robot');
    core.db.close();
    env = { ANGIO_DB: path, ANGIO_USER: 'tester', ANGIO_CONFIG_DIR: join(dir, 'settings'), TZ };
  });

  test('angio show: created and changed in Belgian time, measured values with a decimal comma, the history too', () => {
    const fr = angio(['show', String(id), '--lang', 'fr'], env);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain('créé le 30/11/2026 15:20 par tester · modifié le 30/11/2026 15:20 par tester');
    expect(fr.stdout).toMatch(/MS_PAT_WGHT +Poids.* 85,4 kg\n/);
    expect(fr.stdout).toMatch(/MS_RECNT_SERM_CREAN +.* 0,76 mg\/dL\n/);
    expect(fr.stdout).toMatch(/^ {2}30\/11\/2026 15:20 {2}tester {2}\S/m);
    expect(fr.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T|\d\.\d+ (kg|mg)/);

    const nl = angio(['show', String(id), '--lang', 'nl'], env);
    expect(nl.stdout).toContain('aangemaakt 30/11/2026 15:20 door tester');
    expect(nl.stdout).toMatch(/ 85,4 kg\n/);

    const json = JSON.parse(angio(['show', String(id), '--json', '--lang', 'fr'], env).stdout) as {
      createdAt: string;
      data: Record<string, unknown>;
    };
    expect(json.createdAt).toBe(CREATED);
    expect(json.data.MS_PAT_WGHT).toBe(85.4);
  });

  test('angio outbox show: every label apart from its value in every language, times in Belgian time, the stored reasons said', () => {
    for (const lang of ['en', 'nl', 'fr'] as const) {
      const shown = angio(['outbox', 'show', String(healthdata.id), '--lang', lang], env);
      expect(shown.code).toBe(0);
      const head = shown.stdout.split('\n').slice(0, 11);
      expect(head).toHaveLength(11);
      // Each label (words, maybe with spaces) is followed by at least two spaces, then its value, aligned.
      const starts = head.map((l) => /^\S+(?: \S+)*? {2,}(?=\S)/.exec(l)?.[0].length);
      expectEach(starts, (s) => s !== undefined && s === starts[0], 'value column');
    }
    const fr = angio(['outbox', 'show', String(healthdata.id), '--lang', 'fr'], env).stdout;
    expect(fr).toMatch(/^clé d’idempotence {2}AG-/m);
    expect(fr).toMatch(/^créé {2,}30\/11\/2026 15:20$/m);
    expect(fr).toMatch(/^prochain essai {2,}30\/11\/2026 15:28$/m);
    expect(fr).toMatch(/^dernière erreur {2,}la connexion au destinataire a échoué$/m);
    const nl = angio(['outbox', 'show', String(cin.id), '--lang', 'nl'], env).stdout;
    expect(nl).toMatch(/^wordt afgeleverd door {2}—$/m);
    expect(nl).toMatch(/^laatste fout {2,}opgegeven na 10 dagen; laatste fout: geen antwoord binnen 10000 ms$/m);

    const json = JSON.parse(angio(['outbox', 'show', String(cin.id), '--json', '--lang', 'nl'], env).stdout) as OutboxItem;
    expect(json).toMatchObject({ createdAt: CREATED, lastError: 'gave up after 10 days; last error no answer within 10000 ms' });
  });

  test('angio outbox list: when and why, in the language', () => {
    const fr = angio(['outbox', 'list', '--lang', 'fr'], env).stdout;
    expect(fr).toMatch(/prochain 30\/11\/2026 15:28 +la connexion au destinataire a échoué\n/);
    expect(fr).toMatch(/en échec .* abandonné après 10 jours ; dernière erreur : pas de réponse…\n/);
  });

  test('angio token list: when a token was made, in Belgian time', () => {
    const nl = angio(['token', 'list', '--lang', 'nl'], env);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^1 +tester +lab robot +30\/11\/2026 15:20 +— +—$/m);
  });

  test('angio rules and angio report: ranges and percentages with a decimal comma', () => {
    expect(angio(['rules', '--type', 'P', '--lang', 'fr'], env).stdout).toContain('en général 0,1–20 mg/dL');
    expect(angio(['rules', '--type', 'P', '--lang', 'nl'], env).stdout).toContain('meestal 0,1–20 mg/dL');
    expect(angio(['rules', '--type', 'P'], env).stdout).toContain('usually 0.1–20 mg/dL');

    const report = angio(['report', '--from', '2026-01', '--to', '2026-12', '--as-of', '2026-11-30', '--lang', 'fr'], env);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/\d+,\d %/);
    expect(report.stdout).not.toMatch(/\d+\.\d %/);
  });
});
