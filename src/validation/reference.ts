/**
 * Reference lists the DCD binds to but does not contain (HPIN physicians, the INAMI nominative
 * lists of devices, postal codes), seen by validation through this interface; the store
 * implements it over its tables. A list that is not loaded checks nothing.
 */
import type { Field, Form } from '../registry/index.js';
import type { Data } from './visibility.js';

export interface ReferenceEntry {
  list: string;
  code: string;
  name: string;
  /** Manufacturer of a device, first name and specialty of a physician, … */
  detail: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface ReferenceLookup {
  isLoaded(list: string): boolean;
  get(list: string, code: string): ReferenceEntry | undefined;
  search(list: string, text: string, limit: number): ReferenceEntry[];
}

const byForm = new WeakMap<Form, Field[]>();
const validityFields = (form: Form) => {
  let v = byForm.get(form);
  if (!v) { v = form.valueFields.filter((f) => f.validity && f.codeList); byForm.set(form, v); }
  return v;
};

/** Fills the validity fields of each chosen device from its list entry (hidden *_VFROM_n / *_VTO_n). */
export function applyReferenceData(form: Form, data: Data, lists: ReferenceLookup | undefined): Data {
  if (!lists) return data;
  let out = data;
  for (const f of validityFields(form)) {
    const [from, to] = validityOf(f, data, lists);
    if (out[f.validity!.from] === from && out[f.validity!.to] === to) continue;
    if (out === data) out = { ...data };
    setValidity(out, f, from, to);
  }
  return out;
}

/** The same, on a record the caller owns (the import's freshly coerced row): no copy. */
export function fillReferenceData(form: Form, data: Data, lists: ReferenceLookup | undefined): Data {
  if (!lists) return data;
  for (const f of validityFields(form)) {
    const [from, to] = validityOf(f, data, lists);
    if (data[f.validity!.from] !== from || data[f.validity!.to] !== to) setValidity(data, f, from, to);
  }
  return data;
}

function validityOf(f: Field, data: Data, lists: ReferenceLookup): [string | undefined, string | undefined] {
  const code = data[f.id];
  const entry = typeof code === 'string' && f.codeList ? lists.get(f.codeList, code) : undefined;
  return [entry?.validFrom ?? undefined, entry?.validTo ?? undefined];
}

function setValidity(out: Data, f: Field, from: string | undefined, to: string | undefined) {
  if (from) out[f.validity!.from] = from; else delete out[f.validity!.from];
  if (to) out[f.validity!.to] = to; else delete out[f.validity!.to];
}
