#!/usr/bin/env node
/**
 * `npm run bench`: angio's speed at hospital scale, each figure beside a baseline measured in the
 * same run, medians over several runs. `npm run bench -- --json` prints one JSON object.
 * Figures: demo data (1,000,000 registrations), cold start to the first frame of the table over
 * them (vs a bare Ink "hello"), keypress to new frame in the table and in the FP form (vs Ink's own
 * render of a 30-line frame), CSV import of 100,000 P rows (vs the same reader and writes without
 * validation), delivery to the loopback reference receiver (vs the same POSTs without bookkeeping),
 * confirmations of 20 encoders at once and during an import (vs one encoder alone), and the API's
 * rate of complete registrations (vs a bare Fastify); the last two on databases of their own
 * (bench/load.mjs), so `--only load` and `--only api` make no demo data.
 * Timings belong here, never in `npm test`: this machine is shared and noisy.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { median, runJson, timeToText } from './lib.mjs';
import { benchApi, benchConfirmations } from './load.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const RECORDS = quick ? 100_000 : 1_000_000;
const IMPORT_ROWS = quick ? 20_000 : 100_000;
const PARTS = ['report', 'start', 'keys', 'import', 'delivery', 'load', 'api'];
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && !PARTS.includes(only)) throw new Error(`--only takes one of ${PARTS.join(', ')}, not "${only}".`);
/** @param {string} part */
const runs = (part) => only === undefined || only === part;
const dir = mkdtempSync(join(tmpdir(), 'angio-bench-'));
/** @param {...unknown} a */
const log = (...a) => {
  if (!json) console.error(...a);
};
const env = { ANGIO_CONFIG_DIR: dir, ANGIO_USER: 'bench', NODE_ENV: 'production' };
/**
 * @typedef {{ figure: string, value: number, unit: string, baseline: number | null, ratio: number | null, target: string, met: boolean, note: string }} Result
 */
/** @type {Result[]} */
const results = [];
/**
 * @param {string} figure
 * @param {number} value
 * @param {string} unit
 * @param {number | null} baseline
 * @param {string} target
 * @param {boolean} met
 * @param {string} [note]
 */
const add = (figure, value, unit, baseline, target, met, note = '') =>
  results.push({
    figure,
    value: +value.toFixed(2),
    unit,
    baseline: baseline === null ? null : +baseline.toFixed(2),
    ratio: baseline ? +(value / baseline).toFixed(2) : null,
    target,
    met,
    note,
  });

// What the bench scripts print as their last line. They are this folder's own and print exactly
// these objects, so runJson's unknown result is cast to them.
/** @typedef {{ median: number }} KeysBaseline bench/keys.mjs baseline */
/** @typedef {{ median: number, byKey: Record<string, number> }} Keys bench/keys.mjs table and form */
/** @typedef {{ rows: number, seconds: number, rowsPerSecond: number, maxRssMb: number }} Import bench/import.mjs */
/** @typedef {{ registrations: number, items: number, seconds: number, registrationsPerSecond: number }} Delivery bench/deliver.mjs */
/** @typedef {{ registrations: number, reportMs: number, groupByMs: number, reportCpuMs: number }} Report bench/report.mjs */
const runKeysBaseline = async () => /** @type {KeysBaseline} */ (await runJson(['bench/keys.mjs', 'baseline']));
/**
 * @param {'table' | 'form'} what
 * @param {string} db
 */
const runKeys = async (what, db) => /** @type {Keys} */ (await runJson(['bench/keys.mjs', what, db]));
/**
 * @param {'angio' | 'raw'} mode
 * @param {string} file
 * @param {string} db
 */
const runImport = async (mode, file, db) => /** @type {Import} */ (await runJson(['bench/import.mjs', mode, file, db]));
/**
 * @param {'angio' | 'raw'} mode
 * @param {string} db
 * @param {number} registrations
 */
const runDeliver = async (mode, db, registrations) =>
  /** @type {Delivery} */ (await runJson(['bench/deliver.mjs', mode, db, String(registrations)]));

