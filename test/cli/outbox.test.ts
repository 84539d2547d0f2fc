/**
 * Delivery control on the command line: support sees what waits and what failed and why, staff
 * send failed items again, a backlog after an outage goes out at once with --retry-now, and with
 * a receiver that fails and hangs at random every item still arrives exactly once.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { angio, angioAsync, BIN } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';
import { sentDatabase } from '../helpers/sent-database.js';
import { closedAfterEach } from '../helpers/servers.js';

const servers = closedAfterEach();

/** A receiver whose answer per destination the test sets; it counts what it got. */
async function receiver(answer: { healthdata: number; cin: number }) {
  const got: string[] = [];
  const server = createServer((req, res) => {
    got.push(`${req.url}:${String(req.headers['idempotency-key'])}`);
    req.resume();
    const status = req.url === '/cin' ? answer.cin : answer.healthdata;
    res.writeHead(status, { 'content-type': 'application/json' }).end(status < 300 ? '{}' : '{"message":"refused by the test"}');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { got, answer, args: ['--healthdata-url', `${base}/healthdata`, '--cin-url', `${base}/cin`] };
}

const database = (n: number) => sentDatabase(n, { tester: 'admin', help: 'support', nurse: 'staff' });

describe('angio outbox', () => {
  test('support reads what failed and why; staff queue it again; a delivered item is not a failed one', async () => {
    const path = database(2);
    const env = (user: string) => ({ ANGIO_DB: path, ANGIO_USER: user });
    const r = await receiver({ healthdata: 201, cin: 422 });
    expect((await angioAsync(['transmit', ...r.args], env('nurse'))).code).toBe(1);

    const failed = angio(['outbox', 'list', '--failed', '--json'], env('help'));
    expect(failed.code).toBe(0);
    const items = JSON.parse(failed.stdout) as { id: number; destination: string; status: string; lastError: string; payload?: string }[];
    expect(items).toHaveLength(2);
    expectEach(
      items,
      (i) => i.destination === 'cin' && i.status === 'failed' && i.lastError === 'HTTP 422: refused by the test' && !('payload' in i),
    );
    expect(angio(['outbox', 'list'], env('help')).stdout).toMatch(
      /^outbox: 0 pending, 2 failed, 2 delivered\nitem +registration +to +kind/,
    );

    const shown = angio(['outbox', 'show', String(items[0]!.id)], env('help'));
    expect(shown.stdout).toMatch(/status +failed\n/);
    expect(shown.stdout).toMatch(/last error +HTTP 422: refused by the test/);
    expect(shown.stdout).toContain('85.04.02-***.**');
    expect(shown.stdout).not.toContain('85040216932');

    const refused = angio(['outbox', 'retry', '--failed'], env('help'));
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('support');

    const delivered = (JSON.parse(angio(['outbox', 'list', '--delivered', '--json'], env('help')).stdout) as { id: number }[])[0]!.id;
    const mixed = angio(['outbox', 'retry', String(items[0]!.id), String(delivered)], env('nurse'));
    expect(mixed).toMatchObject({ code: 1 });
    expect(mixed.stdout).toBe(
      `1 failed item(s) queued again: angio transmit delivers them.\nNot failed (left as they are): ${delivered}.\n`,
    );
    expect(JSON.parse(angio(['outbox', 'retry', '--failed', '--json'], env('nurse')).stdout)).toEqual({
      requeued: [items[1]!.id],
      notFailed: [],
    });

    r.answer.cin = 201;
    const again = await angioAsync(['transmit', '--json', ...r.args], env('nurse'));
    expect(JSON.parse(again.stdout)).toMatchObject({ delivered: 2, failed: 0, outbox: { pending: 0, failed: 0, delivered: 4 } });
    expect(angio(['outbox', 'show', '0x1'], env('help'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is not an outbox item id'),
    });
  });

  test('after an outage, --retry-now delivers the backlog at once instead of waiting for its backoff', async () => {
    const path = database(2);
    const env = { ANGIO_DB: path, ANGIO_USER: 'nurse' };
    const r = await receiver({ healthdata: 503, cin: 503 });
    const down = JSON.parse((await angioAsync(['transmit', '--json', ...r.args], env)).stdout) as { retry: number };
    expect(down.retry).toBe(4);
    r.answer.healthdata = r.answer.cin = 201;
    const waiting = JSON.parse((await angioAsync(['transmit', '--json', ...r.args], env)).stdout) as {
      delivered: number;
      outbox: { pending: number };
    };
    expect(waiting).toMatchObject({ delivered: 0, outbox: { pending: 4 } });
    const now = await angioAsync(['transmit', '--retry-now', '--json', ...r.args], env);
    expect(JSON.parse(now.stdout)).toMatchObject({ delivered: 4, outbox: { pending: 0, delivered: 4 } });
    expect(r.got.length).toBe(8);
  });

  test('a receiver that fails 30 % and hangs 10 % still gets every item exactly once (--watch, then --retry-now)', async () => {
    const path = database(15);
    const env = { ANGIO_DB: path, ANGIO_USER: 'nurse' };
    const store = join(tempDir(), 'received.db');
    const port = 20000 + Math.floor(Math.random() * 20000);
    const rx = spawn(
      process.execPath,
      [BIN, 'receiver', '--port', String(port), '--db', store, '--fail-rate', '0.3', '--timeout-rate', '0.1'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        rx.stdout.on('data', (d: Buffer) => d.toString().includes('listening') && resolve());
        rx.once('exit', (code) => reject(new Error(`receiver exited ${code}`)));
      });
      const urls = [
        '--healthdata-url',
        `http://127.0.0.1:${port}/healthdata`,
        '--cin-url',
        `http://127.0.0.1:${port}/cin`,
        '--timeout',
        '300',
      ];
      // The service: --watch, stopped by SIGTERM as systemd stops it.
      const watch = spawn(process.execPath, [BIN, 'transmit', '--watch', '--log', 'json', ...urls], { env: { ...process.env, ...env } });
      let lines = '';
      watch.stdout.on('data', (d: Buffer) => (lines += d.toString()));
      await new Promise((resolve) => setTimeout(resolve, 3000));
      watch.kill('SIGTERM');
      const code = await new Promise<number | null>((resolve) => watch.once('exit', resolve));
      expect(code === 0 || code === 1).toBe(true);
      const log = lines
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { msg: string; event?: string; service: string; time: string });
      expect(log.map((l) => l.event)).toEqual(expect.arrayContaining(['started', 'delivery', 'stopping', 'done']));
      expectEach(log, (l) => l.service === 'angio' && /^\d{4}-\d\d-\d\dT/.test(l.time), 'log line');
      // Then the admin pushes what is left, as many times as it takes.
      let summary = { pending: 1, failed: 1 };
      for (let i = 0; i < 30 && (summary.pending || summary.failed); i++) {
        if (summary.failed) angio(['outbox', 'retry', '--failed'], env);
        summary = (JSON.parse((await angioAsync(['transmit', '--retry-now', '--json', ...urls], env)).stdout) as { outbox: typeof summary })
          .outbox;
      }
      expect(summary).toMatchObject({ pending: 0, failed: 0 });
      const received = (await (await fetch(`http://127.0.0.1:${port}/received`)).json()) as { idempotencyKey: string }[];
      expect(received).toHaveLength(30);
      expect(new Set(received.map((x) => x.idempotencyKey)).size).toBe(30);
    } finally {
      rx.kill('SIGTERM');
    }
  }, 120_000);
});
