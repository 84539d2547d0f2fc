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

export interface Hospital {
  name?: string;
  inami?: string;
}

export interface RegistrationRef {
  type: TypeCode;
  formVersion: string;
  registrationCode: string;
  businessKey: string;
  submission: number;
}

const allowedCache = new Map<string, Set<string>>();

/** The ids that may leave the hospital: no personal and no local fields. */
export function allowedIds(type: TypeCode, formVersion: string): Set<string> {
  const key = `${type}@${formVersion}`;
  let ids = allowedCache.get(key);
  if (!ids) {
    ids = new Set(
      formOf(type, formVersion)
        .valueFields.filter((f) => !f.local && !f.personal)
        .map((f) => f.id),
    );
    allowedCache.set(key, ids);
  }
  return ids;
}

/** An answer that is sent (an empty one is not). */
export const isAnswer = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/**
 * The answers split in two: those that may leave the hospital (no personal and no local field, no
 * empty answer) and the others. Serialised, the two halves make the answers' JSON (joinJson): a
 * bulk import serialises each answer once, for the database and for Healthdata together.
 */
export function splitTransmittable(type: TypeCode, formVersion: string, data: Data): { sent: Data; kept: Data } {
  const allowed = allowedIds(type, formVersion);
  const sent: Data = {};
  const kept: Data = {};
  for (const id in data) {
    const v = data[id];
    if (allowed.has(id) && isAnswer(v)) sent[id] = v;
    else kept[id] = v;
  }
  return { sent, kept };
}

/** The answers that may leave the hospital: no personal and no local fields. */
export const transmittableData = (type: TypeCode, formVersion: string, data: Data): Data =>
  splitTransmittable(type, formVersion, data).sent;

/** The object whose JSON has the members of all these objects' JSON (each a JSON object). */
export const joinJson = (...objects: string[]): string =>
  `{${objects
    .filter((o) => o.length > 2)
    .map((o) => o.slice(1, -1))
    .join(',')}}`;

type Kind = 'registration' | 'correction';

function payloadHeader(ref: RegistrationRef, data: Data, p: Pseudonymiser, kind: Kind) {
  const id = patientIdentifierOf(data);
  return {
    dcd: DCD,
    form: ref.type,
    version: ref.formVersion,
    kind,
    submission: ref.submission,
    registrationCode: ref.registrationCode,
    businessKey: ref.businessKey,
    patientPseudonym: id ? p.pseudonym(id) : null,
  };
}

export function healthdataPayload(ref: RegistrationRef, data: Data, p: Pseudonymiser, kind: Kind) {
  return { ...payloadHeader(ref, data, p, kind), data: transmittableData(ref.type, ref.formVersion, data) };
}

/** JSON.stringify(healthdataPayload(ref, data, p, kind)), given the JSON of its transmittable answers. */
export function healthdataPayloadJson(ref: RegistrationRef, data: Data, transmittableJson: string, p: Pseudonymiser, kind: Kind): string {
  return `${JSON.stringify(payloadHeader(ref, data, p, kind)).slice(0, -1)},"data":${transmittableJson}}`;
}

export interface BillingItem {
  item: string;
  field: string;
  date: string | null;
}

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
    type: 'NI0001',
    dcd: DCD,
    form: ref.type,
    registrationCode: ref.registrationCode,
    submission: ref.submission,
    insured: { niss },
    items,
    admissionDate: typeof data.DT_HOSPZ === 'string' ? data.DT_HOSPZ : null,
    dischargeDate: typeof data.DT_DISCH === 'string' ? data.DT_DISCH : null,
    hospital: { name: hospital.name ?? null, inami: hospital.inami ?? null },
  };
}
