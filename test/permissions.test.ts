/**
 * The table of docs/permissions.md, row by row and role by role, through each door as its users
 * meet it: the built binary for commands, HTTP on loopback for the API, the real screens for the
 * TUI. A row of the table without a run here, or a run without its row, fails too.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createApiServer } from '../src/api/server.js';
import { codeListIdOf, fieldIdOf } from '../src/api/hd4dp/ids.js';
import { formOf } from '../src/registry/index.js';
import type { Role } from '../src/store/index.js';
import { createTokens } from '../src/store/index.js';
import type { Data } from '../src/validation/index.js';
import { angioAsync } from './helpers/cli.js';
import { freshCore, tempDir } from './helpers/db.js';
import { completeH, completeP } from './helpers/fixtures.js';
import { KEY, renderApp } from './helpers/screen.js';

const ROLES: Role[] = ['admin', 'physician', 'staff', 'support'];
const USER_OF: Record<Role, string> = { admin: 'boss', physician: 'doc', staff: 'nurse', support: 'help' };

/** The table of docs/permissions.md: id → allowed per role. */
function documented(): Map<string, Record<Role, boolean>> {
  const text = readFileSync(new URL('../docs/permissions.md', import.meta.url), 'utf8');
  const rows = new Map<string, Record<Role, boolean>>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (!/^(cli|api|tui):/.test(cells[1] ?? '')) continue;
    const marks = cells.slice(3, 7);
    rows.set(cells[1]!, Object.fromEntries(ROLES.map((r, i) => [r, marks[i] === '✓'])) as Record<Role, boolean>);
  }
  return rows;
}

