/**
 * CSV import in HD4DP's format, streamed: a million rows in bounded memory. The header is checked
 * before anything is written. Each row is validated like any input; valid rows are written in
 * batches, one transaction each, every row fully written or not at all (writeBatch), so a killed
 * process leaves every row fully written or absent and a rerun finishes the job (rows are matched
 * by business key, never duplicated). While one batch is written, a worker thread reads,
 * validates and prepares the sends of the next ones (import-worker.ts).
 *
 * Modes: dry run (validate and report, write nothing), valid rows only, or all or nothing.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formOf, type Lang, type TypeCode } from '../registry/index.js';
import { startCheckpointer, type Db, type RegistrationStore } from '../store/index.js';
import type { Corrector, Sender } from '../transmit/index.js';
import type { Column } from './csv-header.js';
import { CsvSyntaxError, readPlan } from './csv-rows.js';
import { checkInputFile } from './input-file.js';
import type { Defaults, RecordContext, RowProblem } from './import-row.js';
import { interpretedBatches, readyBatch, type Batch, type ReadBatch } from './row-batches.js';
import type { WorkerInput, WorkerMessage } from './import-worker.js';
import { submitRecord, type Outcome } from './submit.js';

export type ImportMode = 'dry-run' | 'valid-only' | 'all-or-nothing';

export type { Outcome };

export interface RowReport {
  line: number;
  outcome: Outcome;
  id?: number;
  registrationCode?: string | null;
  problems: RowProblem[];
}

export interface ImportReport {
  type: TypeCode;
  mode: ImportMode;
  rows: number;
  counts: Partial<Record<Outcome, number>>;
  /** Row details, at most `detailLimit` (the results file has them all). */
  details: RowReport[];
  written: boolean;
}

export interface ImportDeps {
  db: Db;
  store: RegistrationStore;
  sender: Sender;
  corrector: Corrector;
  user: string;
  lang: Lang;
  defaults: Defaults;
}

export interface ImportOptions {
  type: TypeCode;
  mode: ImportMode;
  /** Resubmit rows that match a Sent registration (a correction), instead of reporting them. */
  resubmit?: boolean;
  onRow?: (r: RowReport) => void;
  /** Awaited after each transaction (each batch of a dry run): lets a slower consumer of onRow catch up, so memory stays flat. */
  afterWrite?: () => Promise<void>;
  onProgress?: (fraction: number, rows: number) => void;
  detailLimit?: number;
  batchSize?: number;
}

/** How the rows of an import are read: one "today" for the whole file (the day it started). */
const contextOf = (deps: ImportDeps): RecordContext => ({
  defaults: deps.defaults,
  lang: deps.lang,
  lists: deps.store.lists,
  today: deps.store.clock.today(),
});

export async function importCsv(deps: ImportDeps, file: string, o: ImportOptions): Promise<ImportReport> {
  checkInputFile(file);
  const form = formOf(o.type);
  const plan = await readPlan(file, o.type);
  const size = Math.max(1, statSync(file).size);
  const report: ImportReport = { type: o.type, mode: o.mode, rows: 0, counts: {}, details: [], written: false };
  const limit = o.detailLimit ?? 1000;
  const record = (r: RowReport) => {
    report.counts[r.outcome] = (report.counts[r.outcome] ?? 0) + 1;
    if (report.details.length < limit && (r.problems.length || report.details.length < limit / 2)) report.details.push(r);
    o.onRow?.(r);
  };

  if (o.mode !== 'valid-only') {
    // Dry run, or the first pass of all-or-nothing: validate every row, write nothing.
    let bad = 0;
    const batches = interpretedBatches(file, { form, plan, ctx: contextOf(deps), batchSize: o.batchSize ?? 500 });
    for await (const { rows, bytes } of batches) {
      for (const { line, r } of rows) {
        report.rows++;
        if (!r.valid) bad++;
        if (o.mode === 'dry-run' || !r.valid) record({ line, outcome: r.valid ? 'valid' : 'rejected', problems: r.problems });
      }
      o.onProgress?.(o.mode === 'dry-run' ? bytes / size : bytes / size / 2, report.rows);
      await o.afterWrite?.();
    }
    if (o.mode === 'dry-run') return report;
    if (bad > 0) {
      report.counts['not-written'] = report.rows - bad;
      return report;
    }
    report.rows = 0;
  }

  const batchSize = o.batchSize ?? 500;
  const checkpoints = startCheckpointer(deps.db);
  try {
    let held: Batch[] = [];
    const others = othersWriting(deps.db);
    const write = async () => {
      const ready = held;
      held = [];
      const rows = ready.flatMap((b) => b.rows);
      for (let next = 0; next < rows.length;) {
        // Between two transactions the lock is left free for a moment, for the others' saves.
        await pause();
        const written = writeChunk(deps, form.type, rows, next, o, others() ? SHARED_TRANSACTION_MS : Infinity);
        for (const r of written) record(r);
        next += written.length;
        checkpoints?.afterCommit();
        // Before the pause: what the rows' results wrote is waited for while nothing else runs.
        await o.afterWrite?.();
      }
      for (const b of ready) b.written?.();
      report.rows += rows.length;
      o.onProgress?.(o.mode === 'all-or-nothing' ? 0.5 + ready.at(-1)!.bytes / size / 2 : ready.at(-1)!.bytes / size, report.rows);
    };
    for await (const ready of batchesFor(deps, file, form.type, plan, batchSize)) {
      held.push(...ready);
      // The first rows are written as soon as they come: the writer would otherwise idle while the
      // reading thread starts (and its code warms up).
      if (report.rows === 0 || held.reduce((n, b) => n + b.rows.length, 0) >= ROWS_PER_COMMIT) await write();
    }
    if (held.length) await write();
  } finally {
    await checkpoints?.close();
  }
  o.onProgress?.(1, report.rows);
  report.written = true;
  return report;
}

