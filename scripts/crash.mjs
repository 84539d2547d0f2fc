#!/usr/bin/env node
/**
 * Crash-safety harness: `npm run crash -- --trials N`. A child process saves, imports and sends
 * on one database; it is killed with SIGKILL at a random moment; then every invariant is checked
 * (store/invariants.ts: each registration fully written or absent, no duplicate code, outbox
 * consistent with statuses, audit log consistent with data, SQLite integrity). The same database
 * goes through every trial, so recovery after many crashes is tested too. Ends with one line
 * `N trials, V violations` and exits non-zero when V > 0.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allowAll, checkInvariants, createRegistrationStore, openDatabase } from '../dist/store/index.js';
import { exportCsv } from '../dist/exchange/export.js';
import { generateData } from '../dist/demo/generate.js';
import { createRandom } from '../dist/demo/random.js';

/**
 * @param {string} name
 * @param {string} fallback
 */
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const trials = Number(arg('--trials', '20'));
const maxMs = Number(arg('--max-ms', '250'));
const dir = mkdtempSync(join(tmpdir(), 'angio-crash-'));
const dbPath = join(dir, 'crash.db');
const csvPath = join(dir, 'rows.csv');

// A CSV file for the import part: 40 P rows, drafts and complete ones.
{
  const db = openDatabase(join(dir, 'source.db'));
  const store = createRegistrationStore(db, { access: allowAll });
  const r = createRandom(1);
  for (let i = 0; i < 40; i++) {
    const data = generateData({ type: 'P', random: r, today: Date.now(), complete: r.chance(0.7), user: 'seed' });
    if (data.CD_PREST_PCI === 'BI0153') data.LOC_CONSENT = '1';
    store.create({ type: 'P', data, user: 'seed' });
  }
  await exportCsv(store, csvPath, { type: 'P', status: 'all', local: true });
  db.close();
}

let violations = 0;
let rows = 0;
for (let t = 0; t < trials; t++) {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'crash-worker.mjs'), dbPath, csvPath, String(t + 1)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
  });
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  /** @type {Promise<void>} */
  const ready = new Promise((resolve) =>
    child.stdout.on('data', (d) => {
      if (d.toString().includes('ready')) resolve();
    }),
  );
  const first = await Promise.race([ready.then(() => 'ready'), exited.then(() => 'exited')]);
  if (first === 'ready') {
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * maxMs));
    child.kill('SIGKILL');
  }
  const end = await exited;
  if (end.signal !== 'SIGKILL') {
    // The writer stopped by itself: a bug in a write path, which counts as a violation.
    violations++;
    console.error(`trial ${t + 1}: the writer stopped by itself (${end.code}): ${err.trim().split('\n').slice(-5).join(' | ')}`);
  }
  const db = openDatabase(dbPath);
  const found = checkInvariants(db);
  const count = db.prepare('SELECT count(*) FROM registrations').pluck().get();
  if (typeof count !== 'number') throw new Error(`count(*) of registrations gave ${String(count)}, not a number`);
  rows = count;
  db.close();
  violations += found.length;
  for (const v of found.slice(0, 5))
    console.error(`trial ${t + 1}: ${v.registrationId ? `#${v.registrationId} ` : ''}${v.rule}: ${v.detail}`);
}
rmSync(dir, { recursive: true, force: true });
console.log(`${trials} trials, ${violations} violations (${rows} registrations written across the trials)`);
process.exit(violations > 0 ? 1 : 0);