const other = (): Data => ({ ...completeP(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18' });

/** A database with each role's user, an Open P (#1), a Sent P with failed deliveries (#2) and an optional H (#3). */
function seed(dir: string) {
  const path = join(dir, 'angio.db');
  const { core, ops } = freshCore({ path, roles: { boss: 'admin', doc: 'physician', nurse: 'staff', help: 'support' } });
  ops.createRegistration('boss', { type: 'P', data: completeP() });
  const sent = ops.createRegistration('boss', { type: 'P', data: { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' } });
  ops.sendRegistration('boss', { id: sent.id });
  core.outbox.record(core.outbox.ofRegistration(sent.id).map((i) => ({ id: i.id, status: 'failed' as const, error: 'HTTP 422: refused' })));
  ops.createRegistration('boss', { type: 'H', data: { ...completeH(), LOC_CONSENT: undefined } });
  core.db.close();
  return path;
}

const CLI: Record<string, (dir: string) => string[]> = {
  'cli:list': () => ['list'],
  'cli:show': () => ['show', '1'],
  'cli:validate': () => ['validate', '1'],
  'cli:export': (dir) => ['export', join(dir, 'out.csv'), '--type', 'P'],
  'cli:doctor': () => ['doctor'],
  'cli:report': () => ['report'],
  'cli:report-html': (dir) => ['report', '--html', join(dir, 'quality.html')],
  'cli:import-dry-run': (dir) => ['import', join(dir, 'rows.csv'), '--type', 'P', '--dry-run'],
  'cli:import': (dir) => ['import', join(dir, 'rows.csv'), '--type', 'P'],
  'cli:send': () => ['send', '1'],
  'cli:consent': () => ['consent', '3'],
  'cli:follow-up': () => ['follow-up', '1'],
  'cli:retry': () => ['retry', '2'],
  'cli:transmit': () => ['transmit', '--healthdata-url', 'http://127.0.0.1:9/x', '--cin-url', 'http://127.0.0.1:9/x', '--timeout', '300'],
  'cli:transmit-retry-now': () => ['transmit', '--retry-now', '--healthdata-url', 'http://127.0.0.1:9/x', '--timeout', '300'],
  'cli:outbox-list': () => ['outbox', 'list'],
  'cli:outbox-show': () => ['outbox', 'show', '1'],
  'cli:outbox-retry': () => ['outbox', 'retry', '--failed'],
  'cli:demo': () => ['demo', '--records', '5'],
  'cli:demo-bulk': () => ['demo', '--records', '2001'],
  'cli:settings-own': () => ['settings', 'set', 'author.author', 'me@hospital.example'],
  'cli:settings-site': () => ['settings', 'set', 'hospital.inami', '71000000'],
  'cli:reflist-import': (dir) => ['reflist', 'import', join(dir, 'hpin.csv'), '--list', 'hpin'],
  'cli:users-add': () => ['users', 'add', 'newcomer', '--role', 'staff'],
  'cli:token-create': () => ['token', 'create', '--user', 'nurse'],
  // Beside the database: the copy shares its secret, which is kept as it is.
  'cli:backup': (dir) => ['backup', join(dir, 'copy.db')],
};

type Api = (call: (method: string, path: string, body?: unknown) => Promise<number>) => Promise<number>;
const API: Record<string, Api> = {
  'api:list': (call) => call('GET', '/registrations'),
  'api:get': (call) => call('GET', '/registrations/1'),
  'api:post': (call) => call('POST', '/registrations', { type: 'P', data: other() }),
  'api:put': (call) => call('PUT', '/registrations/1', { status: 'draft', rowVersion: 1, data: { ...completeP(), MS_PAT_HGHT: 181 } }),
  'api:delete': (call) => call('DELETE', '/registrations/1'),
  'api:send': (call) => call('POST', '/registrations/1/send'),
  'api:consent': (call) => call('POST', '/registrations/3/consent'),
  'api:retry': (call) => call('POST', '/registrations/2/retry'),
  'api:follow-up': (call) => call('POST', '/registrations/1/follow-up'),
  'api:health': (call) => call('GET', '/health'),
  'api:hd4dp-organizations': (call) => call('GET', '/proxy/api/organizations'),
  'api:hd4dp-menu': (call) => call('GET', '/proxy/api/dcd/menu/structure?organization-id=1'),
  'api:hd4dp-definition': (call) => call('GET', '/proxy/api/dcd/payload/definition?dcd-id=2'),
  'api:hd4dp-field': (call) => call('GET', `/proxy/api/dcd/field?field-id=${fieldIdOf(formOf('P'), formOf('P').byId.get('DT_HOSPZ')!)}`),
  'api:hd4dp-codelist': (call) => call('GET', `/proxy/api/dcd/codelist?codelist-id=${codeListIdOf('CA_DISORDER_1')}`),
  'api:hd4dp-submit': (call) => call('POST', '/proxy/api/dcd/payload/submit?organization-id=1&dcd-id=2', other()),
  'api:hd4dp-submit-draft': (call) =>
    call('POST', '/proxy/api/dcd/payload/submit?organization-id=1&dcd-id=2', { ...other(), STATUS: 'draft' }),
  'api:hd4dp-listing': (call) => call('GET', '/proxy/api/dcd/submit?organization-id=1'),
};

type App = Awaited<ReturnType<typeof renderApp>>;
/** Each TUI action, and what the screen shows when it is allowed. */
const TUI: Record<string, { run: (app: App) => Promise<void>; allowed: RegExp }> = {
  'tui:new': { run: (app) => app.press('n'), allowed: /New registration: which type\?/ },
  'tui:send': { run: (app) => app.press('s'), allowed: /Send registration #1\?/ },
  'tui:delete': { run: (app) => app.press('d'), allowed: /Delete registration #1\?/ },
  'tui:import': { run: (app) => app.press('i'), allowed: /Import a CSV file/ },
  'tui:follow-ups': { run: (app) => app.press('f'), allowed: /Follow-ups due/ },
  'tui:edit': { run: (app) => app.press(KEY.enter), allowed: /#1 P · Hospitalisation with PCI · v2 · open/ },
  'tui:correct': { run: (app) => app.press(KEY.up, KEY.enter, 'c'), allowed: /correcting AG-/ },
  'tui:retry': { run: (app) => app.press(KEY.up, KEY.enter, 'r'), allowed: /2 failed delivery item\(s\) queued again/ },
  'tui:settings-site': {
    run: async (app) => {
      await app.press('o', KEY.down, KEY.down, KEY.down, KEY.down, KEY.enter);
      await app.type('AZ Test');
      await app.press(KEY.enter, KEY.ctrlS);
      await app.waitFor(/Settings saved|Not saved/);
    },
    allowed: /Settings saved\./,
  },
};

describe('the permissions table of the docs', () => {
  test('every row has its run, and every run its row', () => {
    const rows = [...documented().keys()].sort();
    expect(rows.length).toBeGreaterThan(30);
    expect(rows).toEqual([...Object.keys(CLI), ...Object.keys(API), ...Object.keys(TUI)].sort());
  });

  test('commands, on the built binary, as each role', async () => {
    const table = documented();
    const base = tempDir();
    seed(base);
    writeFileSync(join(base, 'rows.csv'), `IDC_PAT;DT_PAT_DOB;DT_HOSPZ\n60010107397;01/01/1960;10/03/2026\n`);
    writeFileSync(join(base, 'hpin.csv'), 'riziv;last_name;first_name;specialty\n10012378580;Peeters;An;cardiology\n');
    const runs = [...Object.entries(CLI)].flatMap(([id, args]) => ROLES.map((role) => ({ id, role, args })));
    const outcomes: string[] = [];
    // A few at a time: each run has its own copy of the database, settings and files.
    for (let i = 0; i < runs.length; i += 4) {
      await Promise.all(
        runs.slice(i, i + 4).map(async ({ id, role, args }) => {
          const dir = tempDir();
          // The database with its secret: a copy without it would refuse every send (session/secret.ts).
          for (const f of ['angio.db', 'angio.secret', 'rows.csv', 'hpin.csv']) copyFileSync(join(base, f), join(dir, f));
          const r = await angioAsync(args(dir), {
            ANGIO_DB: join(dir, 'angio.db'),
            ANGIO_USER: USER_OF[role],
            ANGIO_CONFIG_DIR: join(dir, 'config'),
          });
          const refused = r.code === 3;
          const expected = table.get(id)![role];
          if (refused === expected || (!refused && r.code !== 0 && r.code !== 1))
            outcomes.push(
              `${id} as ${role}: exit ${r.code}, ${expected ? 'allowed' : 'refused'} in the table; ${r.stderr.trim().slice(0, 160)}`,
            );
        }),
      );
    }
    expect(outcomes).toEqual([]);
  }, 180_000);

  test('API routes, over HTTP on loopback, as each role', async () => {
    const table = documented();
    const outcomes: string[] = [];
    for (const [id, run] of Object.entries(API)) {
      for (const role of ROLES) {
        const dir = tempDir();
        seed(dir);
        const { core, ops } = freshCore({ path: join(dir, 'angio.db'), storedUsers: true });
        const tokens = createTokens(core.db, core.clock);
        const token = tokens.create(USER_OF[role]).token;
        const app = createApiServer({ core, ops, tokens, lang: 'en', version: 't', bodyLimit: 64 * 1024 });
        await app.listen({ port: 0, host: '127.0.0.1' });
        const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
        const call = async (method: string, path: string, body?: unknown) => {
          const res = await fetch(base + path, {
            method,
            headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {}),
          });
          await res.arrayBuffer();
          return res.status;
        };
        const status = await run(call);
        await app.close();
        core.db.close();
        const refused = status === 403;
        if (refused === table.get(id)![role] || (!refused && status >= 400)) outcomes.push(`${id} as ${role}: HTTP ${status}`);
      }
    }
    expect(outcomes).toEqual([]);
  }, 60_000);

  test('TUI actions, on the real screens, as each role', async () => {
    const table = documented();
    const outcomes: string[] = [];
    for (const [id, action] of Object.entries(TUI)) {
      for (const role of ROLES) {
        const app = await renderApp({ rows: 30, role });
        app.ops.createRegistration('boss', { type: 'P', data: completeP() });
        const sent = app.ops.createRegistration('boss', {
          type: 'P',
          data: { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' },
        });
        app.ops.sendRegistration('boss', { id: sent.id });
        app.outbox.record(app.outbox.ofRegistration(sent.id).map((i) => ({ id: i.id, status: 'failed' as const, error: 'HTTP 422' })));
        await app.press('t', 't', 't', 't', 't'); // All: newest first, #2 then #1
        await app.press('G'); // the oldest, #1
        await action.run(app);
        const frame = app.frame();
        const refused = /which may not/.test(frame);
        const allowed = table.get(id)![role];
        if (refused === allowed || (allowed && !action.allowed.test(frame))) outcomes.push(`${id} as ${role}:\n${frame}`);
      }
    }
    expect(outcomes).toEqual([]);
  }, 120_000);
});
