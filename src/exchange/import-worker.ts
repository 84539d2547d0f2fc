/**
 * The reading half of a CSV import, in a worker thread: parse, coerce and validate rows while the
 * main thread writes the previous batch, so the two cores overlap validation with SQLite. The
 * worker reads the reference lists through its own read-only connection. It runs at most
 * AHEAD batches ahead of the writer (each batch the writer takes gives one credit back), so
 * memory stays bounded whatever the length of the file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formOf, type Lang, type TypeCode } from '../registry/index.js';
import { createReferenceLists, openDatabase } from '../store/index.js';
import { planHeader, type Column } from './csv-header.js';
import { rowsOf } from './csv-rows.js';
import { interpretRow, type Defaults, type InterpretedRow } from './import-row.js';

export interface WorkerInput { file: string; type: TypeCode; dbPath: string; defaults: Defaults; lang: Lang; batchSize: number }
export type WorkerMessage = { rows: { line: number; r: InterpretedRow }[]; bytes: number } | { done: true };

const AHEAD = 4;
const input = workerData as WorkerInput;
const port = parentPort!;
const db = openDatabase(input.dbPath, { readonly: true });
const lists = createReferenceLists(db).lookup;
const form = formOf(input.type);

let credit = AHEAD;
let wake: (() => void) | undefined;
port.on('message', () => { credit++; wake?.(); });
const takeCredit = async () => {
  while (credit === 0) await new Promise<void>((resolve) => { wake = resolve; });
  credit--;
};

let plan: Column[] = [];
let bytes = 0;
let rows: { line: number; r: InterpretedRow }[] = [];
for await (const row of rowsOf(input.file, (h) => { plan = planHeader(input.type, h); }, (n) => { bytes += n; })) {
  rows.push({ line: row.line, r: interpretRow(form, plan, row.cells, input.defaults, input.lang, lists) });
  if (rows.length >= input.batchSize) {
    await takeCredit();
    port.postMessage({ rows, bytes } satisfies WorkerMessage);
    rows = [];
  }
}
if (rows.length) { await takeCredit(); port.postMessage({ rows, bytes } satisfies WorkerMessage); }
db.close();
port.postMessage({ done: true } satisfies WorkerMessage);
