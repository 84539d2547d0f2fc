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
  if (!v) {
    v = form.valueFields.filter((f) => f.validity && f.codeList);
    byForm.set(form, v);
  }
  return v;
};

/**
 * Fills the validity fields of each chosen device from its list entry (hidden *_VFROM_n / *_VTO_n),
 * in place: callers pass a record of their own (a derived copy, the import's freshly coerced row).
 */
export function fillReferenceData(form: Form, data: Data, lists: ReferenceLookup | undefined): Data {
  if (!lists) return data;
  for (const f of validityFields(form)) {
    const { from: fromId, to: toId } = f.validity!;
    const code = data[f.id];
    const entry = typeof code === 'string' ? lists.get(f.codeList!, code) : undefined;
    const from = entry?.validFrom ?? undefined;
    const to = entry?.validTo ?? undefined;
    if (from) data[fromId] = from;
    else delete data[fromId];
    if (to) data[toId] = to;
    else delete data[toId];
  }
  return data;
}
