#!/usr/bin/env node
/**
 * Many staff on one database: `npm run load -- [--encoders 20] [--seconds 30] [--db PATH]
 * [--admin NAME] [--import-rows 50000] [--api-clients 3] [--keep] [--json]`.
 *
 * Starts an encoder process per member of staff on one database file (a new one made with
 * `angio init` and `angio users add` in a temporary folder, removed at the end unless --keep; or
 * PATH, whose admin NAME adds the
 * users it lacks); each confirms answers at a fast typing pace (one every 150-300 ms) through the
 * form's operation, on its own registrations and, one time in twenty, on a registration the others
 * edit too. At the same time: `angio import` of a CSV of complete P registrations, `angio transmit
 * --watch` to the reference receiver and API clients on `angio serve`. Reports confirmations per
 * second, p50/p99 of a confirmation, the lock waits (a confirmation's BEGIN IMMEDIATE found the
 * write lock taken: SQLite's busy handler then sleeps and tries again, up to the session's busy
 * timeout of 5 s) and errors; then checks that every acknowledged confirmation is in the
 * database, nothing is half-written and every conflict was refused with its sentence, overwriting
 * nothing (bench/load-check.mjs), and runs `angio doctor --full`. Exits 1 on any violation.
 */
import { rmSync } from 'node:fs';
import { runLoad } from '../bench/load.mjs';

/**
 * @param {string} name
 * @param {number} fallback
 */
const number = (name, fallback) => {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`${name} takes a whole number, not "${process.argv[i + 1] ?? ''}".`);
    process.exit(2);
  }
  return n;
};
/** @param {string} name */
const text = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const json = process.argv.includes('--json');
const db = text('--db');
const admin = text('--admin');
const options = {
  encoders: number('--encoders', 20),
  seconds: number('--seconds', 30),
  importRows: number('--import-rows', 50_000),
  apiClients: number('--api-clients', 3),
  ...(db ? { db } : {}),
  ...(admin ? { admin } : {}),
  log: json ? () => undefined : (/** @type {unknown[]} */ ...a) => console.error(...a),
};
if (options.encoders < 1 || options.seconds < 1) {
  console.error('--encoders and --seconds must be at least 1.');
  process.exit(2);
}

const r = await runLoad(options);
const keep = process.argv.includes('--keep');
if (r.temporary && !keep) rmSync(r.temporary, { recursive: true, force: true });
if (json) console.log(JSON.stringify(r, null, 1));
else {
  const c = r.confirmations;
  const lines = [
    `${c.encoders} encoders for ${c.seconds} s on ${r.database}${r.temporary && !keep ? ' (removed; --keep keeps it)' : ''}`,
    `  confirmations: ${c.confirmations} (${c.perSecond}/s), p50 ${c.p50} ms, p99 ${c.p99} ms, max ${c.max} ms`,
    `  lock waits: ${c.lockWaits} confirmation(s) waited ≥ 1 ms for the write lock (p50 ${c.lockWaitP50} ms, p99 ${c.lockWaitP99} ms); lock held p50 ${c.lockHoldP50} ms, p99 ${c.lockHoldP99} ms`,
    `  conflicts refused: ${c.conflicts}; errors: ${c.errors.length}${c.errors.length ? ` (${c.errors.slice(0, 3).join('; ')})` : ''}`,
    r.import
      ? `import: ${r.import.rows.toLocaleString('en')} rows, ${r.import.sent.toLocaleString('en')} sent, in ${r.import.seconds} s (${r.import.rowsPerSecond.toLocaleString('en')} rows/s)`
      : 'import: no report',
    `transmit --watch: ${r.delivery.delivered} delivered, ${r.delivery.retried} to retry, ${r.delivery.failed} failed`,
    `API: ${r.api.clients} client(s), ${r.api.requests} requests, p50 ${r.api.p50} ms, p99 ${r.api.p99} ms, errors: ${r.api.errors.length}${r.api.errors.length ? ` (${r.api.errors.slice(0, 3).join('; ')})` : ''}`,
    `checked: ${r.checked.acknowledged} acknowledged writes on ${r.checked.registrations} registrations, ${r.checked.refusals} refusals, ${r.checked.delivered} delivered items; doctor --full: ${r.doctor.filter((d) => !d.startsWith('ok')).join(', ') || 'all ok'}`,
    r.violations.length
      ? `VIOLATIONS (${r.violations.length}):\n  ${r.violations.slice(0, 20).join('\n  ')}`
      : 'no violation: nothing lost, nothing half-written, every conflict refused with its sentence',
  ];
  console.log(lines.join('\n'));
}
process.exit(r.violations.length || r.confirmations.errors.length || r.api.errors.length ? 1 : 0);
