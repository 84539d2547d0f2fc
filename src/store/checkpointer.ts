/**
 * WAL checkpoints of a bulk write, in a thread of their own. A checkpoint copies the WAL into the
 * database file and waits for the disk (fsync) twice; done by the writer itself (SQLite's
 * automatic checkpoint, every 1,000 pages) it stalls a CSV import's writer while the disk catches
 * up. Another connection checkpoints while the writer goes on writing: the same copies and the
 * same syncs, so the same durability, only out of the writer's way.
 *
 * A passive checkpoint never blocks the writer, but the WAL only starts again from its beginning
 * once a checkpoint has caught up with the last commit; if the writer outpaced it for long, the
 * writer checkpoints itself, so the WAL stays bounded whatever the length of the import.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.js';

export interface Checkpointer {
  /** Call after each commit of the bulk write (it waits only when the WAL outgrew its limit). */
  afterCommit(): void;
  /** Waits for the checkpoint in progress and gives checkpoints back to SQLite. */
  close(): Promise<void>;
}

/** WAL frames (16 KB pages) beyond which the writer checkpoints itself: 256 MB. */
const WAL_LIMIT = 16_384;

// The two threads share the checkpoint's state, so that the writer knows it without waiting for
// its event loop.
const IDLE = 0;
const RUNNING = 1;
const FAILED = 2;

// CommonJS, evaluated: the same code runs from the build and from the TypeScript sources under
// the test runner, where a worker file would not load.
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const shared = new Int32Array(workerData.shared);
let db;
parentPort.on('message', () => {
  try {
    if (!db) {
      db = new (require(workerData.driver))(workerData.path, { fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('wal_checkpoint(PASSIVE)');
    Atomics.store(shared, 0, ${IDLE});
  } catch {
    Atomics.store(shared, 0, ${FAILED});
  }
  Atomics.notify(shared, 0);
});
`;

/** How long the writer waits for a checkpoint before it gives checkpoints back to SQLite. */
const PATIENCE_MS = 60_000;

/** Undefined when there is nothing to gain: an in-memory or read-only database, or no WAL. */
export function startCheckpointer(db: Db, o: { walLimit?: number } = {}): Checkpointer | undefined {
  if (db.memory || db.readonly || db.pragma('journal_mode', { simple: true }) !== 'wal') return undefined;
  const limit = o.walLimit ?? WAL_LIMIT;
  const automatic = Number(db.pragma('wal_autocheckpoint', { simple: true }));
  const shared = new Int32Array(new SharedArrayBuffer(4));
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { path: db.name, driver, shared: shared.buffer } });
  worker.on('error', () => Atomics.store(shared, 0, FAILED));
  let stopped = false;
  // A checkpointer that failed or hangs: SQLite checkpoints in the writer again, as without it.
  const giveBack = () => {
    if (!stopped) db.pragma(`wal_autocheckpoint = ${automatic}`);
    stopped = true;
  };
  const settled = () => Atomics.wait(shared, 0, RUNNING, PATIENCE_MS) !== 'timed-out' && Atomics.load(shared, 0) === IDLE;
  db.pragma('wal_autocheckpoint = 0');
  return {
    afterCommit() {
      if (stopped) return;
      const state = Atomics.load(shared, 0);
      if (state === FAILED) return giveBack();
      if (state === RUNNING) {
        // NOOP only reads the WAL's length (SQLite ≥ 3.51; an older one would checkpoint here).
        const { log } = (db.pragma('wal_checkpoint(NOOP)') as { log: number }[])[0]!;
        if (log <= limit) return;
        // The WAL outgrew the limit while checkpoints ran behind the writer: catch up here.
        if (!settled()) return giveBack();
        db.pragma('wal_checkpoint(PASSIVE)');
        return;
      }
      Atomics.store(shared, 0, RUNNING);
      worker.postMessage('checkpoint');
    },
    async close() {
      if (Atomics.load(shared, 0) === RUNNING) settled();
      giveBack();
      await worker.terminate();
    },
  };
}