try {
  // 1. demo data at scale (the load and API parts make databases of their own)
  const db = join(dir, 'big.db');
  if (only !== 'load' && only !== 'api') {
    log(`demo: ${RECORDS} registrations…`);
    const t0 = performance.now();
    const demo = spawnSync(process.execPath, ['dist/cli/main.js', 'demo', '--records', String(RECORDS), '--db', db, '--seed', '1'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    if (demo.status !== 0) throw new Error(demo.stderr);
    const demoSeconds = (performance.now() - t0) / 1000;
    add(`demo ${RECORDS.toLocaleString('en')} registrations`, demoSeconds, 's', null, '< 60 s', demoSeconds < 60);
  }

  // 1b. the quality report over them, by quarter, over the three years of stays the demo makes
  if (runs('report')) {
    log('quality report…');
    const today = new Date().toISOString().slice(0, 10);
    const to = today.slice(0, 7);
    const from = `${Number(today.slice(0, 4)) - 3}-${today.slice(5, 7)}`;
    const inProcess = /** @type {Report} */ (await runJson(['bench/report.mjs', db, from, to, today]));
    add(
      `quality report, ${inProcess.registrations.toLocaleString('en')} registrations (in process)`,
      inProcess.reportMs,
      'ms',
      inProcess.groupByMs,
      '≤ 1,000 ms',
      inProcess.reportMs <= 1000,
      `CPU time ${Math.round(inProcess.reportCpuMs)} ms; baseline: SELECT type, count(*) FROM registration_facts GROUP BY type (an indexed column of the same table), in the same process on the same warm file; the report: ${from} to ${to} by quarter, every indicator, operators, data quality`,
    );
    /** @param {string[]} args */
    const wall = (args) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      return performance.now() - t0;
    };
    const command = [];
    const groupBy = [];
    for (let i = 0; i < 3; i++) {
      groupBy.push(wall(['bench/report.mjs', db, '--group-by']));
      command.push(wall(['dist/cli/main.js', 'report', '--db', db, '--from', from, '--to', to]));
    }
    add(
      'angio report (the command: start, open, report, print)',
      median(command),
      'ms',
      median(groupBy),
      'about a second (≤ 1,500 ms)',
      median(command) <= 1500,
      'baseline: a node process that opens the same database and runs the same GROUP BY',
    );
  }

  // 2. cold start to the first frame of the table
  if (runs('start')) {
    log('cold start…');
    const starts = [];
    const hellos = [];
    for (let i = 0; i < 5; i++) {
      hellos.push(await timeToText(`${process.execPath} bench/hello.mjs`, env, 'hello ANGIO'));
      starts.push(await timeToText(`${process.execPath} dist/cli/main.js --db ${db}`, env, 'Open '));
    }
    const start = median(starts);
    const hello = median(hellos);
    add(
      'cold start to the first table frame',
      start,
      'ms',
      hello,
      'ratio ≤ 1.5',
      start / hello <= 1.5,
      'baseline: bare Ink "hello", started the same way',
    );
  }

  // 3. keys
  if (runs('keys')) {
    log('keys…');
    const base = median([(await runKeysBaseline()).median, (await runKeysBaseline()).median, (await runKeysBaseline()).median]);
    const table = await Promise.all([0, 1, 2].map(() => null)).then(async () => [
      await runKeys('table', db),
      await runKeys('table', db),
      await runKeys('table', db),
    ]);
    const tableMs = median(table.map((t) => t.median));
    add(
      `keypress → frame, table (${RECORDS >= 1_000_000 ? `${RECORDS / 1_000_000}M` : `${RECORDS / 1000}k`} rows)`,
      tableMs,
      'ms',
      base,
      '≤ 8 ms',
      tableMs <= 8,
      Object.entries(table[0].byKey)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    );
    const form = [await runKeys('form', db), await runKeys('form', db), await runKeys('form', db)];
    const formMs = median(form.map((t) => t.median));
    add(
      'keypress → frame, FP form (374 ids)',
      formMs,
      'ms',
      base,
      '≤ 8 ms',
      formMs <= 8,
      Object.entries(form[0].byKey)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    );
  }

  // 4. CSV import of P rows
  if (runs('import')) {
    log(`import: ${IMPORT_ROWS} P rows…`);
    const all = join(dir, 'all.csv');
    const exp = spawnSync(process.execPath, ['dist/cli/main.js', 'export', all, '--type', 'P', '--status', 'sent', '--local', '--db', db], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    if (exp.status !== 0) throw new Error(exp.stderr);
    const file = join(dir, 'p.csv');
    await new Promise((resolve) => {
      const out = createWriteStream(file);
      let n = -1;
      const rl = createInterface({ input: createReadStream(all) });
      rl.on('line', (line) => {
        if (n < IMPORT_ROWS) {
          out.write(line + '\n');
          n++;
        } else rl.close();
      });
      rl.on('close', () => out.end(resolve));
    });
    const runs = [];
    // Each run starts with the disk caught up (the demo database and the other runs leave much to
    // write back, which would otherwise slow whichever run comes next) and writes a database of its
    // own, removed once measured: left in place, the earlier runs' large databases slow the later
    // runs, which would then measure the disk's state rather than the import.
    /**
     * @param {'angio' | 'raw'} mode
     * @param {string} name
     */
    const measure = async (mode, name) => {
      spawnSync('sync');
      const db = join(dir, name);
      const r = await runImport(mode, file, db);
      for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
      return r;
    };
    for (let i = 0; i < (quick ? 1 : 3); i++) runs.push({ angio: await measure('angio', 'imp.db'), raw: await measure('raw', 'raw.db') });
    const ours = median(runs.map((r) => r.angio.rowsPerSecond));
    const raw = median(runs.map((r) => r.raw.rowsPerSecond));
    add(
      `CSV import, ${IMPORT_ROWS.toLocaleString('en')} P rows (validated and sent)`,
      ours,
      'rows/s',
      raw,
      '≥ 80 % of raw and ≥ 10,000 rows/s',
      ours >= 0.8 * raw && ours >= 10_000,
      `runs (angio / raw, rows/s): ${runs.map((r) => `${Math.round(r.angio.rowsPerSecond)} / ${Math.round(r.raw.rowsPerSecond)}`).join(', ')}; baseline: the same CSV reader and the same rows written (registration with its indexed columns, audit entries, outbox items with billing), 2,000 rows per transaction, checkpoints in a thread; no coercion, validation or pseudonymisation`,
    );
    const rss = Math.max(...runs.map((r) => r.angio.maxRssMb));
    add('CSV import peak memory', rss, 'MB', null, '≤ 300 MB', rss <= 300);
  }

  // 5. delivery
  if (runs('delivery')) {
    log('delivery…');
    const del = await runDeliver('angio', join(dir, 'd1.db'), 2000);
    const delRaw = await runDeliver('raw', join(dir, 'd2.db'), 2000);
    add(
      'delivery to the loopback receiver',
      del.registrationsPerSecond,
      'registrations/s',
      delRaw.registrationsPerSecond,
      '≥ 1,000 registrations/s',
      del.registrationsPerSecond >= 1000,
      'baseline: the same POSTs without outbox bookkeeping',
    );
  }

  // 6. many staff on one database: confirmations (the form's operation, one process each)
  if (runs('load')) {
    log('confirmations of many encoders…');
    const c = await benchConfirmations({ encoders: 20, seconds: quick ? 10 : 20, importRows: IMPORT_ROWS, log });
    rmSync(c.dir, { recursive: true, force: true });
    /** @param {{ confirmations: number, perSecond: number, p50: number, lockWaits: number, conflicts: number, errors: string[] }} s */
    const about = (s) =>
      `${s.confirmations} confirmations (${s.perSecond}/s), p50 ${s.p50} ms, ${s.lockWaits} waited ≥ 1 ms for the lock, ${s.conflicts} conflicts refused, ${s.errors.length} errors`;
    const alone = `baseline: one encoder alone (${c.alone.confirmations} confirmations, p99 of so few is about their largest)`;
    add(
      'confirmation p99, 20 encoders at once',
      c.many.p99,
      'ms',
      c.alone.p99,
      '≤ 16 ms and ≤ 3× one alone',
      c.many.p99 <= 16 && c.many.p99 <= 3 * c.alone.p99 && !c.many.errors.length,
      `${about(c.many)}; ${alone}; each encoder a process confirming one answer every 150-300 ms through the form's operation, one in twenty on a registration the others edit too`,
    );
    add(
      `confirmation p99, 20 encoders during an import of ${IMPORT_ROWS.toLocaleString('en')} rows`,
      c.withImport.p99,
      'ms',
      c.alone.p99,
      '≤ 250 ms',
      c.withImport.p99 <= 250 && !c.withImport.errors.length,
      `${about(c.withImport)}, measured while the import ran (${Math.round(c.import.seconds)} s, ${c.import.sent.toLocaleString('en')} sent); baseline: one encoder alone`,
    );
  }

  // 7. the API: complete registrations validated and sent, one a request
  if (runs('api')) {
    log('API…');
    const count = quick ? 500 : 2000;
    const a = await benchApi({ count, clients: 8, log });
    rmSync(a.dir, { recursive: true, force: true });
    add(
      'API: complete P registrations validated and sent (POST /registrations)',
      a.angio.perSecond,
      'registrations/s',
      a.bare,
      '≥ 100 registrations/s',
      a.angio.perSecond >= 100 && a.angio.refused === 0,
      `${count.toLocaleString('en')} registrations, 8 clients at once on loopback, ${a.angio.refused} not answered 201; baseline: a bare Fastify parsing the same bodies and answering 201 (median of 3), no token, validation or database`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (json) console.log(JSON.stringify({ machine: `${process.version}`, results }, null, 1));
else {
  const rows = [
    ['figure', 'value', 'baseline', 'ratio', 'target', 'met'],
    ...results.map((r) => [
      r.figure,
      `${r.value} ${r.unit}`,
      r.baseline === null ? '—' : `${r.baseline}`,
      r.ratio === null ? '—' : String(r.ratio),
      r.target,
      r.met ? 'yes' : 'NO',
    ]),
  ];
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(rows.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ')).join('\n'));
  for (const r of results) if (r.note) console.log(`  ${r.figure}: ${r.note}`);
  // The targets are those of the full run: 20,000 rows carry the reading thread's start-up (its
  // code loads and warms up) five times as heavily as the 100,000 of the full run.
  if (quick)
    console.log(
      '  --quick: a smoke run on smaller data; the targets hold for the full run (the import of 20,000 rows carries its start-up five times as heavily).',
    );
}
