/**
 * zod schemas for the value of each field, derived from the catalogue (draft mode: types and
 * formats only). Built once per form and cached; zod issues are mapped to our problem codes.
 */
import type * as Zod from 'zod';
import { createRequire } from 'node:module';
import type { z } from 'zod';
import { codeListOf, type Field, type Form } from '../registry/index.js';
import { parseNiss } from './niss.js';
import { parseRiziv } from './riziv.js';
import { problem, type Problem, type ProblemCode } from './problems.js';

/**
 * zod, loaded the first time a value needs more than its fast acceptor (or a schema is asked for):
 * the library takes a noticeable part of start-up and most sessions never need it.
 */
let zod: typeof Zod | undefined;
export function zodLib(): typeof Zod {
  zod ??= createRequire(import.meta.url)('zod') as typeof Zod;
  return zod;
}

export const TEXT_MAX = 1000;
// Control characters other than tab and line breaks (a free-text motivation may have several
// lines) have no place in a registration and often come from binary junk or injection attempts.
// eslint-disable-next-line no-control-regex -- the rule is about control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const POSTAL = /^(\d{4}|999|9999)$/;
const HCP = /^\d{11}$/;

// Our problem code travels as the zod issue message; toProblems maps it back.
const coded = (code: ProblemCode) => ({ error: code });
const CODES = new Set<string>([
  'too_long',
  'control_characters',
  'invalid_postal_code',
  'required',
  'not_integer',
  'invalid_date',
  'invalid_time',
  'duplicate_code',
  'invalid_hcp',
  'invalid_niss',
]);

function text(max = TEXT_MAX) {
  const { z } = zodLib();
  return z
    .string()
    .max(max, coded('too_long'))
    .refine((s) => !CONTROL.test(s), coded('control_characters'));
}

function codeSchema(field: Field): z.ZodType {
  const { z } = zodLib();
  const list = codeListOf(field);
  if (list && !list.external && list.codes.length) {
    return z.enum(list.codes.map((c) => c.code) as [string, ...string[]]);
  }
  if (field.codeList === 'PLACE_OF_RESIDENCE') return z.string().regex(POSTAL, coded('invalid_postal_code'));
  return text(100).min(1, coded('required'));
}

/** The zod schema of one field's value. */
export function valueSchema(field: Field): z.ZodType {
  const { z } = zodLib();
  switch (field.kind) {
    case 'title':
    case 'info':
      return z.never();
    case 'text':
    case 'generated':
      return text();
    case 'hidden':
      return z.union([text(200), z.number()]);
    case 'number':
    case 'computed':
      // More decimals than usual are a measurement as typed: accepted (docs/registry.md#official-versus-derived-rules).
      return z.number().finite();
    case 'integer':
      return z.number().int(coded('not_integer'));
    case 'date':
      return z.iso.date(coded('invalid_date'));
    case 'time':
      return z.string().regex(TIME, coded('invalid_time'));
    case 'yesno':
    case 'code':
      return codeSchema(field);
    case 'codes': {
      const item = codeSchema(field);
      return z.array(item).refine((a) => new Set(a).size === a.length, coded('duplicate_code'));
    }
    case 'hcp':
      return z
        .string()
        .regex(HCP, coded('invalid_hcp'))
        .refine((v) => parseRiziv(v) !== undefined, coded('invalid_hcp'));
    case 'niss':
      return z.string().refine((s) => /^\d{11}$/.test(s) && parseNiss(s) !== undefined, coded('invalid_niss'));
    default: {
      const never: never = field.kind;
      throw new Error(`no schema for kind ${String(never)}`);
    }
  }
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  computed: 'a number',
  integer: 'a whole number',
  codes: 'a list of codes',
};

/** Maps the zod issues of one value to our problems. */
function toProblems(field: Field, value: unknown, issues: z.core.$ZodIssue[]): Problem[] {
  return issues.slice(0, 1).map((issue) => {
    if (CODES.has(issue.message)) {
      const shown = Array.isArray(value) ? findDuplicate(value) : value;
      return problem(field.id, issue.message as ProblemCode, {
        value: String(shown ?? ''),
        max: field.kind === 'hidden' ? 200 : TEXT_MAX,
      });
    }
    if (issue.code === 'invalid_value') {
      const bad = Array.isArray(value) ? String(value[Number(issue.path[0])] ?? '') : String(value);
      return problem(field.id, 'invalid_code', { value: bad, list: field.codeList ?? '' });
    }
    if (issue.code === 'too_big') return problem(field.id, 'too_long', { max: TEXT_MAX });
    if (issue.code === 'invalid_format') {
      return problem(field.id, field.kind === 'date' ? 'invalid_date' : field.kind === 'time' ? 'invalid_time' : 'invalid_type', {
        expected: field.kind,
      });
    }
    return problem(field.id, 'invalid_type', { expected: EXPECTED[field.kind] ?? 'text' });
  });
}

