/** Real SQLite for tests: a fresh temporary file (or memory) with the migrations applied. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { manualClock, type ManualClock } from '../../src/clock.js';
import { allowAll, createRegistrationStore, openDatabase } from '../../src/store/index.js';
import { NOW } from './fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'angio-test-'));
  dirs.push(d);
  return d;
}

export function tempDbPath(): string {
  return join(tempDir(), 'angio.db');
}

/**
 * A store that allows every action (for tests that are not about users and roles), on a clock
 * fixed at NOW that the test may move.
 */
export function freshStore(path = ':memory:', clock: ManualClock = manualClock(NOW)) {
  const db = openDatabase(path);
  return { db, clock, store: createRegistrationStore(db, { access: allowAll, clock }) };
}
