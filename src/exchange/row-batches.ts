/**
 * The rows of a CSV file, interpreted (coerced and validated), in batches: what the writer of an
 * import consumes, whether it is produced in a worker thread or in the writer's own thread.
 */
import type { Form, Value } from '../registry/index.js';
import type { Counts, Data } from '../validation/index.js';
import { answersOf, withoutSystemFields, type PreparedSend } from '../transmit/index.js';
import type { Column } from './csv-header.js';
import { rowsOf } from './csv-rows.js';
import { interpretRow, type InterpretedRow, type RecordContext } from './import-row.js';
import { unpackSend, type PackedSend, type TextPacker } from './batch-text.js';

export interface Batch {
  rows: { line: number; r: ReadyRow }[];
  bytes: number;
  /** To call once its rows are written (or rejected): what they read from may then be reused. */
  written?: () => void;
}

/**
 * A row as the writer receives it. A row whose send was prepared leaves its answers behind (the
 * prepared JSON gives them back: answersOf): they are then neither copied between threads nor
 * kept alive until their batch is posted, the two largest costs of the reading thread after
 * validation itself. Its system fields are left out first: a file's code is not the new send's.
 */
export type ReadyRow = Omit<InterpretedRow, 'data'> & ({ data: Data } | { data?: undefined; prepared: PreparedSend });

/** A ready row as the reading thread yields it: a prepared send's strings may be packed. */
export type ReadRow = ReadyRow | (Omit<InterpretedRow, 'data'> & { data?: undefined; packed: PackedSend });

/** A batch as the reading thread yields it: with the buffer of its packed strings, if any. */
export interface ReadBatch {
  rows: { line: number; r: ReadRow }[];
  bytes: number;
  text?: ArrayBuffer;
}

/** The batch a read batch stands for: each packed send's JSON as views of the batch's buffer. */
export function readyBatch(b: ReadBatch): Batch {
  const text = b.text && Buffer.from(b.text);
  return {
    bytes: b.bytes,
    rows: b.rows.map(({ line, r }) => {
      if (!('packed' in r)) return { line, r };
      if (!text) throw new Error(`Line ${line}: a packed send without its batch's text.`);
      const { packed, ...rest } = r;
      return { line, r: { ...rest, prepared: unpackSend(packed, text) } };
    }),
  };
}

/** The answers of a ready row. */
export const answersOfRow = (r: ReadyRow): Data => (r.data !== undefined ? r.data : answersOf(r.prepared));

export interface BatchInput {
  form: Form;
  plan: Column[];
  ctx: RecordContext;
  batchSize: number;
  /** Makes the send of a new valid row ready (code, business key, payloads) for the writer. */
  prepare?: (form: Form, data: Data, counts?: Counts, values?: Value[]) => PreparedSend | undefined;
  /** Packs the strings of each prepared send as soon as it is made (for a batch that crosses threads). */
  packer?: TextPacker;
}

export async function* interpretedBatches(file: string, o: BatchInput): AsyncGenerator<ReadBatch> {
  let bytes = 0;
  let rows: ReadBatch['rows'] = [];
  for await (const row of rowsOf(
    file,
    () => undefined,
    (n) => {
      bytes += n;
    },
  )) {
    const r = interpretRow(o.form, o.plan, row.cells, o.ctx);
    const { values, ...read } = r;
    // A row to send leaves a file's system fields (code, business key) behind: the send sets its own.
    const toSend = r.valid && !r.draft;
    if (toSend) withoutSystemFields(r.data);
    const prepared = o.prepare && toSend ? o.prepare(o.form, r.data, r.counts, values) : undefined;
    if (prepared) {
      const { data: _left, ...rest } = read;
      rows.push({ line: row.line, r: o.packer ? { ...rest, packed: o.packer.pack(prepared) } : { ...rest, prepared } });
    } else rows.push({ line: row.line, r: read });
    if (rows.length >= o.batchSize) {
      yield o.packer ? { rows, bytes, text: o.packer.take() } : { rows, bytes };
      rows = [];
    }
  }
  if (rows.length) yield o.packer ? { rows, bytes, text: o.packer.take() } : { rows, bytes };
}
