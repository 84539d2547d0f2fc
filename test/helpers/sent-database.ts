/** Databases on disk with Sent registrations, for tests of the binary (delivery, doctor, backup). */
import { join } from 'node:path';
import { expect } from 'vitest';
import { manualClock } from '../../src/clock.js';
import type { Role } from '../../src/store/index.js';
import { angio } from './cli.js';
import { freshCore, tempDbPath, tempDir } from './db.js';
import { completeP } from './fixtures.js';

/**
 * `n` Sent P registrations (two delivery items each). Their items are queued on the machine's
 * clock, the one the binary delivers by: on a fixed test clock they would age past the ten days
 * of retries as the real days go by.
 */
export function sentDatabase(n: number, roles: Record<string, Role>): string {
  const path = join(tempDir(), 'angio.db');
  const { core, ops } = freshCore({ path, clock: manualClock(new Date()), roles });
  for (let i = 0; i < n; i++) {
    const day = `2026-03-${String(1 + i).padStart(2, '0')}`;
    const r = ops.createRegistration('tester', { type: 'P', data: { ...completeP(), DT_HOSPZ: day, DT_PCI_1: day, DT_DISCH: day } });
    expect(ops.sendRegistration('tester', { id: r.id }).ok).toBe(true);
  }
  core.db.close();
  return path;
}

/**
 * A hospital's database: a registration sent, one sent then corrected and sent again, and
 * `records` demo registrations; its secret beside it, the settings in a folder of their own.
 */
export function sentAndCorrected(records: number) {
  const path = tempDbPath();
  const { core, ops } = freshCore({ path });
  const sent = ops.createRegistration('nurse', { type: 'P', data: completeP() });
  ops.sendRegistration('nurse', { id: sent.id });
  const corrected = ops.createRegistration('nurse', {
    type: 'P',
    data: { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' },
  });
  ops.sendRegistration('nurse', { id: corrected.id });
  const started = ops.startCorrection('nurse', { id: corrected.id });
  core.store.patch(corrected.id, { changes: { MS_PAT_WGHT: 84 }, rowVersion: started.rowVersion, user: 'nurse' });
  expect(ops.resubmitCorrection('nurse', { id: corrected.id }).ok).toBe(true);
  core.db.close();
  const env = { ANGIO_DB: path, ANGIO_CONFIG_DIR: tempDir() };
  expect(angio(['demo', '--records', String(records)], env).code).toBe(0);
  return { path, env, sent: sent.id, corrected: corrected.id };
}
