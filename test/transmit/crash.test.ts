/**
 * A process killed with SIGKILL while sending leaves every registration either Open with no
 * outbox item, or Sent with exactly its outbox items, its code and its audit entry.
 */
import { manualClock } from '../../src/clock.js';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { allowAll, createOutbox, createRegistrationStore, openDatabase } from '../../src/store/index.js';
import { billedItems } from '../../src/transmit/index.js';
import { completeP, NOW } from '../helpers/fixtures.js';
import { tempDbPath } from '../helpers/db.js';

const WORKER = fileURLToPath(new URL('../helpers/send-worker.mjs', import.meta.url));

function seed(path: string, n: number) {
  const db = openDatabase(path);
  const store = createRegistrationStore(db, { access: allowAll, clock: manualClock(NOW) });
  for (let i = 0; i < n; i++) {
    const billed = i % 3 !== 0;
    store.create({
      type: 'P',
      user: 'seed',
      data: { ...completeP(), MS_PAT_HGHT: 150 + (i % 50), ...(billed ? {} : { CD_PREST_PCI: 'BI0153', LOC_CONSENT: '1' }) },
    });
  }
  db.close();
}

async function runAndKill(path: string, afterMs: number): Promise<void> {
  const child = spawn(process.execPath, [WORKER, path], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve();
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));
}

function violations(path: string): string[] {
  const db = openDatabase(path);
  const store = createRegistrationStore(db, { access: allowAll, clock: manualClock(NOW) });
  const outbox = createOutbox(db, { clock: store.clock });
  const out: string[] = [];
  if (db.pragma('integrity_check', { simple: true }) !== 'ok') out.push('integrity check failed');
  for (const row of store.list({ status: 'all', limit: 1000 })) {
    const r = store.mustGet(row.id);
    const items = outbox.ofRegistration(r.id);
    const sends = store.history(r.id).filter((h) => h.action === 'send').length;
    if (r.status === 'open' && (items.length || r.registrationCode || sends))
      out.push(`#${r.id} open but has ${items.length} item(s), code ${r.registrationCode}, ${sends} send(s)`);
    if (r.status === 'sent') {
      const expected = 1 + (billedItems(r.data).length ? 1 : 0);
      if (items.length !== expected || !r.registrationCode || sends !== 1)
        out.push(`#${r.id} sent with ${items.length}/${expected} item(s), code ${r.registrationCode}, ${sends} send(s)`);
    }
  }
  db.close();
  return out;
}

describe('crash safety of sending', () => {
  test('SIGKILL at random moments: each registration Open with no outbox item, or Sent with exactly its items', async () => {
    let partial = 0;
    for (let trial = 0; trial < 4; trial++) {
      const path = tempDbPath();
      seed(path, 120);
      await runAndKill(path, 5 + Math.floor(Math.random() * 60));
      expect(violations(path)).toEqual([]);
      const db = openDatabase(path);
      const counts = createRegistrationStore(db, { access: allowAll, clock: manualClock(NOW) }).counts().byStatus;
      if (counts.open > 0 && counts.sent > 0) partial++;
      db.close();
    }
    // the kills must have landed mid-run at least once, or the test proved nothing
    expect(partial).toBeGreaterThan(0);
  }, 60_000);
});
