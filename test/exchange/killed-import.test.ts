/** A process killed mid-import leaves every row fully written or absent, and a rerun finishes the job. */
import { manualClock } from '../../src/clock.js';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { exportCsv } from '../../src/exchange/export.js';
import { importCsv } from '../../src/exchange/import.js';
import { generateData } from '../../src/demo/generate.js';
import { createRandom } from '../../src/demo/random.js';
import { allowAll, checkInvariants, createRegistrationStore, openDatabase } from '../../src/store/index.js';
import { createCorrector, createSender, hmacPseudonymiser } from '../../src/transmit/index.js';
import { freshStore, tempDbPath, tempDir } from '../helpers/db.js';
import { NOW } from '../helpers/fixtures.js';

const WORKER = fileURLToPath(new URL('../helpers/import-worker.mjs', import.meta.url));

describe('a killed import', () => {
  test('rows are fully written or absent; a rerun imports the rest, no row twice', async () => {
    const source = freshStore();
    const r = createRandom(3);
    for (let i = 0; i < 300; i++)
      source.store.create({
        type: 'P',
        user: 's',
        data: generateData({ type: 'P', random: r, today: Date.parse(NOW), complete: true, user: 's' }),
      });
    const file = join(tempDir(), 'p.csv');
    await exportCsv(source.store, file, { type: 'P', local: true });
    const text = (await import('node:fs')).readFileSync(file, 'utf8').replace(/;draft(\r?\n)/g, ';$1');
    (await import('node:fs')).writeFileSync(file, text);

    const db = tempDbPath();
    const child = spawn(process.execPath, [WORKER, db, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    // Listened for from the start: a fast import may be over before the kill.
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let out = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        if (out.includes('ready')) resolve();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    child.kill('SIGKILL');
    await exited;

    const conn = openDatabase(db);
    const store = createRegistrationStore(conn, { access: allowAll, clock: manualClock(NOW) });
    const partial = store.counts().byStatus.sent;
    expect(checkInvariants(conn)).toEqual([]);
    const p = hmacPseudonymiser(Buffer.alloc(32, 3));
    const rerun = await importCsv(
      {
        db: conn,
        store,
        sender: createSender(conn, store, p),
        corrector: createCorrector(conn, store, p),
        user: 'importer',
        lang: 'en',
        defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' },
      },
      file,
      { type: 'P', mode: 'valid-only' },
    );
    expect((rerun.counts['already-sent'] ?? 0) + (rerun.counts.sent ?? 0)).toBe(300);
    expect(rerun.counts['already-sent'] ?? 0).toBe(partial);
    expect(store.counts().byStatus.sent).toBe(300);
    expect(checkInvariants(conn)).toEqual([]);
    conn.close();
  }, 60_000);
});
