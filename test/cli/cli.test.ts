import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formOf, TYPE_CODES } from '../../src/registry/index.js';
import { angio, angioAsync } from '../helpers/cli.js';
import { openDatabase } from '../../src/store/index.js';
import { freshCore, tempDbPath, tempDir, initialisedDbPath } from '../helpers/db.js';
import { completeP } from '../helpers/fixtures.js';
import { expectEach } from '../helpers/expect-each.js';

describe('headless CLI on the real binary', () => {
  test('--version and --help exit 0', () => {
    expect(angio(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+ \(database schema \d+\)$/);
    const help = angio(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/list.*\n[\s\S]*types/);
  });

  test('no command and no terminal: one sentence naming the headless commands, exit 2', () => {
    const r = angio([], { ANGIO_DB: tempDbPath() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    for (const command of [
      'list',
      'show',
      'validate',
      'send',
      'retry',
      'follow-up',
      'import',
      'export',
      'transmit',
      'serve',
      'settings',
      'doctor',
    ])
      expect(r.stderr).toContain(command);
  });

  test('an unknown command or option is a usage error: exit 2', () => {
    expect(angio(['frobnicate']).code).toBe(2);
    expect(angio(['list', '--colour']).code).toBe(2);
    expect(angio(['list', '--type', 'X'], { ANGIO_DB: tempDbPath() }).code).toBe(2);
  });

  test('a missing or corrupt database gives one clear sentence, no stack trace, exit 2', () => {
    const missing = angio(['list', '--db', tempDbPath()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^No database at .*\n$/);
    const corrupt = tempDbPath();
    writeFileSync(corrupt, 'x'.repeat(4096));
    const r = angio(['list', '--db', corrupt]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a readable angio database/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  test('a database locked by another writer gives one clear sentence, exit 2', () => {
    const path = initialisedDbPath();
    const holder = openDatabase(path);
    holder.prepare('BEGIN EXCLUSIVE').run();
    try {
      const r = angio(['demo', '--records', '1', '--db', path], { ANGIO_BUSY_TIMEOUT_MS: '100' });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is locked by another program; try again in a moment\.\n$/);
    } finally {
      holder.prepare('ROLLBACK').run();
      holder.close();
    }
  });

  test('types --json reproduces the catalogue exactly', () => {
    const r = angio(['types', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      types: { code: string; versions: { fields: { id: string; required: boolean; step: string }[] }[] }[];
    };
    for (const t of TYPE_CODES) {
      const fields = json.types.find((x) => x.code === t)!.versions.at(-1)!.fields;
      expect(fields.map((f) => [f.id, f.required, f.step])).toEqual(formOf(t).fields.map((f) => [f.id, f.required, f.step]));
    }
    const diabetes = json.types.find((x) => x.code === 'P')!.versions[0]!.fields.find((f) => f.id === 'CD_DIABT') as unknown as {
      codes: { code: string }[];
    };
    expect(diabetes.codes.map((c) => c.code)).toEqual(['1', '2', '3', '6', '4', '5']);
  });

  test('types --csv-header gives the CSV columns of a type', () => {
    const header = angio(['types', '--csv-header', 'fu']).stdout.trim().split(';');
    expect(header).toContain('DT_CONSULT');
    expect(header).not.toContain('TX_TTL_FU_PROC');
  });

  test('demo, list, show and validate tell one story; exit 1 when a record cannot be sent', () => {
    const db = tempDbPath();
    const demo = angio(['demo', '--records', '40', '--seed', '3', '--json'], { ANGIO_DB: db });
    expect(demo.code).toBe(0);
    expect(JSON.parse(demo.stdout).created).toBe(40);
    // deterministic: the same seed gives the same data
    const again = tempDbPath();
    angio(['demo', '--records', '40', '--seed', '3'], { ANGIO_DB: again });
    const strip = (s: string) => (JSON.parse(s) as { updatedAt: string }[]).map(({ updatedAt: _, ...r }) => r);
    expect(strip(angio(['list', '--json', '--status', 'all'], { ANGIO_DB: again }).stdout)).toEqual(
      strip(angio(['list', '--json', '--status', 'all'], { ANGIO_DB: db }).stdout),
    );

    const rows = JSON.parse(angio(['list', '--json', '--limit', '100'], { ANGIO_DB: db }).stdout) as {
      id: number;
      requiredFilled: number;
      requiredTotal: number;
      patient: string;
    }[];
    expectEach(rows, (r) => !/^\d{11}$/.test(r.patient), 'listed row');
    const incomplete = rows.find((r) => r.requiredFilled < r.requiredTotal)!;
    const complete = rows.find((r) => r.requiredFilled === r.requiredTotal)!;
    const bad = angio(['validate', String(incomplete.id)], { ANGIO_DB: db });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/required/);
    const good = angio(['validate', String(complete.id), '--json'], { ANGIO_DB: db });
    expect(JSON.parse(good.stdout)).toMatchObject({ id: complete.id, valid: true });
    expect(good.code).toBe(0);
    const shown = angio(['show', String(incomplete.id)], { ANGIO_DB: db });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Before it can be sent \(\d+\):/);
    // fields read with their labels and values as people read them; the history is there too
    expect(shown.stdout).toMatch(/DT_HOSPZ +Admission date +\d{2}\/\d{2}\/\d{4}/);
    expect(shown.stdout).toMatch(/History \(\d+\)\n {2}\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} {2}\S+ {2}create: /);
    const json = JSON.parse(angio(['show', String(incomplete.id), '--json', '--lang', 'fr'], { ANGIO_DB: db }).stdout);
    expect(json.missing[0].message).toMatch(/obligatoire|ne peut|doit|invalide/);
    expect(json.history[0].action).toBe('create');
    expect(angio(['show', '999999'], { ANGIO_DB: db })).toMatchObject({ code: 2 });
  });
});

describe('follow-ups, retries and what a reader sees', () => {
  test('show masks every personal answer (the catalogue flag), in text, in JSON and in the history', () => {
    const path = tempDbPath();
    const { core, ops } = freshCore({ path });
    const identified = { ...completeP(), TX_PAT_FIRST_NAM: 'Zoltanius', TX_PAT_LAST_NAM: 'Quibbleworth', TX_IDC_PAT_INT: 'INT-998877' };
    const r = ops.createRegistration('nurse', { type: 'P', data: identified });
    core.db.close();
    for (const args of [
      ['show', String(r.id)],
      ['show', String(r.id), '--json'],
    ]) {
      const out = angio(args, { ANGIO_DB: path });
      expect(out.code).toBe(0);
      for (const secret of ['85040216932', '040216932', 'Zoltanius', 'Quibbleworth', 'INT-998877'])
        expect(out.stdout, args.join(' ')).not.toContain(secret);
      expect(out.stdout).toContain('85.04.02-***.**');
      expect(out.stdout).toContain('Z***');
    }
  });

  test('follow-up starts the FU of a hospitalisation with its patient; retry queues failed deliveries again', async () => {
    const path = tempDbPath();
    const { core, ops } = freshCore({ path });
    const p = ops.createRegistration('nurse', { type: 'P', data: completeP() });
    ops.sendRegistration('nurse', { id: p.id });
    core.db.close();

    const fu = angio(['follow-up', String(p.id), '--json'], { ANGIO_DB: path });
    expect(fu.code).toBe(0);
    const created = JSON.parse(fu.stdout) as { id: number; type: string; parentId: number };
    expect(created).toMatchObject({ type: 'FU', parentId: p.id });
    const listed = JSON.parse(angio(['list', '--json', '--type', 'FU'], { ANGIO_DB: path }).stdout) as { id: number; patient: string }[];
    expect(listed).toEqual([expect.objectContaining({ id: created.id, patient: '85.04.02-***.**' })]);

    // a receiver that refuses everything: the items fail and need attention
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(422, { 'content-type': 'application/json' });
      res.end('{"message":"refused"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
      const transmit = await angioAsync(['transmit', '--healthdata-url', url, '--cin-url', url], { ANGIO_DB: path });
      expect(transmit.code).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(JSON.parse(angio(['show', String(p.id), '--json'], { ANGIO_DB: path }).stdout).delivery).toBe('failed');
    const retry = angio(['retry', String(p.id)], { ANGIO_DB: path });
    expect(retry).toMatchObject({ code: 0, stdout: `#${p.id}: 2 failed item(s) queued again\n` });
    expect(JSON.parse(angio(['show', String(p.id), '--json'], { ANGIO_DB: path }).stdout).delivery).toBe('pending');
    expect(angio(['retry', String(p.id)], { ANGIO_DB: path }).stdout).toBe(`#${p.id}: nothing failed to deliver\n`);
  });

  test('show says which warnings a registration was sent with', () => {
    const path = tempDbPath();
    const { core, ops } = freshCore({ path });
    const r = ops.createRegistration('nurse', { type: 'P', data: { ...completeP(), MS_HF_HOSPZ: 18 } });
    expect(ops.sendRegistration('nurse', { id: r.id }).ok).toBe(true);
    core.db.close();
    const shown = angio(['show', String(r.id), '--lang', 'nl'], { ANGIO_DB: path });
    expect(shown.stdout).toMatch(
      /Verzonden met 1 waarschuwing\(en\):\n {2}waarschuwing +MS_HF_HOSPZ .*buiten het gebruikelijke 20–250: controleer/,
    );
    const json = JSON.parse(angio(['show', String(r.id), '--json'], { ANGIO_DB: path }).stdout) as { sentWithWarnings: unknown[] };
    expect(json.sentWithWarnings).toEqual([expect.objectContaining({ field: 'MS_HF_HOSPZ', code: 'out_of_range', severity: 'warning' })]);
  });

  test('consent records the consent of optional registrations and, with --send, sends them', () => {
    const path = tempDbPath();
    const { core, ops } = freshCore({ path });
    const r = ops.createRegistration('nurse', { type: 'P', data: { ...completeP(), CD_PREST_PCI: 'BI0153' } });
    core.db.close();
    const before = angio(['send', String(r.id)], { ANGIO_DB: path });
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/LOC_CONSENT .*consent/);
    const consent = angio(['consent', String(r.id), '--send'], { ANGIO_DB: path });
    expect(consent).toMatchObject({ code: 0 });
    expect(consent.stdout).toMatch(new RegExp(`^#${r.id}: consent recorded, sent: AG-`));
    expect(angio(['consent', '999'], { ANGIO_DB: path }).code).toBe(2);
  });

  test('settings set checks the value against its rule; one’s own setting needs no database', () => {
    const refused = angio(['settings', 'set', 'endpoints.cin', 'ftp://insurers.example', '--db', initialisedDbPath()]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe('Cannot set endpoints.cin: an http:// or https:// URL. Nothing was changed.');
    const nowhere = join(tempDir(), 'never-created.db');
    const own = angio(['settings', 'set', 'author.author', 'dr.peeters@hospital.example', '--db', nowhere]);
    expect(own).toMatchObject({ code: 0, stdout: 'author.author = dr.peeters@hospital.example\n' });
    expect(existsSync(nowhere)).toBe(false);
    expect(angio(['settings', 'get', 'author.author']).stdout).toBe('dr.peeters@hospital.example\n');
    expect(angio(['settings', 'set', 'colour', 'blue']).stderr).toMatch(/^Unknown setting "colour": use one of language, hospital.name/);
  });
});
