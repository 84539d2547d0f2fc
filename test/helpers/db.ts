/** Real SQLite for tests: a fresh temporary file (or memory) with the migrations applied. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { manualClock, type ManualClock } from '../../src/clock.js';
import { allowAll, createAccess, createRegistrationStore, openDatabase, type Role } from '../../src/store/index.js';
import { createCore, createOperations } from '../../src/operations/index.js';
import type { AuthorDefaults } from '../../src/registry/index.js';
import { hmacPseudonymiser, type Pseudonymiser } from '../../src/transmit/index.js';
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

/** The path of a new database set up as "angio init" would (its admin: "tester", the binary's default user in tests). */
export function initialisedDbPath(): string {
  const path = tempDbPath();
  freshCore({ path }).core.db.close();
  return path;
}

/**
 * A store that allows every action (for tests that are not about users and roles), on a clock
 * fixed at NOW that the test may move.
 */
export function freshStore(path = ':memory:', clock: ManualClock = manualClock(NOW)) {
  const db = openDatabase(path);
  return { db, clock, store: createRegistrationStore(db, { access: allowAll, clock }) };
}

/**
 * A core (store, outbox, sender, corrector, reference lists) on real SQLite that allows every
 * action, on a clock fixed at NOW. New registrations start with no author answers unless given.
 */
export function freshCore(
  options: {
    path?: string;
    authorDefaults?: AuthorDefaults;
    pseudonymiser?: Pseudonymiser;
    roles?: Record<string, Role>;
    /** The users table already in the database at `path` decides (a reopened database). */
    storedUsers?: boolean;
    clock?: ManualClock;
  } = {},
) {
  const db = openDatabase(options.path ?? ':memory:');
  const clock = options.clock ?? manualClock(NOW);
  // With roles: the real users table ("boss" its admin, then each user with their role).
  const users = options.roles || options.storedUsers ? createAccess(db, clock) : undefined;
  // A database on disk is one the built binary may open: initialised, its admin the tests' default user.
  if (!users && options.path) createAccess(db, clock).claimFirstAdmin('tester');
  if (users && options.roles) {
    users.claimFirstAdmin('boss');
    for (const [name, role] of Object.entries(options.roles!)) if (name !== 'boss') users.add(name, role, 'boss');
  }
  const pseudonymiser = options.pseudonymiser ?? hmacPseudonymiser(Buffer.alloc(32, 1));
  // The installation's secret file beside a database on disk: the binary run on it afterwards
  // makes the same pseudonyms, as it would at the hospital.
  const secretFile = options.path && join(dirname(options.path), 'angio.secret');
  if (secretFile && pseudonymiser.secret && !existsSync(secretFile))
    writeFileSync(secretFile, `${Buffer.from(pseudonymiser.secret).toString('hex')}\n`, { mode: 0o600 });
  const core = createCore(db, {
    access: users ?? allowAll,
    clock,
    pseudonymiser,
    authorDefaults: () => options.authorDefaults ?? { authorGroup: '', author: '', coauthor: '' },
  });
  return { core, clock, ops: createOperations(core) };
}
