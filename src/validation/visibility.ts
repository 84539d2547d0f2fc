/**
 * Which fields of a form apply to a record: a field is visible when its display condition holds
 * over the values of fields that are themselves visible. Controllers always precede the fields
 * they control in form order, so one pass suffices.
 */
import { compileCondition, type CompiledCondition, type Field, type Form, type Value } from '../registry/index.js';

export type Data = Record<string, Value>;

/** A form's display and required-when conditions compiled once, by field position. */
export interface FormPlan {
  index: ReadonlyMap<string, number>;
  show: readonly (CompiledCondition | undefined)[];
  requiredWhen: readonly (CompiledCondition | undefined)[];
  /** Not required while this holds (the field still applies and may be answered). */
  optionalWhen: readonly (CompiledCondition | undefined)[];
  /** 1 where the field can be required at all (not a title, info text or hidden field). */
  requirable: Uint8Array;
  /** 1 where the field is required whenever it applies. */
  required: Uint8Array;
}

const plans = new WeakMap<Form, FormPlan>();

export function formPlanOf(form: Form): FormPlan {
  let plan = plans.get(form);
  if (!plan) {
    const index = new Map(form.fields.map((f, i) => [f.id, i]));
    const compile = (c: Field['show']) => (c ? compileCondition(c, (id) => index.get(id)) : undefined);
    plan = {
      index,
      show: form.fields.map((f) => compile(f.show)),
      requiredWhen: form.fields.map((f) => compile(f.requiredWhen)),
      optionalWhen: form.fields.map((f) => compile(f.optionalWhen)),
      requirable: Uint8Array.from(form.fields, (f) => (f.kind === 'title' || f.kind === 'info' || f.kind === 'hidden' ? 0 : 1)),
      required: Uint8Array.from(form.fields, (f) => (f.required ? 1 : 0)),
    };
    plans.set(form, plan);
  }
  return plan;
}

/**
 * A record seen through its form: values by field position, which fields apply, and the ids of
 * its answers that are no field of the form.
 */
export interface Visibility {
  values: Value[];
  shown: Uint8Array;
  unknown: string[];
}

export function visibilityOf(form: Form, data: Data): Visibility {
  const { index, show } = formPlanOf(form);
  const values = new Array<Value>(form.fields.length);
  const unknown: string[] = [];
  for (const id in data) {
    const i = index.get(id);
    if (i !== undefined) values[i] = data[id];
    else unknown.push(id);
  }
  const shown = new Uint8Array(values.length);
  for (let i = 0; i < shown.length; i++) {
    const test = show[i];
    shown[i] = !test || test(values, shown) ? 1 : 0;
  }
  return { values, shown, unknown };
}

export function visibleFields(form: Form, data: Data): Set<string> {
  const { shown } = visibilityOf(form, data);
  const visible = new Set<string>();
  form.fields.forEach((f, i) => {
    if (shown[i]) visible.add(f.id);
  });
  return visible;
}

/** A field the user answers (not a title, info text, hidden, computed or generated field). */
export function isAnswerable(f: Field): boolean {
  return f.kind !== 'title' && f.kind !== 'info' && f.kind !== 'hidden' && f.kind !== 'computed' && f.kind !== 'generated';
}

/** The record without values of fields that do not apply (they are never sent). */
export function pruneHidden(form: Form, data: Data): Data {
  const visible = visibleFields(form, data);
  const out: Data = {};
  for (const [k, v] of Object.entries(data)) {
    const f = form.byId.get(k);
    if (f && (visible.has(k) || f.kind === 'hidden')) out[k] = v;
  }
  return out;
}

export const isEmpty = (v: Value): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
