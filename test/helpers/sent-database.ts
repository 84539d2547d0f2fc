/** A database on disk with Sent registrations waiting in the outbox, for tests of the binary's delivery. */
import { join } from 'node:path';
import { expect } from 'vitest';
import { manualClock } from '../../src/clock.js';
import type { Role } from '../../src/store/index.js';
import { freshCore, tempDir } from './db.js';
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
