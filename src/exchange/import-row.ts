/**
 * One CSV row as a registration: coerced like every input (import mode), the patient without NISS
 * recognised, author defaults filled, then validated as a draft (STATUS=draft) or completely (to be
 * sent). Every problem names its field and the value that was read.
 */
import { AUTHOR_FIELDS, type AuthorDefaults, type Form, type Value } from '../registry/index.js';
import {
  coerceRecord,
  recordCoercer,
  deriveInPlace,
  fillReferenceData,
  countsOf,
  echoedValue,
  messageOf,
  problem,
  validate,
  visibilityOf,
  type Visibility,
  type Counts,
  type Data,
  type Problem,
  type ReferenceLookup,
} from '../validation/index.js';
import type { PreparedSend } from '../transmit/index.js';
import type { SentWarning, Words } from '../store/index.js';
import type { Lang } from '../registry/index.js';
import { fromTextCell } from './csv-cells.js';
import { STATUS_COLUMN, type Column } from './csv-header.js';

export interface RowProblem {
  field: string;
  code: string;
  severity: 'error' | 'warning';
  value: string;
  message: string;
  /**
   * The message as words of the doors' catalogue, for a row refused while it was written
   * (submit.ts) or a row that cannot be read (its cell count, its STATUS): `message` is then
   * English (--json, the API) and a door says these words in the import's language. The other
   * problems' messages are in that language already.
   */
  says?: Words;
}

export interface InterpretedRow {
  data: Data;
  draft: boolean;
  problems: RowProblem[];
  valid: boolean;
  /** Completeness once sent, counted here (a valid row to send) so the writing thread need not. */
  counts?: Counts;
  /** The answers by field position (visibilityOf), for a valid row to send: its send is serialised from them. */
  values?: Value[];
  /** The send of a new valid row made ready in the reading thread (code, key, payloads), when it could be. */
  prepared?: PreparedSend;
  /** A complete optional registration without the patient's consent: written Open, not sent. */
  awaitingConsent?: boolean;
  /** The warnings of a row to send, as its send keeps them (the problem, not its message). */
  warnings?: SentWarning[];
}

/** The author answers filled in where a record leaves them out. */
export type Defaults = AuthorDefaults;

/** What a record is read with: author defaults, the language of messages, the reference lists and today's date. */
export interface RecordContext {
  defaults: Defaults;
  lang: Lang;
  lists?: ReferenceLookup | undefined;
  /** yyyy-mm-dd: a date after it is in the future (the store's clock; a whole import uses the day it started). */
  today: string;
}

/** Author columns are optional in HD4DP files: the defaults apply when they are absent. */
const AUTHOR_ENTRIES = Object.entries(AUTHOR_FIELDS) as [keyof AuthorDefaults, string][];

export function interpretRow(form: Form, columns: Column[], cells: string[], ctx: RecordContext): InterpretedRow {
  const problems: RowProblem[] = [];
  let status = '';
  if (cells.length !== columns.length) {
    problems.push({
      field: '(row)',
      code: 'cell_count',
      severity: 'error',
      value: String(cells.length),
      message: `${cells.length} cells where the header has ${columns.length}`,
      says: { id: 'row.cellCount', values: { cells: cells.length, columns: columns.length } },
    });
  }
  // Cells are coerced as they are read: no object of the row's text is built on the way.
  const record = recordCoercer(form);
  const read = (c: Column & { kind: 'field' }, cell: string) => (c.field.kind === 'text' ? fromTextCell(cell) : cell);
  const undecoded: Problem[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const cell = cells[i];
    if (cell === undefined || cell === '') continue;
    if (c.kind === 'status') status = cell.trim();
    else if (c.kind === 'field') {
      // The decoder turned bytes that are not UTF-8 into U+FFFD: the answer is kept, and said.
      if (cell.includes('\uFFFD')) undecoded.push(problem(c.field.id, 'invalid_utf8'));
      record.addCell(c.at, read(c, cell));
    }
  }
  // The cell a problem names, as it was read (only rows with problems look it up).
  const cellOf = (id: string) => {
    const i = columns.findIndex((c) => c.kind === 'field' && c.field.id === id);
    const c = columns[i];
    const cell = cells[i];
    return c?.kind === 'field' && cell && cell.trim() !== '' ? read(c, cell) : undefined;
  };
  const r = interpretCoerced(form, record, cellOf, status, ctx);
  if (!undecoded.length) return { ...r, problems: [...problems, ...r.problems], valid: r.valid && problems.length === 0 };
  const shown = undecoded.map((p) => toRowProblem(form, p, cellOf(p.field) ?? '', ctx.lang));
  const kept = r.valid && !r.draft ? [...undecoded.map(({ field, code }) => ({ field, code })), ...(r.warnings ?? [])] : r.warnings;
  return {
    ...r,
    problems: [...problems, ...shown, ...r.problems],
    valid: r.valid && problems.length === 0,
    ...(kept ? { warnings: kept } : {}),
  };
}

