/** Real SQLite for tests: a fresh temporary file (or memory) with the migrations applied. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { allowAll, createRegistrationStore, openDatabase } from '../../src/store/index.js';

const dirs: string[] = [];
afterEach(() => { while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true }); });

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'angio-test-'));
  dirs.push(d);
  return d;
}

export function tempDbPath(): string {
  return join(tempDir(), 'angio.db');
}

/** A store that allows every action: for tests that are not about users and roles. */
export function freshStore(path = ':memory:') {
  const db = openDatabase(path);
  return { db, store: createRegistrationStore(db, { access: allowAll }) };
}
