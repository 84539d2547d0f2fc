/**
 * Fast encoding: what the form offers before the user types, and what it fills in for them. The
 * rules come from the catalogue (`suggest` on a field); this looks the values up.
 * - a field suggested from another field (a PCI or FFR date from the admission date);
 * - the current user's RIZIV number for the operator fields (they usually are the operator);
 * - the user's last answer for procedural fields (access site, contrast volume, device);
 * - the patient block of a patient already known (same NISS or pseudocode), filled where empty;
 * - how often the user chose each code, for the order of their choice lists.
 */
import { formOf, type Field, type Form, type Value } from '../registry/index.js';
import type { RegistrationStore } from '../store/index.js';
import { isEmpty, patientAnswers, type Data } from '../validation/index.js';

export function suggestionFor(f: Field, data: Data, store: RegistrationStore, user: string, userRiziv: string | undefined): Value {
  if (!f.suggest || !isEmpty(data[f.id])) return undefined;
  if (f.suggest === 'user-riziv') return userRiziv;
  if (f.suggest === 'last-answer') return store.answers.last(user, f.id);
  const v = data[f.suggest.from];
  return isEmpty(v) ? undefined : v;
}

/**
 * Remembers the user's answers to the fields whose last answer is offered next time, and counts
 * the codes they chose (code lists, physicians, devices, postal codes), which their choice lists
 * then show first.
 */
export function rememberAnswers(form: Form, changes: Data, store: RegistrationStore, user: string) {
  for (const [id, v] of Object.entries(changes)) {
    const f = form.byId.get(id);
    if (f?.suggest === 'last-answer') store.answers.remember(user, id, v);
    if (f && f.codeList && (f.kind === 'code' || f.kind === 'codes' || f.kind === 'hcp') && !isEmpty(v)) {
      store.answers.chose(user, id, Array.isArray(v) ? v : [String(v)]);
    }
  }
}

/** Patient answers still empty in `data` that the latest other registration of the same patient has. */
export function knownPatientAnswers(
  form: Form,
  id: number,
  patientKey: string | undefined,
  data: Data,
  store: RegistrationStore,
): { from: number; answers: Data } | undefined {
  if (!patientKey) return undefined;
  const other = store.latestOfPatient(patientKey, id);
  if (!other) return undefined;
  const answers: Data = {};
  for (const [fieldId, v] of Object.entries(patientAnswers(formOf(other.type, other.formVersion), form, other.data))) {
    const f = form.byId.get(fieldId);
    if (f && !f.local && f.kind !== 'generated' && isEmpty(data[fieldId])) answers[fieldId] = v;
  }
  return Object.keys(answers).length ? { from: other.id, answers } : undefined;
}
