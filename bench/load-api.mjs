// The API's part of the load test (bench/load.mjs) and its bench row: `angio serve` in a process of
// its own, clients on loopback with bearer tokens.
// - apiClient: one interface of the hospital, for a bounded time: it posts complete P
//   registrations (validated and sent), and drafts it then replaces (PUT with the version it read);
//   what the API acknowledged goes to the checker (load-check.mjs).
// - postRate: complete P registrations posted one after another by a few concurrent clients, per
//   second: `angio serve`, or a bare Fastify answering the same bodies (load-fastify.mjs).
import { spawn } from 'node:child_process';
import { completePs } from './load-csv.mjs';

/**
 * Starts a server process and resolves with its base URL once it prints it.
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @param {RegExp} ready the line that says where it listens (its first group: the URL)
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export function startServer(args, env, ready) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
  });
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code} before it listened: ${err.trim()}`)));
    child.stdout.on('data', (d) => {
      out += d;
      const m = ready.exec(out);
      if (m)
        resolve({
          url: /** @type {string} */ (m[1]),
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
    });
  });
}

/**
 * `angio serve` on a free loopback port.
 * @param {string} db
 * @param {Record<string, string>} env
 */
export const startServe = (db, env) =>
  startServer(['dist/cli/main.js', 'serve', '--port', '0', '--db', db], env, /angio API on (http:\/\/[^ ]+) /);

/**
 * @param {string} url
 * @param {string} token
 * @param {'POST' | 'PUT'} method
 * @param {string} path
 * @param {string} body
 * @returns {Promise<{ status: number, json: Record<string, unknown> }>}
 */
async function call(url, token, method, path, body) {
  const res = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, json: /** @type {Record<string, unknown>} */ (await res.json()) };
}

/**
 * One API client until `until` (performance.now()): a complete registration, then a draft and two
 * replacements of it, with a pause of `pauseMs` between requests.
 * @param {{ url: string, token: string, user: string, until: number, seed: number, pauseMs?: number }} o
 */
export async function apiClient(o) {
  /** @type {import('./load-check.mjs').Ack[]} */
  const acks = [];
  /** @type {import('./load-check.mjs').Created[]} */
  const created = [];
  /** @type {string[]} */
  const errors = [];
  /** @type {number[]} */
  const latencies = [];
  const registrations = completePs(1_000_000, o.seed);
  const pause = () => new Promise((resolve) => setTimeout(resolve, o.pauseMs ?? 100));
  /**
   * @param {'POST' | 'PUT'} method
   * @param {string} path
   * @param {unknown} body
   * @param {number} expected
   */
  const request = async (method, path, body, expected) => {
    const t0 = performance.now();
    try {
      const r = await call(o.url, o.token, method, path, JSON.stringify(body));
      latencies.push(performance.now() - t0);
      if (r.status !== expected) errors.push(`${method} ${path}: ${r.status} ${String(r.json.message ?? '')}`);
      return r.status === expected ? r.json : undefined;
    } catch (e) {
      errors.push(`${method} ${path}: ${String(e)}`);
      return undefined;
    }
  };
  while (performance.now() < o.until) {
    const data = /** @type {Record<string, unknown>} */ (registrations.next().value);
    const sent = await request('POST', '/registrations', { type: 'P', data }, 201);
    if (sent) created.push({ id: Number(sent.id), status: 'sent', user: o.user });
    await pause();
    const draftData = /** @type {Record<string, unknown>} */ (registrations.next().value);
    const draft = await request('POST', '/registrations', { type: 'P', status: 'draft', data: draftData }, 201);
    if (!draft) continue;
    created.push({ id: Number(draft.id), status: 'open', user: o.user });
    let version = Number(draft.rowVersion);
    for (const weight of [70, 71]) {
      await pause();
      if (performance.now() >= o.until) break;
      const put = await request(
        'PUT',
        `/registrations/${draft.id}`,
        { status: 'draft', rowVersion: version, data: { ...draftData, MS_PAT_WGHT: weight } },
        200,
      );
      if (!put) break;
      acks.push({ id: Number(draft.id), base: version, version: Number(put.rowVersion), user: o.user });
      version = Number(put.rowVersion);
    }
    await pause();
  }
  return { acks, created, errors, latencies };
}

/**
 * Complete P registrations posted to `url` by `clients` concurrent clients: per second, and how
 * many were not answered 201.
 * @param {string} url
 * @param {string} token
 * @param {string[]} bodies JSON bodies, each posted once
 * @param {number} clients
 */
export async function postRate(url, token, bodies, clients) {
  let next = 0;
  let refused = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < bodies.length) {
      const body = /** @type {string} */ (bodies[next++]);
      const r = await call(url, token, 'POST', '/registrations', body);
      if (r.status !== 201) refused++;
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const seconds = (performance.now() - t0) / 1000;
  return { posted: bodies.length, seconds, perSecond: bodies.length / seconds, refused };
}

/**
 * `count` bodies of complete P registrations, as an interface posts them.
 * @param {number} count
 * @param {number} seed
 */
export const completeBodies = (count, seed) => Array.from(completePs(count, seed), (data) => JSON.stringify({ type: 'P', data }));
