/**
 * angio as a service, as systemd runs it (docs/server.md#running-as-services): `angio serve
 * --log json` writes one JSON object per line and never a national number or a token, and both
 * services stop cleanly on SIGTERM — the request or the delivery in flight is finished, nothing is
 * left half-written or claimed, and what was not delivered goes out once on the next run.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { angio, angioAsync, BIN } from '../helpers/cli.js';
import { expectEach } from '../helpers/expect-each.js';
import { sentDatabase } from '../helpers/sent-database.js';
import { closedAfterEach } from '../helpers/servers.js';

const servers = closedAfterEach();

const database = (n: number) => sentDatabase(n, { tester: 'admin', nurse: 'staff' });

type Line = {
  msg: string;
  level: number;
  time: string;
  service: string;
  event?: string;
  req?: { path: string };
  res?: { statusCode: number };
};

/** Starts the binary as a service would be, and gives its lines as they come. */
function service(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    child,
    exited,
    stderr: () => err,
    lines: () =>
      out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Line),
    until: async (seen: (lines: Line[]) => boolean) => {
      const deadline = Date.now() + 20_000;
      while (
        !seen(
          out.trim()
            ? out
                .trim()
                .split('\n')
                .map((l) => JSON.parse(l) as Line)
            : [],
        )
      ) {
        if (Date.now() > deadline) throw new Error(`the service did not get there; stdout:\n${out}\nstderr:\n${err}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

describe('angio serve as a service', () => {
  test('--log json: one JSON line per request and event, without the query string or the token; SIGTERM stops it cleanly', async () => {
    const path = database(1);
    const token = /angio_\S+/.exec(angio(['token', 'create', '--user', 'nurse'], { ANGIO_DB: path }).stdout)?.[0] ?? '';
    expect(token.length).toBeGreaterThan(10);
    const s = service(['serve', '--port', '0', '--log', 'json'], { ANGIO_DB: path, ANGIO_USER: 'tester' });
    await s.until((lines) => lines.some((l) => l.event === 'started'));
    const port = (s.lines().find((l) => l.event === 'started') as unknown as { port: number }).port;
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/registrations?type=P`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    // A query string may carry anything, a national number included: it is never logged.
    const wrong = await fetch(`${base}/registrations?patient=85040216932`, { headers: { authorization: `Bearer ${token}` } });
    expect(wrong.status).toBe(400);
    await s.until((lines) => lines.filter((l) => l.res).length >= 3);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    const lines = s.lines();
    expectEach(lines, (l) => l.service === 'angio' && /^\d{4}-\d\d-\d\dT/.test(l.time), 'log line');
    expect(lines.map((l) => l.event).filter(Boolean)).toEqual(['started', 'stopping', 'stopped']);
    const requests = lines.filter((l) => l.req).map((l) => l.req!.path);
    expect(requests).toEqual(expect.arrayContaining(['/health', '/registrations']));
    const all = JSON.stringify(lines);
    expect(all).not.toContain('85040216932');
    expect(all).not.toContain(token);
    expect(s.stderr()).toBe('');
  });
});

describe('angio transmit --watch as a service', () => {
  test('SIGTERM while a delivery is in flight: it finishes, nothing stays claimed, and what is left goes out once next time', async () => {
    const path = database(3);
    const got: string[] = [];
    let release: () => void = () => undefined;
    let firstArrived: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (firstArrived = resolve));
    const server = createServer((req, res) => {
      got.push(String(req.headers['idempotency-key']));
      req.resume();
      const answer = () => res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
      // The first request is held until the test has sent SIGTERM.
      if (got.length === 1) {
        release = answer;
        firstArrived();
      } else answer();
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const urls = ['--healthdata-url', `${url}/healthdata`, '--cin-url', `${url}/cin`, '--timeout', '20000'];
    const env = { ANGIO_DB: path, ANGIO_USER: 'nurse' };

    const s = service(['transmit', '--watch', '--log', 'json', ...urls], env);
    await arrived;
    s.child.kill('SIGTERM');
    await s.until((lines) => lines.some((l) => l.event === 'stopping'));
    release();
    expect(await s.exited).toBe(0);
    const events = s.lines().map((l) => l.event);
    expect(events).toEqual(expect.arrayContaining(['started', 'stopping', 'done']));

    const db = new Database(path, { readonly: true });
    const items = db.prepare('SELECT idempotency_key AS key, status, claimed_by AS claim FROM outbox ORDER BY id').all() as {
      key: string;
      status: string;
      claim: string | null;
    }[];
    db.close();
    expect(items).toHaveLength(6);
    expectEach(items, (i) => i.claim === null, 'outbox item');
    expectEach(items, (i) => i.status === 'delivered' || i.status === 'pending', 'outbox item');
    const first = items.find((i) => i.key === got[0]);
    expect(first?.status).toBe('delivered');

    const after = JSON.parse((await angioAsync(['transmit', '--json', ...urls], env)).stdout) as {
      outbox: { pending: number; delivered: number };
    };
    expect(after.outbox).toMatchObject({ pending: 0, delivered: 6 });
    expect(got).toHaveLength(6);
    expect(new Set(got).size).toBe(6);
  }, 60_000);
});
