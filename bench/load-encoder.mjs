// One member of staff for the load test (bench/load.mjs): a process of its own, acting as the user
// ANGIO_USER names, on the database of the installation, through the session and operations every
// door uses. It confirms answers at a fast typing pace, one field at a time, as the form does: each
// confirmation is ops.confirmAnswer (one BEGIN IMMEDIATE transaction, the version the screen
// shows as rowVersion). Mostly on its own registrations; sometimes on a registration others edit
// too, where a colleague's save since it last read it is refused as a conflict, after which it
// reads the registration again, as the form does.
//
// Configuration: one JSON argument, { db, seed, minMs, maxMs, shared: [ids], sharedRate } or
// { db, create: N } (then it creates N registrations, prints their ids and stops).
// Protocol: confirms a few answers untimed (the code warms up, as in a form after the first keys),
// prints "ready", waits for "go MS" on stdin, confirms for MS milliseconds or until a "stop" line,
// then prints one JSON line: every latency, lock wait and lock hold (ms), and every acknowledged
// confirmation, refusal and error.
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { openSession } from '../dist/session/index.js';
import { canonicalJson, StoreError } from '../dist/store/index.js';
import { generateData } from '../dist/demo/generate.js';
import { createRandom } from '../dist/demo/random.js';

/**
 * @typedef {{ db: string, seed?: number, minMs?: number, maxMs?: number, shared?: number[], sharedRate?: number, create?: number }} EncoderConfig
 * @typedef {{ id: number, base: number, version: number, hash: string, user: string }} Ack
 *   a confirmation the operation returned: on version `base`, giving version `version` whose answers hash to `hash`
 * @typedef {{ id: number, base: number, message: string }} Refusal
 */

/** @type {EncoderConfig} */
const config = JSON.parse(process.argv[2] ?? '{}');
const s = openSession({ db: config.db });
const { core, ops, user } = s;

if (config.create) {
  const ids = [];
  for (let i = 0; i < config.create; i++) ids.push(ops.createRegistration(user, { type: 'P' }).id);
  console.log(JSON.stringify({ ids }));
  s.close();
  process.exit(0);
}

const r = createRandom(config.seed ?? 1);
const minMs = config.minMs ?? 150;
const maxMs = config.maxMs ?? 300;
const shared = config.shared ?? [];
const sharedRate = config.sharedRate ?? 0.05;
/** Answers of a registration's fields in the form's order, confirmed one by one. */
const AUTHOR = new Set(['TX_AUTHOR_GR', 'TX_AUTHOR', 'TX_COAUTHOR']);

// When the operation is inside its transaction: its first read comes right after BEGIN IMMEDIATE
// got the write lock, so the time before it is the wait for the lock, and the time after it the
// time the lock is held. Nothing else changes: the busy timeout is the session's own.
let entered = 0;
const mustGet = core.store.mustGet;
core.store.mustGet = (/** @type {number} */ id) => {
  if (!entered) entered = performance.now();
  return mustGet(id);
};

/** @type {number[]} */
const latencies = [];
/** @type {number[]} */
const waits = [];
/** @type {number[]} */
const holds = [];
/** @type {Ack[]} */
const acks = [];
/** @type {Refusal[]} */
const conflicts = [];
/** @type {{ message: string, code: string }[]} */
const errors = [];
/** @type {Map<number, number>} the version each registration's screen shows */
const onScreen = new Map();
const hash = (/** @type {unknown} */ data) => createHash('sha256').update(canonicalJson(data)).digest('hex').slice(0, 16);

/** @type {{ id: number, queue: [string, Value][] }} */
let own = newRegistration();
function newRegistration() {
  const reg = ops.createRegistration(user, { type: 'P' });
  onScreen.set(reg.id, reg.rowVersion);
  const data = generateData({ type: 'P', random: r, today: core.clock.now().getTime(), complete: true, user });
  if (data.CD_PREST_PCI === 'BI0153') data.LOC_CONSENT = '1';
  return { id: reg.id, queue: Object.entries(data).filter(([k]) => !AUTHOR.has(k)) };
}

/** @typedef {import('../dist/validation/index.js').Data} Data */
/** @typedef {import('../dist/registry/index.js').Value} Value */

/** The next answer to confirm: usually the next field of its own registration. @returns {{ id: number, changes: Data }} */
function nextAnswer() {
  if (shared.length && r.chance(sharedRate)) {
    const id = r.pick(shared);
    if (!onScreen.has(id)) onScreen.set(id, mustGet(id).rowVersion);
    return r.chance(0.5) ? { id, changes: { MS_PAT_HGHT: r.int(150, 195) } } : { id, changes: { MS_PAT_WGHT: r.int(50, 110) } };
  }
  if (!own.queue.length) own = newRegistration();
  const [field, value] = /** @type {[string, Value]} */ (own.queue.shift());
  return { id: own.id, changes: { [field]: value } };
}

function confirmOne(timed = true) {
  let next;
  try {
    next = nextAnswer();
  } catch (e) {
    // Starting a new registration failed (the database stayed locked past the busy timeout?).
    const err = /** @type {{ message?: string, code?: string }} */ (e);
    errors.push({ message: `creating a registration: ${String(err.message ?? e)}`, code: String(err.code ?? '') });
    return;
  }
  const { id, changes } = next;
  const base = /** @type {number} */ (onScreen.get(id));
  entered = 0;
  const t0 = performance.now();
  try {
    const { registration } = ops.confirmAnswer(user, { id, rowVersion: base, changes });
    const t1 = performance.now();
    if (timed) record(t0, t1);
    onScreen.set(id, registration.rowVersion);
    acks.push({ id, base, version: registration.rowVersion, hash: hash(registration.data), user });
  } catch (e) {
    const t1 = performance.now();
    if (timed) record(t0, t1);
    if (e instanceof StoreError && e.reason === 'conflict') {
      conflicts.push({ id, base, message: e.message });
      // The form shows the registration as it now is, and the user types again on it.
      onScreen.set(id, mustGet(id).rowVersion);
    } else {
      const err = /** @type {{ message?: string, code?: string }} */ (e);
      errors.push({ message: String(err.message ?? e), code: String(err.code ?? '') });
    }
  }
}

/**
 * @param {number} t0
 * @param {number} t1
 */
function record(t0, t1) {
  latencies.push(+(t1 - t0).toFixed(3));
  if (entered) {
    waits.push(+(entered - t0).toFixed(3));
    holds.push(+(t1 - entered).toFixed(3));
  }
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
for (let i = 0; i < 3; i++) confirmOne(false);
console.log('ready');
const lines = createInterface({ input: process.stdin });
const go = await new Promise((resolve) => lines.once('line', resolve));
let end = performance.now() + Number(String(go).split(' ')[1]);
lines.on('line', (line) => {
  if (line === 'stop') end = 0;
});
for (;;) {
  await sleep(minMs + r.next() * (maxMs - minMs));
  if (performance.now() >= end) break;
  confirmOne();
}
lines.close();
s.close();
console.log(JSON.stringify({ user, latencies, waits, holds, acks, conflicts, errors }));
