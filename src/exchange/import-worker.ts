/**
 * The reading half of a CSV import, in a worker thread: parse, coerce and validate rows and prepare
 * their sends (their JSON packed into the batch's buffer: batch-text.ts) while the main thread
 * writes the previous batches, so the two cores overlap validation with SQLite. The
 * worker reads the reference lists through its own read-only connection. It runs at most
 * AHEAD batches ahead of the writer (each batch the writer takes gives one credit back), so
 * memory stays bounded whatever the length of the file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formOf, type Form, type Lang, type TypeCode, type Value } from '../registry/index.js';
import { hmacPseudonymiser, newRegistrationCode, prepareSend, type Hospital } from '../transmit/index.js';
import type { Counts, Data } from '../validation/index.js';
import { createReferenceLists, openDatabase } from '../store/index.js';
import { CsvSyntaxError, readPlan, type CsvSyntaxKind } from './csv-rows.js';
import type { Defaults } from './import-row.js';
import { interpretedBatches, type ReadBatch } from './row-batches.js';
import { TextPacker } from './batch-text.js';

export interface WorkerInput {
  file: string;
  type: TypeCode;
  dbPath: string;
  defaults: Defaults;
  lang: Lang;
  today: string;
  batchSize: number;
  /** When given, sends of new valid rows are made ready here too (the sender's secret and hospital). */
  send?: { secret: Uint8Array; hospital: Hospital };
}
export type WorkerMessage = ReadBatch | { done: true } | { syntaxError: { line: number; reason: string; kind: CsvSyntaxKind } };

const AHEAD = 4;
const input = workerData as WorkerInput;
const port = parentPort!;
const db = openDatabase(input.dbPath, { readonly: true });

const packer = new TextPacker();
let credit = AHEAD;
let wake: (() => void) | undefined;
// Each batch the writer takes gives one credit back; once written, it gives back its buffer.
port.on('message', (buffer: ArrayBuffer | undefined) => {
  if (buffer) return packer.giveBack(buffer);
  credit++;
  wake?.();
});

// Every new valid row's send is prepared here: the writer is the slower of the two threads, so
// any of this work left to it would only hold the import back, and keep its rows in memory longer.
const send = input.send && { pseudonymiser: hmacPseudonymiser(Buffer.from(input.send.secret)), hospital: input.send.hospital };
const batches = interpretedBatches(input.file, {
  form: formOf(input.type),
  plan: await readPlan(input.file, input.type),
  ctx: { defaults: input.defaults, lang: input.lang, lists: createReferenceLists(db).lookup, today: input.today },
  batchSize: input.batchSize,
  packer,
  ...(send
    ? {
        prepare: (form: Form, data: Data, counts?: Counts, values?: Value[]) =>
          prepareSend(form, data, newRegistrationCode(), send, counts, values),
      }
    : {}),
});
try {
  for await (const batch of batches) {
    while (credit === 0)
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    credit--;
    port.postMessage(batch satisfies WorkerMessage, batch.text ? [batch.text] : []);
  }
  port.postMessage({ done: true } satisfies WorkerMessage);
} catch (e) {
  // A file that is not valid CSV is the user's to fix: said as such, with its line.
  if (!(e instanceof CsvSyntaxError)) throw e;
  port.postMessage({ syntaxError: { line: e.line, reason: e.reason, kind: e.kind } } satisfies WorkerMessage);
} finally {
  db.close();
}
