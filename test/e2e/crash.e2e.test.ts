/**
 * End to end, in a real terminal: a registration damaged in the database file makes angio stop
 * with one sentence and the place of the details, exit non-zero, and leave the database as it was.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { tempDbPath } from '../helpers/db.js';
import { hasTmux, startInTmux } from '../helpers/tmux.js';

const sessions: ReturnType<typeof startInTmux>[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
});

describe.skipIf(!hasTmux())('an unexpected error in the real terminal', () => {
  test('one sentence, a crash file for support, exit 2, the database intact', async () => {
    const db = tempDbPath();
    expect(angio(['demo', '--records', '5', '--seed', '4'], { ANGIO_DB: db }).code).toBe(0);
    const raw = new Database(db);
    const newest = raw.prepare('SELECT max(id) FROM registrations').pluck().get() as number;
    raw.pragma('ignore_check_constraints = ON');
    raw.prepare('UPDATE registrations SET data = ? WHERE id = ?').run('{"broken', newest);
    raw.close();

    const s = startInTmux({ ANGIO_DB: db, ANGIO_USER: 'tester', NO_COLOR: '1' }, { columns: 100, rows: 30 }, { showExit: true });
    sessions.push(s);
    await s.waitFor(`#${newest}`);
    s.action('table.first');
    s.action('table.open');
    const screen = await s.waitFor('[exit ');
    expect(screen.replace(/\s+/g, ' ')).toMatch(
      /angio stopped on an unexpected error: [^.]*JSON[^.]*\. Every answer confirmed before it is saved/,
    );
    expect(screen).toContain('[exit 2]');
    expect(screen).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    const crashFile = readdirSync(dirname(db)).find((f) => f.startsWith('angio-crash-'));
    expect(crashFile).toBeDefined();
    expect(screen.replace(/\s+/g, '')).toContain(join(dirname(db), crashFile!).replace(/\s+/g, ''));
    expect(existsSync(join(dirname(db), crashFile!))).toBe(true);
    // doctor names the damaged row; the others are listed as they were
    const doctor = angio(['doctor'], { ANGIO_DB: db });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`#${newest} damaged: its stored answers are not valid JSON`);
    expect(JSON.parse(angio(['list', '--json', '--status', 'all'], { ANGIO_DB: db }).stdout)).toHaveLength(5);
  });
});