/**
 * Rows taken from the reading thread at a time (but the first batch and the end of the file):
 * several of its batches, whose rows wait as prepared sends, which take little memory.
 */
const ROWS_PER_COMMIT = 2000;

/**
 * How long one transaction of an import holds the write lock while others write to the database
 * too (but for its last row): the staff saving answers meanwhile wait for it, and should never
 * wait long enough to notice (docs/decisions.md#csv-import-a-reading-thread-and-batched-writes).
 * Alone, the import commits the rows it has (ROWS_PER_COMMIT or more) at once: each commit
 * rewrites every index page it touched, and the code, patient and outbox key indexes are touched
 * at random places, so fewer, larger commits write much less to the disk.
 */
const SHARED_TRANSACTION_MS = 40;

/** How long after another process's last commit the import still counts on others writing. */
const SHARED_FOR_MS = 5000;

/** Whether another connection committed lately (SQLite's data_version moves with others' commits only). */
function othersWriting(db: Db): () => boolean {
  let version = db.pragma('data_version', { simple: true });
  let until = 0;
  return () => {
    const now = db.pragma('data_version', { simple: true });
    if (now !== version) until = Date.now() + SHARED_FOR_MS;
    version = now;
    return Date.now() < until;
  };
}

/**
 * Left free between two transactions of an import: a save someone waits for asks for the lock
 * every millisecond (store/database.ts, promptly) and finds it free then.
 */
const PAUSE_MS = 2;
const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

const WORKER = new URL('./import-worker.js', import.meta.url);

/**
 * The file's rows, interpreted, in batches: each time, every batch that is ready. A worker
 * thread reads and validates ahead while the caller writes, when it can: the database is a file
 * (the worker opens it read-only for the reference lists) and the code runs built (under the test
 * runner the sources are TypeScript, and the rows are read here, one batch at a time).
 */
async function* batchesFor(deps: ImportDeps, file: string, type: TypeCode, plan: Column[], batchSize: number): AsyncGenerator<Batch[]> {
  const dbPath = deps.db.memory ? undefined : deps.db.name;
  // A follow-up's business key depends on the hospitalisation it is linked to, which only the
  // writer finds (follow-up-link.ts): its send is made there, never ahead.
  const prepares = type !== 'FU';
  if (!dbPath || !existsSync(fileURLToPath(WORKER))) {
    for await (const batch of interpretedBatches(file, {
      form: formOf(type),
      plan,
      ctx: contextOf(deps),
      batchSize,
      ...(prepares ? { prepare: deps.sender.prepare } : {}),
    }))
      yield [readyBatch(batch)];
    return;
  }
  const send = prepares ? deps.sender.preparationForWorker() : undefined;
  // A small young generation: each batch leaves the worker as soon as it is posted, so V8's larger
  // default would only hold memory the import never uses.
  const worker = new Worker(WORKER, {
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
    workerData: {
      file,
      type,
      dbPath,
      defaults: deps.defaults,
      lang: deps.lang,
      today: deps.store.clock.today(),
      batchSize,
      ...(send ? { send } : {}),
    } satisfies WorkerInput,
  });
  const queue: WorkerMessage[] = [];
  let failure: unknown;
  let exited = false;
  let wake: (() => void) | undefined;
  worker.on('message', (m: WorkerMessage) => {
    queue.push(m);
    wake?.();
  });
  worker.on('error', (e) => {
    failure = e;
    wake?.();
  });
  worker.on('exit', () => {
    exited = true;
    wake?.();
  });
  try {
    for (;;) {
      while (!queue.length && !failure && !exited)
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      const ready: Batch[] = [];
      while (queue[0] && 'rows' in queue[0]) {
        const read = queue.shift() as ReadBatch;
        const { text } = read;
        // The batch's JSON is read from its buffer until its rows are written; then the buffer goes back.
        ready.push({ ...readyBatch(read), ...(text ? { written: () => worker.postMessage(text, [text]) } : {}) });
        worker.postMessage(undefined); // one more batch may be read
      }
      if (ready.length) {
        yield ready;
        continue;
      }
      const m = queue.shift();
      if (!m) throw failure ?? new Error('The import worker stopped before the end of the file.');
      if ('syntaxError' in m) throw new CsvSyntaxError(m.syntaxError.line, m.syntaxError.reason, m.syntaxError.kind);
      return; // done
    }
  } finally {
    await worker.terminate();
  }
}

/**
 * Rows from `start` in one transaction, for `ms` at most (one row at least), each row
 * fully written (and sent) or not at all; what each row became, in order. First without a
 * savepoint per row (one costs about as much as an insert); when a row fails after writing part
 * of itself, the transaction is rolled back and written again with a savepoint per row, so that
 * row alone is rejected and the others are written.
 */
function writeChunk(deps: ImportDeps, type: TypeCode, rows: Batch['rows'], start: number, o: ImportOptions, ms: number): RowReport[] {
  // BEGIN IMMEDIATE: the rows are read (matched by business key) and written under the write lock,
  // so another process's commit in between cannot refuse the batch (see submit.ts).
  const write = (savepoint: boolean) =>
    deps.db
      .transaction(() => {
        const until = performance.now() + ms;
        const out: RowReport[] = [];
        for (let i = start; i < rows.length && (i === start || performance.now() < until); i++) {
          const { line, r } = rows[i]!;
          out.push({ line, ...submitRecord(deps, type, r, { resubmit: !!o.resubmit, savepoint }) });
        }
        return out;
      })
      .immediate();
  try {
    return write(false);
  } catch {
    return write(true);
  }
}
