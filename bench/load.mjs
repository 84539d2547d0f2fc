// Many staff on one database: the load test of `npm run load` (scripts/load.mjs) and the bench rows
// of `npm run bench` (bench/run.mjs). An installation made with the real binary (angio init, users
// add, token create), encoders in processes of their own (load-encoder.mjs), an import, delivery
// to the reference receiver and API clients, all on one database file; then the checks of
// load-check.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { apiClient, completeBodies, postRate, startServe, startServer } from './load-api.mjs';
import { checkAfterLoad } from './load-check.mjs';
import { writeImportCsv } from './load-csv.mjs';

const MAIN = 'dist/cli/main.js';

/**
 * Runs the angio binary to its end.
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, seconds: number }>}
 */
export function angio(args, env) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - t0) / 1000 })));
}

/**
 * @param {string[]} args
 * @param {Record<string, string>} env
 */
async function mustRun(args, env) {
  const r = await angio(args, env);
  if (r.code !== 0) throw new Error(`angio ${args.join(' ')} exited ${r.code}: ${r.stderr.trim() || r.stdout.trim()}`);
  return r.stdout;
}

/**
 * @typedef {{ db: string, dir: string, env: Record<string, string>, admin: string, as: (user: string) => Record<string, string>, users: (prefix: string, n: number) => string[] }} Installation
 */

/**
 * An installation for the load: `angio init` on a new database in `dir` (or the database `db`,
 * already initialised, whose admin is `admin`). Run as root, each process acts as the user
 * ANGIO_USER names; run as anyone else, every process is that account (and its role).
 * @param {{ dir?: string, db?: string, admin?: string }} o
 * @returns {Promise<Installation>}
 */