function findDuplicate(values: unknown[]): unknown {
  const seen = new Set();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day (proleptic Gregorian, as Date reads it), without building a Date. */
const validDate = (v: string) => {
  if (!DATE.test(v)) return false;
  const y = +v.slice(0, 4);
  const m = +v.slice(5, 7);
  const d = +v.slice(8, 10);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
};

/**
 * A fast yes for the common case, compiled once per field from the same catalogue facts as the
 * zod schema, and never more lenient: `true` means the zod schema accepts the value too (a test
 * holds them together); otherwise the zod schema decides and says what is wrong. Validating a
 * 337-field registration per keystroke or per CSV row needs this.
 */
export function acceptorOf(field: Field): (v: unknown) => boolean {
  const text = (max: number) => (v: unknown) => typeof v === 'string' && v.length <= max && !CONTROL.test(v);
  const list = codeListOf(field);
  const codes = list && !list.external && list.codes.length ? new Set(list.codes.map((c) => c.code)) : undefined;
  const code = codes
    ? (v: unknown) => typeof v === 'string' && codes.has(v)
    : field.codeList === 'PLACE_OF_RESIDENCE'
      ? (v: unknown) => typeof v === 'string' && POSTAL.test(v)
      : (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 100 && !CONTROL.test(v);
  switch (field.kind) {
    case 'text':
    case 'generated':
      return text(TEXT_MAX);
    case 'hidden':
      return (v) => (typeof v === 'number' ? Number.isFinite(v) : text(200)(v));
    case 'number':
    case 'computed':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return (v) => Number.isSafeInteger(v);
    case 'date':
      return (v) => typeof v === 'string' && validDate(v);
    case 'time':
      return (v) => typeof v === 'string' && TIME.test(v);
    case 'yesno':
    case 'code':
      return code;
    case 'codes':
      return (v) => Array.isArray(v) && v.every(code) && new Set(v).size === v.length;
    case 'hcp':
      return (v) => typeof v === 'string' && HCP.test(v) && parseRiziv(v) !== undefined;
    case 'niss':
      return (v) => typeof v === 'string' && /^\d{11}$/.test(v) && parseNiss(v) !== undefined;
    default:
      return () => false;
  }
}

const cache = new WeakMap<Form, Map<string, z.ZodType>>();
const acceptors = new WeakMap<Form, Map<string, (v: unknown) => boolean>>();

function acceptorsOf(form: Form) {
  let m = acceptors.get(form);
  if (!m) {
    m = new Map(form.valueFields.map((f) => [f.id, acceptorOf(f)]));
    acceptors.set(form, m);
  }
  return m;
}

const byPosition = new WeakMap<Form, readonly (((v: unknown) => boolean) | undefined)[]>();

/**
 * The same fast yes by field position (undefined for a field that takes no value): validating a
 * CSV row's answers by position then looks nothing up by id for an answer that is fine.
 */
export function acceptorsByPosition(form: Form): readonly (((v: unknown) => boolean) | undefined)[] {
  let a = byPosition.get(form);
  if (!a) {
    const m = acceptorsOf(form);
    a = form.fields.map((f) => m.get(f.id));
    byPosition.set(form, a);
  }
  return a;
}

function schemasOf(form: Form): Map<string, z.ZodType> {
  let m = cache.get(form);
  if (!m) {
    m = new Map(form.valueFields.map((f) => [f.id, valueSchema(f)]));
    cache.set(form, m);
  }
  return m;
}

/** Draft check of one value: type and format only. */
export function checkValue(form: Form, field: Field, value: unknown): Problem[] {
  if (acceptorsOf(form).get(field.id)?.(value)) return [];
  const schema = schemasOf(form).get(field.id);
  if (!schema) return [problem(field.id, 'unknown_field')];
  const r = schema.safeParse(value);
  return r.success ? [] : toProblems(field, value, r.error.issues);
}

/**
 * The record-level draft schema (every field optional, unknown keys refused): what the API
 * publishes as its payload schema.
 */
export function draftSchema(form: Form): z.ZodObject {
  const { z } = zodLib();
  const shape: Record<string, z.ZodType> = {};
  for (const [id, s] of schemasOf(form)) shape[id] = s.optional();
  return z.object(shape).strict();
}
