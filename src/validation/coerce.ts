/**
 * Import mode: turns CSV cells and API values into typed values, following HD4DP's CSV rules
 * (dates dd/mm/yyyy, booleans true/false or 1/0, codes not labels, multi-values joined with `|`,
 * NISS with or without separators), lenient where unambiguous (ISO dates with a warning, decimal
 * comma, codes in another letter case). One coercer per field, compiled once per form.
 */
import { codeListOf, type Field, type Form, type Value } from '../registry/index.js';
import { normaliseNiss } from './niss.js';
import { problem, type Problem } from './problems.js';
import type { Data } from './visibility.js';

export interface Coerced {
  value?: Value;
  problems: Problem[];
}
type Coercer = (raw: unknown) => Coerced;

const ok = (value: Value): Coerced => ({ value, problems: [] });
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Typed by hand: 10.03.2026, 10-03-2026 or 10032026 read as dd/mm/yyyy (never ambiguous with ISO). */
const DMY_LOOSE = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$|^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const YES = new Set(['1', 'true', 'yes', 'ja', 'oui', 'y', 'j']);
const NO = new Set(['0', 'false', 'no', 'nee', 'neen', 'non', 'n']);

const pad = (s: string) => s.padStart(2, '0');

function dateCoercer(field: Field): Coercer {
  return (raw) => {
    const s = String(raw).trim();
    const dmy = DMY.exec(s);
    if (dmy) return ok(`${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`);
    const loose = DMY_LOOSE.exec(s);
    if (loose) {
      const [d, m, y] = loose[1] ? [loose[1], loose[2]!, loose[3]!] : [loose[4]!, loose[5]!, loose[6]!];
      return ok(`${y}-${pad(m)}-${pad(d)}`);
    }
    if (ISO.test(s)) return { value: s, problems: [problem(field.id, 'iso_date_accepted')] };
    return { problems: [problem(field.id, 'invalid_date', { value: s })] };
  };
}

function numberCoercer(field: Field): Coercer {
  return (raw) => {
    if (typeof raw === 'number') return ok(raw);
    const s = String(raw).trim();
    if (!NUMBER.test(s)) return { problems: [problem(field.id, 'invalid_number', { value: s })] };
    return ok(Number(s.replace(',', '.')));
  };
}

function codeCoercer(field: Field): (s: string) => string {
  const list = codeListOf(field);
  if (!list || list.external) return (s) => s;
  const exact = new Set(list.codes.map((c) => c.code));
  const folded = new Map<string, string>();
  for (const c of list.codes) {
    const k = c.code.toUpperCase();
    folded.set(k, folded.has(k) ? '' : c.code); // '' marks an ambiguous fold: no leniency there
  }
  return (s) => (exact.has(s) ? s : folded.get(s.toUpperCase()) || s);
}

function coercerOf(field: Field): Coercer {
  switch (field.kind) {
    case 'date':
      return dateCoercer(field);
    case 'number':
    case 'integer':
    case 'computed':
      return numberCoercer(field);
    case 'time':
      return (raw) => {
        const s = String(raw).trim();
        const m = /^(\d{1,2})[:hH.](\d{2})$/.exec(s);
        return ok(m ? `${pad(m[1]!)}:${m[2]}` : s);
      };
    case 'yesno':
      return (raw) => {
        const s = String(raw).trim().toLowerCase();
        return ok(YES.has(s) ? '1' : NO.has(s) ? '0' : String(raw).trim());
      };
    case 'code': {
      const code = codeCoercer(field);
      return (raw) => ok(code(String(raw).trim()));
    }
    case 'codes': {
      const code = codeCoercer(field);
      return (raw) => {
        const parts = Array.isArray(raw) ? raw.map(String) : String(raw).split('|');
        return ok(parts.map((p) => code(p.trim())).filter((p) => p !== ''));
      };
    }
    case 'niss':
    case 'hcp':
      return (raw) => ok(normaliseNiss(String(raw)));
    case 'text':
    case 'generated':
    case 'hidden':
    case 'title':
    case 'info':
      return (raw) => ok(typeof raw === 'string' ? raw.trim() : (raw as Value));
    default: {
      const never: never = field.kind;
      throw new Error(`no coercer for ${String(never)}`);
    }
  }
}

interface Compiled {
  coerce: Coercer;
  codes: boolean;
}

const cache = new WeakMap<Form, Map<string, Compiled>>();

function coercersOf(form: Form): Map<string, Compiled> {
  let m = cache.get(form);
  if (!m) {
    m = new Map(form.fields.map((f) => [f.id, { coerce: coercerOf(f), codes: f.kind === 'codes' }]));
    cache.set(form, m);
  }
  return m;
}

/** Whether a value is something a cell or a JSON answer can hold: text, a number, a boolean. */
const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

const NO_ANSWER: Coerced = Object.freeze({ problems: Object.freeze([]) as unknown as Problem[] });

function coerceWith(coercers: Map<string, Compiled>, fieldId: string, raw: unknown): Coerced {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return NO_ANSWER;
  const c = coercers.get(fieldId);
  if (!c) return { problems: [problem(fieldId, 'unknown_field')] };
  // Objects (and lists of anything but text and numbers) are no answer to any field: refused
  // here, before anything tries to read them as text.
  if (!scalar(raw) && !(Array.isArray(raw) && c.codes && raw.every(scalar))) {
    return { problems: [problem(fieldId, 'invalid_type', { expected: c.codes ? 'a list of codes' : 'a single value' })] };
  }
  return c.coerce(raw);
}

/** Coerces one value; empty input (undefined, null, '', whitespace) means "no answer". */
export function coerceValue(form: Form, fieldId: string, raw: unknown): Coerced {
  const r = coerceWith(coercersOf(form), fieldId, raw);
  return r === NO_ANSWER ? { problems: [] } : r;
}

const byPosition = new WeakMap<Form, Coercer[]>();

/** The coercer of each field by field position (a CSV column knows its field's position). */
function coercersByPosition(form: Form): Coercer[] {
  let a = byPosition.get(form);
  if (!a) {
    const m = coercersOf(form);
    a = form.fields.map((f) => m.get(f.id)!.coerce);
    byPosition.set(form, a);
  }
  return a;
}

/** A record coerced value by value (a CSV row cell by cell): typed data plus coercion problems. */
export function recordCoercer(form: Form) {
  const coercers = coercersOf(form);
  const atPosition = coercersByPosition(form);
  const data: Data = {};
  const problems: Problem[] = [];
  const keep = (id: string, r: Coerced) => {
    for (const p of r.problems) problems.push(p);
    if (r.value !== undefined && !(Array.isArray(r.value) && r.value.length === 0)) data[id] = r.value;
  };
  return {
    data,
    problems,
    add(id: string, raw: unknown) {
      keep(id, coerceWith(coercers, id, raw));
    },
    /** A CSV cell of the field at position `i` (it is text: no type to test, no field to look up by id). */
    addCell(i: number, cell: string) {
      if (cell.trim() !== '') keep(form.fields[i]!.id, atPosition[i]!(cell));
    },
  };
}

/**
 * Coerces a whole record given as JSON (an API body): typed data plus coercion problems. JSON's
 * own way to write a date is ISO (yyyy-mm-dd): accepted without the warning a CSV cell gets.
 */
export function coerceRecord(form: Form, input: Record<string, unknown>): { data: Data; problems: Problem[] } {
  const record = recordCoercer(form);
  for (const id in input) record.add(id, input[id]);
  return { data: record.data, problems: record.problems.filter((p) => p.code !== 'iso_date_accepted') };
}
