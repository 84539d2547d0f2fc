import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formOf, TYPE_CODES } from '../../src/registry/index.js';
import { angio } from '../helpers/cli.js';
import { openDatabase } from '../../src/store/index.js';
import { tempDbPath } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';

describe('headless CLI on the real binary', () => {
  test('--version and --help exit 0', () => {
    expect(angio(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
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
    const path = tempDbPath();
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
    expect(shown.stdout).toMatch(/History \(\d+\)\n {2}\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}\S+ {2}create: /);
    const json = JSON.parse(angio(['show', String(incomplete.id), '--json', '--lang', 'fr'], { ANGIO_DB: db }).stdout);
    expect(json.missing[0].message).toMatch(/obligatoire|ne peut|doit|invalide/);
    expect(json.history[0].action).toBe('create');
    expect(angio(['show', '999999'], { ANGIO_DB: db })).toMatchObject({ code: 2 });
  });
});