export async function installation(o = {}) {
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'angio-load-'));
  const env = { ANGIO_CONFIG_DIR: dir, NODE_ENV: 'production' };
  const root = process.getuid?.() === 0;
  const admin = root ? (o.admin ?? 'admin') : userInfo().username;
  /** @param {string} user */
  const as = (user) => ({ ...env, ANGIO_USER: user });
  const db = o.db ?? join(dir, 'angio.db');
  if (!o.db) {
    await mustRun(['init', '--db', db], as(admin));
    await mustRun(['settings', 'set', 'hospital.inami', '71000000', '--db', db], as(admin));
    await mustRun(['settings', 'set', 'hospital.name', 'Load test hospital', '--db', db], as(admin));
  }
  return {
    db,
    dir,
    env,
    admin,
    as,
    // Staff members named prefix01, prefix02, …, added as needed (a few `users add` at a time).
    users: (prefix, n) => (root ? Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`) : Array(n).fill(admin)),
  };
}

/**
 * Adds the users the load needs that the database does not know yet (staff).
 * @param {Installation} inst
 * @param {string[]} names
 */
export async function addUsers(inst, names) {
  const known = new Set(
    /** @type {{ name: string }[]} */ (JSON.parse(await mustRun(['users', 'list', '--json', '--db', inst.db], inst.as(inst.admin)))).map(
      (u) => u.name,
    ),
  );
  const missing = [...new Set(names)].filter((n) => !known.has(n));
  for (let i = 0; i < missing.length; i += 4)
    await Promise.all(
      missing.slice(i, i + 4).map((n) => mustRun(['users', 'add', n, '--role', 'staff', '--db', inst.db], inst.as(inst.admin))),
    );
}

/**
 * @typedef {{ user: string, latencies: number[], waits: number[], holds: number[], acks: import('./load-check.mjs').Ack[], conflicts: import('./load-check.mjs').Refusal[], errors: { message: string, code: string }[] }} EncoderResult
 */

/**
 * Starts an encoder process per user and resolves once each is ready: `go(ms)` lets them all
 * confirm for ms milliseconds (or until `stop()`), and resolves with what each reports.
 * @param {Installation} inst
 * @param {string[]} users
 * @param {{ shared?: number[], sharedRate?: number, seed?: number }} [o]
 */
export async function startEncoders(inst, users, o = {}) {
  const children = users.map((user, i) => {
    const config = { db: inst.db, seed: (o.seed ?? 1) * 1000 + i, shared: o.shared ?? [], sharedRate: o.sharedRate ?? 0.05 };
    return spawn(process.execPath, ['bench/load-encoder.mjs', JSON.stringify(config)], {
      env: { ...process.env, ...inst.as(user) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
  });
  const outputs = children.map((child) => {
    const lines = createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) });
    /** @type {string[]} */
    const seen = [];
    /** @type {(() => void)[]} */
    const waiting = [];
    lines.on('line', (l) => {
      seen.push(l);
      for (const w of waiting.splice(0)) w();
    });
    /** @type {Promise<number | null>} */
    const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
    /** @param {(l: string) => boolean} match */
    const line = async (match) => {
      for (;;) {
        const found = seen.find(match);
        if (found !== undefined) return found;
        const code = await Promise.race([exited, new Promise((resolve) => waiting.push(() => resolve('line')))]);
        if (code !== 'line' && !seen.some(match)) throw new Error(`an encoder stopped (${String(code)}) before it said what was expected`);
      }
    };
    return { line, exited };
  });
  await Promise.all(outputs.map((o) => o.line((l) => l === 'ready')));
  return {
    /**
     * @param {number} ms
     * @returns {Promise<EncoderResult[]>}
     */
    go: async (ms) => {
      for (const c of children) c.stdin.write(`go ${ms}\n`);
      const lines = await Promise.all(outputs.map((o) => o.line((l) => l.startsWith('{'))));
      await Promise.all(outputs.map((o) => o.exited));
      return lines.map((l) => /** @type {EncoderResult} */ (JSON.parse(l)));
    },
    stop: () => {
      for (const c of children) c.stdin.write('stop\n');
    },
  };
}

/**
 * Registrations several encoders edit, created by `user`.
 * @param {Installation} inst
 * @param {string} user
 * @param {number} count
 * @returns {Promise<number[]>}
 */
export async function sharedRegistrations(inst, user, count) {
  const child = spawn(process.execPath, ['bench/load-encoder.mjs', JSON.stringify({ db: inst.db, create: count })], {
    env: { ...process.env, ...inst.as(user) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`creating the shared registrations exited ${String(code)}`);
  return /** @type {{ ids: number[] }} */ (JSON.parse(out.trim().split('\n').at(-1) ?? '')).ids;
}

/**
 * Nearest-rank percentile.
 * @param {readonly number[]} sorted ascending
 * @param {number} p 0-100
 */
export const percentile = (sorted, p) =>
  sorted.length ? /** @type {number} */ (sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]) : NaN;

/** A lock wait: the transaction's BEGIN IMMEDIATE waited this long or longer (SQLite's busy handler sleeps 1 ms at least). */
const WAIT_MS = 1;

/**
 * @param {EncoderResult[]} results
 * @param {number} seconds how long they confirmed
 */
export function summarise(results, seconds) {
  const all = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const waits = results
    .flatMap((r) => r.waits)
    .filter((w) => w >= WAIT_MS)
    .sort((a, b) => a - b);
  const holds = results.flatMap((r) => r.holds).sort((a, b) => a - b);
  const round = (/** @type {number} */ x) => +x.toFixed(2);
  return {
    encoders: results.length,
    seconds: round(seconds),
    confirmations: all.length,
    perSecond: round(all.length / seconds),
    p50: round(percentile(all, 50)),
    p99: round(percentile(all, 99)),
    max: round(all.at(-1) ?? NaN),
    lockWaits: waits.length,
    lockWaitP50: round(percentile(waits, 50)),
    lockWaitP99: round(percentile(waits, 99)),
    lockHoldP50: round(percentile(holds, 50)),
    lockHoldP99: round(percentile(holds, 99)),
    conflicts: results.reduce((n, r) => n + r.conflicts.length, 0),
    errors: results.flatMap((r) => r.errors.map((e) => `${r.user}: ${e.code} ${e.message}`)),
  };
}

/**
 * The bench's confirmation figures on one installation: one encoder alone, `encoders` at once,
 * and `encoders` while `importRows` rows are imported (measured for as long as the import runs).
 * @param {{ encoders: number, seconds: number, importRows: number, log?: (...a: unknown[]) => void }} o
 */
export async function benchConfirmations(o) {
  const log = o.log ?? (() => undefined);
  const inst = await installation();
  const users = inst.users('enc', o.encoders);
  const importer = inst.users('importer', 1)[0] ?? inst.admin;
  await addUsers(inst, [...users, importer]);
  const shared = await sharedRegistrations(inst, inst.admin, 3);
  const csv = join(inst.dir, 'import.csv');
  await writeImportCsv(csv, o.importRows);

  log(`  one encoder alone, ${o.seconds} s…`);
  const alone = summarise(await (await startEncoders(inst, users.slice(0, 1), { shared, seed: 1 })).go(o.seconds * 1000), o.seconds);
  log(`  ${o.encoders} encoders, ${o.seconds} s…`);
  const many = summarise(await (await startEncoders(inst, users, { shared, seed: 2 })).go(o.seconds * 1000), o.seconds);
  log(`  ${o.encoders} encoders while ${o.importRows.toLocaleString('en')} rows are imported…`);
  const encoders = await startEncoders(inst, users, { shared, seed: 3 });
  const t0 = performance.now();
  const results = encoders.go(600_000);
  const imported = await angio(['import', csv, '--type', 'P', '--valid-only', '--json', '--db', inst.db], inst.as(importer));
  const importSeconds = (performance.now() - t0) / 1000;
  encoders.stop();
  const withImport = summarise(await results, importSeconds);
  if (imported.code !== 0) throw new Error(`the import exited ${imported.code}: ${imported.stderr}`);
  const report = /** @type {{ rows: number, counts: Record<string, number> }} */ (JSON.parse(imported.stdout));
  return {
    alone,
    many,
    withImport,
    import: { rows: report.rows, sent: report.counts.sent ?? 0, seconds: imported.seconds },
    dir: inst.dir,
  };
}

/**
 * The whole load: encoders, an import, `angio transmit --watch` to the reference receiver and API
 * clients on one database for `seconds`; then the checks.
 * @param {{ encoders: number, seconds: number, importRows: number, apiClients: number, db?: string, admin?: string, sharedRate?: number, log?: (...a: unknown[]) => void }} o
 */
export async function runLoad(o) {
  const log = o.log ?? (() => undefined);
  log('setting up the installation (angio init, users add, token create)…');
  const inst = await installation({ ...(o.db ? { db: o.db } : {}), ...(o.admin ? { admin: o.admin } : {}) });
  const users = inst.users('enc', o.encoders);
  const apiUsers = inst.users('api', o.apiClients);
  const importer = inst.users('importer', 1)[0] ?? inst.admin;
  await addUsers(inst, [...users, ...apiUsers, importer]);
  /** @type {string[]} */
  const tokens = [];
  for (const u of apiUsers)
    tokens.push(
      (await mustRun(['token', 'create', '--user', u, '--label', 'load test', '--db', inst.db], inst.as(inst.admin)))
        .trim()
        .split('\n')
        .at(-1) ?? '',
    );
  const shared = await sharedRegistrations(inst, inst.admin, 3);
  const csv = join(inst.dir, 'import.csv');
  log(`writing a CSV of ${o.importRows.toLocaleString('en')} complete P registrations…`);
  await writeImportCsv(csv, o.importRows);

  const receiverDb = join(inst.dir, 'received.db');
  const receiver = await startServer(
    [MAIN, 'receiver', '--port', '0', '--db', receiverDb],
    inst.env,
    /receiver listening on (http:\/\/[^ ]+) /,
  );
  const api = await startServe(inst.db, inst.as(inst.admin));
  const transmit = spawn(
    process.execPath,
    [
      MAIN,
      'transmit',
      '--watch',
      '--log',
      'json',
      '--healthdata-url',
      `${receiver.url}/healthdata`,
      '--cin-url',
      `${receiver.url}/cin`,
      '--db',
      inst.db,
    ],
    { env: { ...process.env, ...inst.as(inst.admin) }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let transmitLog = '';
  transmit.stdout.on('data', (d) => {
    transmitLog += d;
  });
  transmit.stderr.on('data', (d) => {
    transmitLog += d;
  });
  /** @type {Promise<number | null>} */
  const transmitted = new Promise((resolve) => transmit.on('exit', (code) => resolve(code)));

  log(`starting ${o.encoders} encoders…`);
  const encoders = await startEncoders(inst, users, { shared, sharedRate: o.sharedRate ?? 0.05, seed: 11 });
  log(`${o.seconds} s of encoders, an import, transmit --watch and ${o.apiClients} API client(s)…`);
  const until = performance.now() + o.seconds * 1000;
  const results = encoders.go(o.seconds * 1000);
  const importing = angio(['import', csv, '--type', 'P', '--valid-only', '--json', '--db', inst.db], inst.as(importer));
  const clients = Promise.all(
    apiUsers.map((user, i) =>
      apiClient({ url: api.url, token: /** @type {string} */ (tokens[i]), user, until, seed: 100 + i, pauseMs: 150 }),
    ),
  );
  const encoded = await results;
  const asked = await clients;
  log('waiting for the import to end…');
  const imported = await importing;
  transmit.kill('SIGTERM');
  const transmitCode = await transmitted;
  await api.stop();
  await receiver.stop();

  log('checking: acknowledged writes, invariants, angio doctor --full…');
  const report =
    imported.code === 0 || imported.code === 1
      ? /** @type {{ rows: number, counts: Record<string, number> }} */ (JSON.parse(imported.stdout))
      : undefined;
  const check = checkAfterLoad(inst.db, {
    acks: [...encoded.flatMap((r) => r.acks), ...asked.flatMap((c) => c.acks)],
    refusals: encoded.flatMap((r) => r.conflicts),
    created: asked.flatMap((c) => c.created),
    ...(report ? { imported: { user: importer, sent: report.counts.sent ?? 0 } } : {}),
    receiverDb,
  });
  const doctor = await angio(['doctor', '--full', '--json', '--db', inst.db], inst.as(inst.admin));
  const findings = /** @type {{ level: string, check: string, detail: string }[]} */ (JSON.parse(doctor.stdout || '[]'));
  const deliveries = transmitLog
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => /** @type {{ event?: string, outcome?: string }} */ (JSON.parse(l)))
    .filter((e) => e.event === 'delivery');
  const apiLatencies = asked.flatMap((c) => c.latencies).sort((a, b) => a - b);
  const violations = [
    ...check.violations,
    ...findings.filter((f) => f.level === 'fail').map((f) => `doctor: ${f.check}: ${f.detail}`),
    ...(imported.code === 0 ? [] : [`the import exited ${imported.code}: ${imported.stderr.trim()}`]),
    ...(transmitCode === 0 ? [] : [`transmit --watch exited ${transmitCode} on SIGTERM`]),
  ];
  return {
    database: inst.db,
    /** The temporary folder of a database made for the load (none for one given with --db). */
    temporary: o.db ? undefined : inst.dir,
    confirmations: summarise(encoded, o.seconds),
    import: report
      ? {
          rows: report.rows,
          sent: report.counts.sent ?? 0,
          seconds: +imported.seconds.toFixed(1),
          rowsPerSecond: Math.round(report.rows / imported.seconds),
        }
      : undefined,
    delivery: {
      delivered: deliveries.filter((d) => d.outcome === 'delivered').length,
      retried: deliveries.filter((d) => d.outcome === 'retry').length,
      failed: deliveries.filter((d) => d.outcome === 'failed').length,
    },
    api: {
      clients: o.apiClients,
      requests: apiLatencies.length,
      p50: +percentile(apiLatencies, 50).toFixed(1),
      p99: +percentile(apiLatencies, 99).toFixed(1),
      errors: asked.flatMap((c) => c.errors),
    },
    checked: check.checked,
    doctor: findings.map((f) => `${f.level} ${f.check}`),
    violations,
  };
}

/**
 * The API's rate of complete P registrations validated and sent (POST /registrations, `clients`
 * at once, each body a new registration), beside a bare Fastify answering the same bodies.
 * @param {{ count: number, clients: number, log?: (...a: unknown[]) => void }} o
 */
export async function benchApi(o) {
  const log = o.log ?? (() => undefined);
  const inst = await installation();
  const [user = inst.admin] = inst.users('api', 1);
  await addUsers(inst, [user]);
  const token = (await mustRun(['token', 'create', '--user', user, '--db', inst.db], inst.as(inst.admin))).trim().split('\n').at(-1) ?? '';
  const warmUp = completeBodies(200, 1);
  const bodies = completeBodies(o.count, 2);
  log(`  angio serve: ${o.count.toLocaleString('en')} complete P registrations…`);
  const api = await startServe(inst.db, inst.as(inst.admin));
  let angioRate;
  try {
    await postRate(api.url, token, warmUp, o.clients);
    angioRate = await postRate(api.url, token, bodies, o.clients);
  } finally {
    await api.stop();
  }
  log('  bare Fastify: the same bodies…');
  const bare = await startServer(['bench/load-fastify.mjs'], inst.env, /listening on (http:\/\/[^ ]+) /);
  /** @type {number[]} */
  const bareRates = [];
  try {
    await postRate(bare.url, token, warmUp, o.clients);
    for (let i = 0; i < 3; i++) bareRates.push((await postRate(bare.url, token, bodies, o.clients)).perSecond);
  } finally {
    await bare.stop();
  }
  return { angio: angioRate, bare: bareRates.sort((a, b) => a - b)[1] ?? NaN, dir: inst.dir };
}
