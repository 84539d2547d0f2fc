/**
 * Which fields of a form apply to a record: a field is visible when its display condition holds
 * over the values of fields that are themselves visible. Controllers always precede the fields
 * they control in form order, so one pass suffices.
 */
import { holds, type Field, type Form, type Value } from '../registry/index.js';

export type Data = Record<string, Value>;

export function visibleFields(form: Form, data: Data): Set<string> {
  const visible = new Set<string>();
  const valueOf = (id: string) => (visible.has(id) ? data[id] : undefined);
  for (const f of form.fields) {
    if (!f.show || holds(f.show, valueOf)) visible.add(f.id);
  }
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

export const isEmpty = (v: Value): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
