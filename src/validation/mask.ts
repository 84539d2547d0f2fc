/**
 * Personal answers (fields the catalogue marks `personal`: the national number, names, the
 * hospital's own patient id, the pseudocode) as a person reading a list, a record or a report
 * sees them: a NISS keeps what its birth date shows, other identity fields their first letter.
 * What is masked follows the catalogue's flag, never a list of ids kept here.
 */
import type { Field, Form, Value } from '../registry/index.js';
import { maskNiss } from './niss.js';
import type { Data } from './visibility.js';

export function maskedValue(field: Field, value: Value): Value {
  if (!field.personal || value === undefined || value === null || value === '') return value;
  if (field.kind === 'niss') return maskNiss(String(value));
  const text = String(value);
  return `${text.slice(0, 1)}***`;
}

/** The answers with every personal one masked (answers to unknown fields are left out: they cannot be judged). */
export function maskedData(form: Form, data: Data): Data {
  const out: Data = {};
  for (const [id, v] of Object.entries(data)) {
    const f = form.byId.get(id);
    if (f) out[id] = maskedValue(f, v);
  }
  return out;
}

/** An audit entry's change with the values of a personal field masked. */
export function maskedChange<C extends { field: string; old: unknown; new: unknown }>(form: Form, change: C): C {
  const f = form.byId.get(change.field);
  if (!f?.personal) return change;
  return { ...change, old: maskedValue(f, change.old as Value), new: maskedValue(f, change.new as Value) };
}

/** The longest value a message or a results file repeats (a 50 MB cell is echoed as its start). */
export const ECHO_LIMIT = 100;

/**
 * A value as it came in, as a message or a results file repeats it: masked when its field is
 * personal (a mistyped NISS is still a NISS), cut to ECHO_LIMIT characters otherwise.
 */
export function echoedValue(field: Field | undefined, text: string): string {
  if (field?.personal && text !== '') return String(maskedValue(field, text));
  return text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}… (${text.length} characters)` : text;
}
