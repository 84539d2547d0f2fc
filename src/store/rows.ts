/** Mapping between SQL rows (snake_case, JSON text) and typed registrations, done once, here. */
import { PCI_BLOCKS, type TypeCode } from '../registry/index.js';
import type { Data } from '../validation/index.js';
import type { Status } from './statuses.js';

export interface RegistrationRow {
  id: number;
  type: TypeCode;
  form_version: string;
  status: Status;
  data: string;
  patient_key: string | null;
  key_date: string | null;
  last_pci_date: string | null;
  parent_id: number | null;
  registration_code: string | null;
  business_key: string | null;
  required_filled: number;
  required_total: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  row_version: number;
  delivery: Delivery;
  correction_data: string | null;
  submissions: number;
}

export type Delivery = 'none' | 'pending' | 'delivered' | 'failed';

export interface Registration {
  id: number;
  type: TypeCode;
  formVersion: string;
  status: Status;
  data: Data;
  patientKey: string | null;
  keyDate: string | null;
  lastPciDate: string | null;
  parentId: number | null;
  registrationCode: string | null;
  businessKey: string | null;
  requiredFilled: number;
  requiredTotal: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  rowVersion: number;
  /** Delivery of its outbox items: none yet, pending, all delivered, or one failed. */
  delivery: Delivery;
  /** The new version of a Sent registration being corrected (undefined when none is). */
  correctionData: Data | undefined;
  /** How many times it was submitted (1 after the first send, +1 per resubmission). */
  submissions: number;
}

/** The answers a form edits: the correction of a Sent registration, else the registration's own. */
export function editableData(r: Registration): Data {
  return r.status === 'sent' && r.correctionData ? r.correctionData : r.data;
}

export function rowToRegistration(r: RegistrationRow): Registration {
  return {
    id: r.id,
    type: r.type,
    formVersion: r.form_version,
    status: r.status,
    data: JSON.parse(r.data) as Data,
    patientKey: r.patient_key,
    keyDate: r.key_date,
    lastPciDate: r.last_pci_date,
    parentId: r.parent_id,
    registrationCode: r.registration_code,
    businessKey: r.business_key,
    requiredFilled: r.required_filled,
    requiredTotal: r.required_total,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    rowVersion: r.row_version,
    delivery: r.delivery,
    correctionData: r.correction_data ? (JSON.parse(r.correction_data) as Data) : undefined,
    submissions: r.submissions,
  };
}

// Made once: an id built for each lookup is a new string to hash each time (an import reads these per row).
const PCI_DATES = Array.from({ length: PCI_BLOCKS }, (_, i) => `DT_PCI_${i + 1}`);

/** The last PCI date (the follow-up falls due one year after it). */
export function lastPciDateOf(data: Data): string | undefined {
  let last: string | undefined;
  for (const id of PCI_DATES) {
    const v = data[id];
    if (typeof v === 'string' && (!last || v > last)) last = v;
  }
  return last;
}
