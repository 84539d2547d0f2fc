/** Small builders for display conditions, and their evaluation over a record's values. */
import type { Condition } from './types.js';

export const eq = (field: string, value: string): Condition => ({ field, eq: value });
export const ne = (field: string, value: string): Condition => ({ field, ne: value });
export const oneOf = (field: string, values: string[]): Condition => ({ field, oneOf: values });
export const has = (field: string, value: string): Condition => ({ field, has: value });
export const hasOtherThan = (field: string, value: string): Condition => ({ field, hasOtherThan: value });
export const isEmptyAnswer = (field: string): Condition => ({ field, empty: true });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });

export type Value = string | number | string[] | null | undefined;

/**
 * Evaluates a condition. `valueOf` must return undefined for a field that is itself hidden, so a
 * chain of conditions collapses when its root is hidden.
 */
export function holds(condition: Condition, valueOf: (field: string) => Value): boolean {
  if ('any' in condition) return condition.any.some((c) => holds(c, valueOf));
  if ('all' in condition) return condition.all.every((c) => holds(c, valueOf));
  const v = valueOf(condition.field);
  if ('eq' in condition) return v !== undefined && v !== null && String(v) === condition.eq;
  if ('ne' in condition) return v === undefined || v === null || String(v) !== condition.ne;
  if ('oneOf' in condition) return v !== undefined && v !== null && condition.oneOf.includes(String(v));
  if ('has' in condition) return Array.isArray(v) && v.includes(condition.has);
  if ('empty' in condition) return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  return Array.isArray(v) && v.some((x) => x !== condition.hasOtherThan);
}

/**
 * A condition compiled once per form to a test over the record's values by field position:
 * `values[i]` is the value of the form's i-th field and `shown[i]` says whether that field
 * applies (the same collapse as `holds`). Interpreting the condition tree for each of a form's
 * 374 fields on every keystroke and every imported row would be the largest cost of validation.
 */
export type CompiledCondition = (values: readonly Value[], shown: Uint8Array) => boolean;

export function compileCondition(condition: Condition, indexOf: (field: string) => number | undefined): CompiledCondition {
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, indexOf));
    return (v, s) => {
      for (const p of parts) if (p(v, s)) return true;
      return false;
    };
  }
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, indexOf));
    return (v, s) => {
      for (const p of parts) if (!p(v, s)) return false;
      return true;
    };
  }
  const i = indexOf(condition.field);
  // A field the form does not have reads as empty, as in `holds`.
  const read = i === undefined ? () => undefined : (v: readonly Value[], s: Uint8Array) => (s[i] ? v[i] : undefined);
  if ('eq' in condition) {
    const want = condition.eq;
    return (v, s) => {
      const x = read(v, s);
      return x !== undefined && x !== null && String(x) === want;
    };
  }
  if ('ne' in condition) {
    const not = condition.ne;
    return (v, s) => {
      const x = read(v, s);
      return x === undefined || x === null || String(x) !== not;
    };
  }
  if ('oneOf' in condition) {
    const set = new Set(condition.oneOf);
    return (v, s) => {
      const x = read(v, s);
      return x !== undefined && x !== null && set.has(String(x));
    };
  }
  if ('has' in condition) {
    const want = condition.has;
    return (v, s) => {
      const x = read(v, s);
      return Array.isArray(x) && x.includes(want);
    };
  }
  if ('empty' in condition) {
    return (v, s) => {
      const x = read(v, s);
      return x === undefined || x === null || x === '' || (Array.isArray(x) && x.length === 0);
    };
  }
  const other = condition.hasOtherThan;
  return (v, s) => {
    const x = read(v, s);
    return Array.isArray(x) && x.some((y) => y !== other);
  };
}

/** Every field id a condition reads. */
export function fieldsOf(condition: Condition): string[] {
  if ('any' in condition) return condition.any.flatMap(fieldsOf);
  if ('all' in condition) return condition.all.flatMap(fieldsOf);
  return [condition.field];
}

/** Rewrites the field ids of a condition (template expansion). */
export function mapFields(condition: Condition, f: (id: string) => string): Condition {
  if ('any' in condition) return { any: condition.any.map((c) => mapFields(c, f)) };
  if ('all' in condition) return { all: condition.all.map((c) => mapFields(c, f)) };
  return { ...condition, field: f(condition.field) };
}
