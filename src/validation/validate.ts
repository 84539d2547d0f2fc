/**
 * Validation of a record against its form, in two modes:
 * - draft: types and formats only, so any partial record can be saved;
 * - complete: also required-when-visible, values that do not apply, ranges and cross-field rules.
 * Import coercion (strings from CSV or the API) is in coerce.ts and feeds either mode.
 */
import { systemClock } from '../clock.js';
import type { Field, Form, TypeCode, Value } from '../registry/index.js';
import { acceptorsByPosition, checkValue } from './field-schemas.js';
import { problem, type Problem } from './problems.js';
import { crossFieldRules } from './rules.js';
import type { ReferenceLookup } from './reference.js';
import { formPlanOf, isAnswerable, isEmpty, visibilityOf, visibleFields, type Data, type FormPlan, type Visibility } from './visibility.js';

export type Mode = 'draft' | 'complete';

export interface ValidateOptions {
  /** Today as yyyy-mm-dd (for "not in the future"); defaults to the machine's date in Belgium. */
  today?: string;
  /** Reference lists (physicians, devices, postal codes) to check answers against. */
  lists?: ReferenceLookup;
  /** visibilityOf(form, data) when the caller has it already (it counts completeness from it too). */
  visibility?: Visibility;
}

/**
 * The warning a value of a field gets for being outside its usual range (and within what is
 * possible): what the form asks the user to confirm once, before it is saved.
 */
export function unusualValue(field: Field, value: Value): Problem | undefined {
  if (typeof value !== 'number') return undefined;
  if (field.limits && (value < field.limits.min || value > field.limits.max)) return undefined;
  if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
    return problem(field.id, 'out_of_range', { min: field.min ?? '', max: field.max ?? '' });
  }
  return undefined;
}

/** Draft problems of one field (what the form shows while the user types). */
export function validateField(form: Form, field: Field, value: Value): Problem[] {
  if (isEmpty(value)) return [];
  return checkValue(form, field, value);
}

export function validate(form: Form, data: Data, mode: Mode, options: ValidateOptions = {}): Problem[] {
  const out: Problem[] = [];
  const seen = options.visibility;
  if (seen) {
    // The same checks from the answers by position: answers are dictionaries, slow to walk.
    for (const id of seen.unknown) out.push(problem(id, 'unknown_field'));
    const accepts = acceptorsByPosition(form);
    for (let i = 0; i < seen.values.length; i++) {
      const v = seen.values[i];
      // An answer its field's fast check accepts has no draft problem (checkValue asks the same first).
      if (v !== undefined && !accepts[i]?.(v)) checkAnswer(form, form.fields[i]!, v, out);
    }
  } else {
    for (const id in data) {
      const field = form.byId.get(id);
      if (!field) out.push(problem(id, 'unknown_field'));
      else checkAnswer(form, field, data[id], out);
    }
  }
  if (mode === 'draft') return out;

  const { values, shown } = seen ?? visibilityOf(form, data);
  const plan = formPlanOf(form);
  const { index } = plan;
  // Rules and required-when conditions read only values that apply and passed their own checks.
  let usable = shown;
  if (out.length) {
    usable = shown.slice();
    for (const p of out) {
      const i = index.get(p.field);
      if (i !== undefined) usable[i] = 0;
    }
  }
  const fields = form.fields;
  for (let i = 0; i < fields.length; i++) {
    const v = values[i];
    if (v === undefined) {
      // Most fields of a record have no answer: only a required one that applies has something to say.
      if (shown[i] && isRequiredAt(plan, i, values, usable)) out.push(problem(fields[i]!.id, 'required'));
      continue;
    }
    const f = fields[i]!;
    if (f.kind === 'title' || f.kind === 'info') continue;
    if (!shown[i]) {
      if (!isEmpty(v) && f.kind !== 'hidden' && !f.local) out.push(problem(f.id, 'not_applicable', { why: whyHidden(form, f) }));
      continue;
    }
    if (isEmpty(v)) {
      if (isRequiredAt(plan, i, values, usable)) out.push(problem(f.id, 'required'));
      continue;
    }
    if (typeof v === 'number' && usable[i]) {
      // Outside what is possible: an error, and the value is not used by other rules; outside
      // what is usual: a warning (docs/registry.md#official-versus-derived-rules).
      if (f.limits && (v < f.limits.min || v > f.limits.max)) {
        out.push(problem(f.id, 'beyond_limits', { min: f.limits.min, max: f.limits.max }));
        usable[i] = 0;
      } else if ((f.min !== undefined && v < f.min) || (f.max !== undefined && v > f.max)) {
        out.push(problem(f.id, 'out_of_range', { min: f.min ?? '', max: f.max ?? '' }));
      }
    }
  }
  const get = (id: string) => {
    const i = index.get(id);
    return i !== undefined && usable[i] ? values[i] : undefined;
  };
  const at = (i: number) => (usable[i] ? values[i] : undefined);
  for (const p of crossFieldRules({
    form,
    type: form.type as TypeCode,
    get,
    at,
    today: options.today ?? systemClock.today(),
    ...(options.lists ? { lists: options.lists } : {}),
  }))
    out.push(p);
  return out;
}

