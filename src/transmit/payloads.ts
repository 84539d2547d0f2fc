/**
 * What leaves the hospital. To Healthdata: the registration keyed by DCD field id, with the
 * patient as a pseudonym and never the national number, the names or the internal or generated
 * patient ids (fields marked `personal` in the catalogue) nor local fields. To the insurers
 * (CIN/NIC, MyCareNet): a notification of the billed F-§05 items, which needs the insured person.
 */
import { formOf, type TypeCode } from '../registry/index.js';
import { NO_FFR_BILLED, NO_PCI_BILLED, patientIdentifierOf, type Data } from '../validation/index.js';
import type { Pseudonymiser } from './pseudonymiser.js';

export const DCD = 'HDBP0012';

export interface Hospital { name?: string; inami?: string }

export interface RegistrationRef { type: TypeCode; formVersion: string; registrationCode: string; businessKey: string; submission: number }

const allowedCache = new Map<string, Set<string>>();

/** The ids that may leave the hospital: no personal and no local fields. */
function allowedIds(type: TypeCode, formVersion: string): Set<string> {
  const key = `${type}@${formVersion}`;
  let ids = allowedCache.get(key);
  if (!ids) {
    ids = new Set(formOf(type, formVersion).valueFields.filter((f) => !f.local && !f.personal).map((f) => f.id));
    allowedCache.set(key, ids);
  }
  return ids;
}

const transmitted = (allowed: Set<string>, id: string, v: unknown) => v !== undefined && v !== null && v !== '' && allowed.has(id);

/**
 * The answers that may leave the hospital: no personal and no local fields. `more` is read after
 * `data`, as if it were spread over it: answers have a shape of their own each, so copying them
 * costs twice their serialisation (a bulk import prepares thousands of sends a second).
 */
export function transmittableData(type: TypeCode, formVersion: string, data: Data, more?: Data): Data {
  const allowed = allowedIds(type, formVersion);
  const out: Data = {};
  for (const source of more ? [data, more] : [data]) {
    for (const id in source) {
      const v = source[id];
      if (v !== undefined && v !== null && v !== '' && allowed.has(id)) out[id] = v;
    }
  }
  return out;
}

/** The Healthdata message of `data` (with `more` spread over it, see transmittableData). */
export function healthdataPayload(ref: RegistrationRef, data: Data, p: Pseudonymiser, kind: 'registration' | 'correction', more?: Data) {
  const id = patientIdentifierOf(data);
  return {
    dcd: DCD, form: ref.type, version: ref.formVersion, kind, submission: ref.submission,
    registrationCode: ref.registrationCode, businessKey: ref.businessKey,
    patientPseudonym: id ? p.pseudonym(id) : null,
    data: transmittableData(ref.type, ref.formVersion, data, more),
  };
}

export interface BillingItem { item: string; field: string; date: string | null }

/** The billed F-§05 items of a registration (the "no item billed" codes excluded). */
export function billedItems(data: Data): BillingItem[] {
  const out: BillingItem[] = [];
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const pci = str(data.CD_PREST_PCI);
  if (pci && pci !== NO_PCI_BILLED) out.push({ item: pci, field: 'CD_PREST_PCI', date: str(data.DT_PCI_1) });
  const ffr = str(data.CD_PRES_FFR);
  if (ffr && ffr !== NO_FFR_BILLED) out.push({ item: ffr, field: 'CD_PRES_FFR', date: str(data.DT_FFR) });
  return out;
}

/** The notification for the insurers, or undefined when nothing is billed or no NISS is known. */
export function billingMessage(ref: RegistrationRef, data: Data, hospital: Hospital) {
  const items = billedItems(data);
  const niss = typeof data.IDC_PAT === 'string' && data.LOC_NO_NISS !== '1' ? data.IDC_PAT : undefined;
  if (!items.length || !niss) return undefined;
  return {
    type: 'NI0001', dcd: DCD, form: ref.type, registrationCode: ref.registrationCode, submission: ref.submission,
    insured: { niss },
    items,
    admissionDate: typeof data.DT_HOSPZ === 'string' ? data.DT_HOSPZ : null,
    dischargeDate: typeof data.DT_DISCH === 'string' ? data.DT_DISCH : null,
    hospital: { name: hospital.name ?? null, inami: hospital.inami ?? null },
  };
}
