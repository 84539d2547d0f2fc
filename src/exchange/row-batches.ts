/**
 * The rows of a CSV file, interpreted (coerced and validated), in batches: what the writer of an
 * import consumes, whether it is produced in a worker thread or in the writer's own thread.
 */
import type { Form, Lang } from '../registry/index.js';
import type { Counts, Data, ReferenceLookup } from '../validation/index.js';
import type { PreparedSend } from '../transmit/index.js';
import type { Column } from './csv-header.js';
import { rowsOf } from './csv-rows.js';
import { interpretRow, type Defaults, type InterpretedRow } from './import-row.js';

export interface Batch { rows: { line: number; r: InterpretedRow }[]; bytes: number }

export interface BatchInput {
  form: Form; plan: Column[]; defaults: Defaults; lang: Lang; lists?: ReferenceLookup; batchSize: number;
  /** Makes the send of a new valid row ready (code, business key, payloads) for the writer. */
  prepare?: (form: Form, data: Data, counts?: Counts) => PreparedSend | undefined;
}

export async function* interpretedBatches(file: string, o: BatchInput): AsyncGenerator<Batch> {
  let bytes = 0;
  let rows: Batch['rows'] = [];
  for await (const row of rowsOf(file, () => undefined, (n) => { bytes += n; })) {
    const r = interpretRow(o.form, o.plan, row.cells, o.defaults, o.lang, o.lists);
    if (o.prepare && r.valid && !r.draft) {
      const prepared = o.prepare(o.form, r.data, r.counts);
      if (prepared) r.prepared = prepared;
    }
    rows.push({ line: row.line, r });
    if (rows.length >= o.batchSize) { yield { rows, bytes }; rows = []; }
  }
  if (rows.length) yield { rows, bytes };
}
