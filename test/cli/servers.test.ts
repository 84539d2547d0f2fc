import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { initialisedDbPath, tempDir } from '../helpers/db.js';

/**
 * Runs the built binary until it prints `ready` (then `whenReady` runs with the first match, and
 * the process is stopped as by Ctrl+C) or exits by itself.
 */
function runServer(
  args: string[],
  options: { env?: Record<string, string>; ready: RegExp; whenReady?: (m: RegExpMatchArray) => Promise<void> },
) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; wasReady: boolean }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ANGIO_USER: 'tester', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let wasReady = false;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = options.ready.exec(stdout);
      if (m && !wasReady) {
        wasReady = true;
        (options.whenReady ?? (async () => {}))(m).then(
          () => child.kill('SIGTERM'),
          (e: unknown) => {
            child.kill('SIGKILL');
            reject(e instanceof Error ? e : new Error(String(e)));
          },
        );
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, wasReady });
    });
  });
}

/** A preload that makes the binary's resolver answer 0.0.0.0 for 127.lan.test, as a hosts file could. */
function lanResolver(): Record<string, string> {
  const file = join(tempDir(), 'resolve-lan.mjs');
  writeFileSync(
    file,
    `import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
const NAME = '127.lan.test';
const answer = (all) => (all ? [{ address: '0.0.0.0', family: 4 }] : { address: '0.0.0.0', family: 4 });
const lookup = dns.lookup;
dns.lookup = (host, options, callback) => {
  if (host !== NAME) return lookup(host, options, callback);
  const cb = typeof options === 'function' ? options : callback;
  const all = typeof options === 'object' && options.all;
  process.nextTick(() => (all ? cb(null, answer(true)) : cb(null, '0.0.0.0', 4)));
};
const lookupPromise = dns.promises.lookup;
dns.promises.lookup = async (host, options) => (host === NAME ? answer(options?.all) : lookupPromise(host, options));
syncBuiltinESMExports();
`,
  );
  return { NODE_OPTIONS: `--import ${pathToFileURL(file).href}` };
}

describe('angio serve listens on loopback unless told otherwise, whatever the host is called', () => {
  test('a name that starts with "127." but resolves to 0.0.0.0 is refused like 0.0.0.0: exit 2, nothing listens', async () => {
    const r = await runServer(['serve', '--host', '127.lan.test', '--port', '0', '--db', initialisedDbPath()], {
      env: lanResolver(),
      ready: /angio API on/,
    });
    expect(r.wasReady).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Refusing to listen on 127\.lan\.test \(it resolves to 0\.0\.0\.0\): .*--allow-remote/);
  });

  test('with --allow-remote it listens there, with the warning naming the address', async () => {
    const r = await runServer(['serve', '--host', '127.lan.test', '--port', '0', '--allow-remote', '--db', initialisedDbPath()], {
      env: lanResolver(),
      ready: /angio API on/,
    });
    expect(r.wasReady).toBe(true);
    expect(r.stderr).toMatch(/WARNING: the API listens on 127\.lan\.test \(0\.0\.0\.0\), reachable from other machines/);
  });

  test('localhost resolves to loopback: it listens, without a warning, and answers', async () => {
    const r = await runServer(['serve', '--host', 'localhost', '--port', '0', '--db', initialisedDbPath()], {
      ready: /angio API on http:\/\/localhost:(\d+)/,
      whenReady: async (m) => {
        expect((await fetch(`http://localhost:${m[1]}/dcds`)).status).toBe(200);
      },
    });
    expect(r.wasReady).toBe(true);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('angio receiver --db', () => {
  test('keeps what it received in that file: a second run with the same --db still lists it', async () => {
    const file = join(tempDir(), 'received.db');
    const first = await runServer(['receiver', '--port', '0', '--db', file], {
      ready: /listening on (http:\/\/\S+) /,
      whenReady: async (m) => {
        const res = await fetch(`${m[1]}/healthdata`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': 'k-1' },
          body: JSON.stringify({ registration: 'AG-TEST' }),
        });
        expect(res.status).toBe(201);
      },
    });
    expect(first.wasReady).toBe(true);
    let received: unknown;
    const second = await runServer(['receiver', '--port', '0', '--db', file], {
      ready: /listening on (http:\/\/\S+) /,
      whenReady: async (m) => {
        received = await (await fetch(`${m[1]}/received`)).json();
      },
    });
    expect(second.wasReady).toBe(true);
    expect(received).toEqual([
      expect.objectContaining({ destination: 'healthdata', idempotencyKey: 'k-1', body: { registration: 'AG-TEST' } }),
    ]);
  });
});
