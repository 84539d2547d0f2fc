/**
 * CSV import in HD4DP's format, streamed: a million rows in bounded memory. The header is checked
 * before anything is written. Each row is validated like any input; valid rows are written in
 * batches, each row in its own savepoint, so a killed process leaves every row fully written or
 * absent and a rerun finishes the job (rows are matched by business key, never duplicated).
 *
 * Modes: dry run (validate and report, write nothing), valid rows only, or all or nothing.
 */
import { createReadStream, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import { formOf, type Lang, type TypeCode } from '../registry/index.js';
import type { Db, RegistrationStore } from '../store/index.js';
import type { Corrector, Sender } from '../transmit/index.js';
import { planHeader, type Column } from './csv-header.js';
import { interpretRow, type Defaults, type RowProblem } from './import-row.js';
import { submitRecord, type Outcome } from './submit.js';
import { SEPARATOR } from './csv-cells.js';

export type ImportMode = 'dry-run' | 'valid-only' | 'all-or-nothing';

export type { Outcome };

export interface RowReport { line: number; outcome: Outcome; id?: number; registrationCode?: string | null; problems: RowProblem[] }

export interface ImportReport {
  type: TypeCode; mode: ImportMode; rows: number; counts: Partial<Record<Outcome, number>>;
  /** Row details, at most `detailLimit` (the results file has them all). */
  details: RowReport[];
  written: boolean;
}

export interface ImportDeps { db: Db; store: RegistrationStore; sender: Sender; corrector: Corrector; user: string; lang: Lang; defaults: Defaults }

export interface ImportOptions {
  type: TypeCode;
  mode: ImportMode;
  /** Resubmit rows that match a Sent registration (a correction), instead of reporting them. */
  resubmit?: boolean;
  onRow?: (r: RowReport) => void;
  onProgress?: (fraction: number, rows: number) => void;
  detailLimit?: number;
  batchSize?: number;
}

interface ParsedRow { line: number; cells: string[] }

/** Streams the rows of a file (after its header, which goes to onHeader first). */
async function* rowsOf(file: string, onHeader: (h: string[]) => void, onBytes: (n: number) => void): AsyncGenerator<ParsedRow> {
  const input = createReadStream(file);
  input.on('data', (chunk) => onBytes(chunk.length));
  const parser = input.pipe(parse({ delimiter: SEPARATOR, bom: true, relax_column_count: true, info: true, skip_empty_lines: true }));
  let first = true;
  for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (first) { first = false; onHeader(rec.record); continue; }
    yield { line: rec.info.lines, cells: rec.record };
  }
  if (first) onHeader([]);
}

/** Reads just the header (and so refuses a bad file before anything else happens). */
async function readPlan(file: string, type: TypeCode): Promise<Column[]> {
  let plan: Column[] | undefined;
  for await (const _ of rowsOf(file, (h) => { plan = planHeader(type, h); }, () => undefined)) break;
  return plan!;
}

export async function importCsv(deps: ImportDeps, file: string, o: ImportOptions): Promise<ImportReport> {
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
    let bytes = 0;
    let bad = 0;
    for await (const row of rowsOf(file, () => undefined, (n) => { bytes += n; })) {
      const r = interpretRow(form, plan, row.cells, deps.defaults, deps.lang, deps.store.lists);
      report.rows++;
      if (!r.valid) bad++;
      if (o.mode === 'dry-run' || !r.valid) record({ line: row.line, outcome: r.valid ? 'valid' : 'rejected', problems: r.problems });
      o.onProgress?.(o.mode === 'dry-run' ? bytes / size : bytes / size / 2, report.rows);
    }
    if (o.mode === 'dry-run') return report;
    if (bad > 0) {
      report.counts['not-written'] = report.rows - bad;
      return report;
    }
    report.rows = 0;
  }

  const batchSize = o.batchSize ?? 500;
  let batch: ParsedRow[] = [];
  let bytes = 0;
  const flush = () => {
    const results = deps.db.transaction(() => batch.map((row) => writeRow(deps, form.type, plan, row, o)))();
    for (const r of results) record(r);
    batch = [];
  };
  for await (const row of rowsOf(file, () => undefined, (n) => { bytes += n; })) {
    report.rows++;
    batch.push(row);
    if (batch.length >= batchSize) { flush(); o.onProgress?.(o.mode === 'all-or-nothing' ? 0.5 + bytes / size / 2 : bytes / size, report.rows); }
  }
  if (batch.length) flush();
  o.onProgress?.(1, report.rows);
  report.written = true;
  return report;
}

/** One row, in its own savepoint: fully written (and sent) or not at all. */
function writeRow(deps: ImportDeps, type: TypeCode, plan: Column[], row: ParsedRow, o: ImportOptions): RowReport {
  const r = interpretRow(formOf(type), plan, row.cells, deps.defaults, deps.lang, deps.store.lists);
  return { line: row.line, ...submitRecord(deps, type, r, { resubmit: !!o.resubmit }) };
}

