/**
 * The site's settings are the installation's, not each account's: an admin sets the hospital's
 * INAMI number once and every user's billing carries it; a staff member can neither change it nor
 * slip their own in through their settings file; every change is logged.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { freshCore, tempDir } from '../helpers/db.js';
import { completeP } from '../helpers/fixtures.js';

/** Each person with their own settings folder, on one database. */
function installation() {
  const dir = tempDir();
  const db = join(dir, 'angio.db');
  const as = (user: string) => ({ ANGIO_DB: db, ANGIO_USER: user, ANGIO_CONFIG_DIR: join(dir, `config-${user}`) });
  return { dir, db, as };
}

describe("the site's settings", () => {
  test('set once by an admin, the same for everyone, refused to staff, logged', () => {
    const { dir, as } = installation();
    expect(angio(['init'], as('alice')).code).toBe(0);
    expect(angio(['users', 'add', 'bob', '--role', 'staff'], as('alice')).code).toBe(0);
    expect(angio(['settings', 'set', 'hospital.inami', '71000000'], as('alice'))).toMatchObject({
      code: 0,
      stdout: 'hospital.inami = 71000000\n',
    });

    expect(angio(['settings', 'get', 'hospital.inami'], as('bob')).stdout).toBe('71000000\n');
    const refused = angio(['settings', 'set', 'hospital.inami', '72000000'], as('bob'));
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('may not change the site settings');

    // A value in bob's own settings file is not the site's: it counts for nothing.
    mkdirSync(join(dir, 'config-bob'), { recursive: true });
    writeFileSync(
      join(dir, 'config-bob', 'config.json'),
      JSON.stringify({ hospital: { inami: '79999999' }, author: { author: 'bob@h.example' } }),
    );
    const seen = JSON.parse(angio(['settings', 'list', '--json'], as('bob')).stdout) as Record<string, string>;
    expect(seen).toMatchObject({ 'hospital.inami': '71000000', 'author.author': 'bob@h.example' });

    const history = JSON.parse(angio(['settings', 'history', '--json'], as('bob')).stdout) as {
      user: string;
      key: string;
      old: string | null;
      new: string;
    }[];
    expect(history).toEqual([expect.objectContaining({ user: 'alice', key: 'hospital.inami', old: null, new: '71000000' })]);
  });

  test("an installation upgraded from per-account settings takes its admin's values once", () => {
    const { dir, as } = installation();
    mkdirSync(join(dir, 'config-alice'), { recursive: true });
    writeFileSync(
      join(dir, 'config-alice', 'config.json'),
      JSON.stringify({ hospital: { name: 'AZ Oud', inami: '71000000' }, endpoints: { healthdata: 'https://hd.example/in' } }),
    );
    expect(angio(['init'], as('alice')).code).toBe(0);
    expect(angio(['users', 'add', 'bob', '--role', 'staff'], as('alice')).code).toBe(0);
    const seen = JSON.parse(angio(['settings', 'list', '--json'], as('bob')).stdout) as Record<string, string>;
    expect(seen).toMatchObject({
      'hospital.name': 'AZ Oud',
      'hospital.inami': '71000000',
      'endpoints.healthdata': 'https://hd.example/in',
    });
    const history = JSON.parse(angio(['settings', 'history', '--json'], as('bob')).stdout) as { user: string }[];
    expect(history).toHaveLength(3);
    expect(new Set(history.map((h) => h.user))).toEqual(new Set(['alice']));
  });

  test('a process that runs for days (the API, delivery) bills with the hospital an admin set from elsewhere a moment ago', () => {
    const path = join(tempDir(), 'angio.db');
    const { core, ops } = freshCore({ path, roles: { nurse: 'staff' } });
    const first = ops.createRegistration('nurse', { type: 'P', data: completeP() });
    expect(angio(['settings', 'set', 'hospital.inami', '71000000'], { ANGIO_DB: path, ANGIO_USER: 'boss' }).code).toBe(0);
    expect(ops.sendRegistration('nurse', { id: first.id }).ok).toBe(true);
    const billing = core.db.prepare("SELECT payload FROM outbox WHERE destination = 'cin'").pluck().get() as string;
    expect(JSON.parse(billing)).toMatchObject({ hospital: { inami: '71000000' } });
    core.db.close();
  });
});