/** Draft problems of one answer, added to `out`: a title or an info text takes no answer. */
function checkAnswer(form: Form, field: Field, value: Value, out: Problem[]): void {
  if (field.kind === 'title' || field.kind === 'info') out.push(problem(field.id, 'unknown_field'));
  else for (const p of validateField(form, field, value)) out.push(p);
}

/**
 * Whether the field at position `i` is required, its conditions reading `usable` values: never a
 * title, info text or hidden field; always a required one; else when its condition holds. From
 * per-position flags (validation and completeness ask it of every field of every imported row).
 */
function isRequiredAt(plan: FormPlan, i: number, values: readonly Value[], usable: Uint8Array): boolean {
  if (!plan.requirable[i] || plan.optionalWhen[i]?.(values, usable) === true) return false;
  return plan.required[i] === 1 || plan.requiredWhen[i]?.(values, usable) === true;
}

function whyHidden(form: Form, f: Field): string {
  if (!f.show) return '';
  const ids = JSON.stringify(f.show).match(/"field":"([^"]+)"/g) ?? [];
  return (
    ids
      .map((s) => s.slice(9, -1))
      .filter((id, i, a) => a.indexOf(id) === i && form.byId.has(id))
      .join(', ') + ' does not call for it'
  );
}

export interface Counts {
  filled: number;
  total: number;
}

/** Required answers filled / total, over the fields that apply: the table's completeness column. */
export function completeness(form: Form, data: Data): Counts {
  return countsOf(form, visibilityOf(form, data));
}

/** The same, from the record's visibility. */
export function countsOf(form: Form, { values, shown }: Visibility): Counts {
  // Counted: the answerable, computed and generated fields that apply and are required.
  const plan = formPlanOf(form);
  let filled = 0;
  let total = 0;
  for (let i = 0; i < shown.length; i++) {
    if (!shown[i] || !isRequiredAt(plan, i, values, shown)) continue;
    total++;
    if (!isEmpty(values[i])) filled++;
  }
  return { filled, total };
}

export { isAnswerable };

/**
 * What stands between a saved record and sending it: complete validation of the values that
 * apply (values of fields that no longer apply are dropped, never sent).
 */
export function readinessProblems(form: Form, data: Data, options: ValidateOptions = {}): Problem[] {
  const visible = visibleFields(form, data);
  const kept: Data = {};
  for (const [k, v] of Object.entries(data)) {
    const f = form.byId.get(k);
    if (!f || visible.has(k) || f.kind === 'hidden') kept[k] = v;
  }
  return validate(form, kept, 'complete', options);
}