/**
 * A record from any door that is not the form (a CSV row, an API payload): values may be text
 * (CSV) or typed JSON (API); `status` is "draft" to keep it Open, empty to send it.
 */
export function interpretRecord(form: Form, raw: Record<string, unknown>, status: string, ctx: RecordContext): InterpretedRow {
  return interpretCoerced(form, coerceRecord(form, raw), (id) => raw[id], status, ctx);
}

/** The rest of interpretRecord once its values are coerced; `rawOf` gives a value as it came in. */
function interpretCoerced(
  form: Form,
  coerced: { data: Data; problems: Problem[] },
  rawOf: (id: string) => unknown,
  status: string,
  ctx: RecordContext,
): InterpretedRow {
  const { defaults, lang, lists } = ctx;
  const problems: RowProblem[] = [];
  const draft = status.toLowerCase() === 'draft';
  if (status && !draft) {
    problems.push({
      field: STATUS_COLUMN,
      code: 'invalid_status',
      severity: 'error',
      value: status,
      message: 'STATUS must be "draft" or empty',
      says: { id: 'row.status' },
    });
  }
  const data: Data = coerced.data;
  // A row without NISS but with the names is a patient without a Belgian number.
  if (!data.IDC_PAT && data.LOC_NO_NISS === undefined && (data.TX_PAT_LAST_NAM || data.TX_PAT_FIRST_NAM)) data.LOC_NO_NISS = '1';
  for (const [key, id] of AUTHOR_ENTRIES) if (form.byId.has(id) && !data[id]) data[id] = defaults[key];
  // The row's data is this function's own: derived and reference values are filled in place.
  const derived = fillReferenceData(form, deriveInPlace(form, data), lists);
  const seen = draft ? undefined : visibilityOf(form, derived);
  const found = coerced.problems.concat(
    validate(form, derived, draft ? 'draft' : 'complete', {
      today: ctx.today,
      ...(lists ? { lists } : {}),
      ...(seen ? { visibility: seen } : {}),
    }),
  );
  const foundProblem = (field: string, code: string) => found.find((p) => p.field === field && p.code === code);
  const shown = new Set<string>();
  for (const p of found) {
    const key = `${p.field}:${p.code}`;
    if (shown.has(key)) continue;
    shown.add(key);
    const v = rawOf(p.field);
    problems.push(toRowProblem(form, p, v === undefined || v === null ? '' : typeof v === 'string' ? v : echoJson(v), lang));
  }
  // An optional registration that lacks only the patient's consent (a column only we know, which
  // an HD4DP file does not have) is not refused: it is written Open until consent is recorded.
  const errors = problems.filter((p) => p.severity === 'error');
  const awaitingConsent = !draft && errors.length > 0 && errors.every((p) => p.code === 'consent_required');
  if (awaitingConsent) {
    for (const [i, p] of problems.entries()) {
      if (p.code !== 'consent_required') continue;
      const found = foundProblem(p.field, 'consent_required');
      problems[i] = toRowProblem(form, problem(p.field, 'awaiting_consent', found?.params), p.value, lang);
    }
    return { data: derived, draft: true, awaitingConsent, problems, valid: true };
  }
  const valid = errors.length === 0;
  const warnings =
    valid && !draft ? found.filter((p) => p.severity === 'warning').map(({ field, code, params }) => ({ field, code, params })) : [];
  // Answers to fields that do not apply were reported (a warning each): as on the form, they are
  // kept out of what is sent, so they are dropped from a record that is about to be.
  if (valid && seen) dropHidden(form, derived, seen);
  // Completeness once sent: the fields a send adds are never counted and read by no condition (tested),
  // so it is counted from the answers as they are.
  return {
    data: derived,
    draft,
    problems,
    valid,
    ...(valid && seen ? { counts: countsOf(form, seen), values: seen.values } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
}

/** Removes, in place, the answers to fields that do not apply (from the answers and their positions). */
function dropHidden(form: Form, data: Data, { values, shown }: Visibility): void {
  const fields = form.fields;
  for (let i = 0; i < values.length; i++) {
    if (shown[i] || values[i] === undefined || fields[i]!.kind === 'hidden') continue;
    delete data[fields[i]!.id];
    values[i] = undefined;
  }
}

/** A typed value as a problem repeats it; a value too deeply nested to write out is named, not written. */
function echoJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return '(a value nested too deeply to repeat)';
  }
}

/** A problem found while writing a record (no cell of its own), as a row problem. */
export function rowProblemOf(form: Form, p: Problem, lang: Lang): RowProblem {
  return toRowProblem(form, p, '', lang);
}

/** The value and the message's own values are echoed masked (personal fields) and cut (docs/decisions.md#bounded-input). */
function toRowProblem(form: Form, p: Problem, value: string, lang: Lang): RowProblem {
  const field = form.byId.get(p.field);
  const params =
    p.params && Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, typeof v === 'string' ? echoedValue(field, v) : v]));
  const message = messageOf(params ? { ...p, params } : p, lang);
  return { field: p.field, code: p.code, severity: p.severity, value: echoedValue(field, value), message };
}
