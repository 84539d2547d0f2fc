/**
 * Confirming answers in the form: one operation, one transaction, one audit entry. The user's
 * change, the answers the national number gives (birth date, sex), the patient block of a patient
 * already registered and the remembered answers are written together or not at all.
 */
import { formOf } from '../registry/index.js';
import { editableData, promptly, type Registration } from '../store/index.js';
import { answersFromNiss, applyDerived, CONSENT_FIELD, isEmpty, patientKeyOf, type Data } from '../validation/index.js';
import type { Core } from './core.js';
import { knownPatientAnswers, rememberAnswers } from './fast-encoding.js';
import { assertMay } from './permissions.js';

export interface AnswerInput {
  id: number;
  /** The version the user's screen shows: a save by someone else since then is a conflict. */
  rowVersion: number;
  /** Field id → new value; an empty value (undefined, '', []) clears the answer. */
  changes: Data;
}

export interface AnswerOutcome {
  registration: Registration;
  /** Answers filled in from the national number. */
  fromNiss: string[];
  /** Answers filled in from the latest other registration of the same patient. */
  fromPatient: { registrationId: number; fields: string[] } | undefined;
}

/** The answers with the changes applied (an empty value removes the answer). */
export function withChanges(data: Data, changes: Data): Data {
  const out: Data = { ...data };
  for (const [k, v] of Object.entries(changes)) {
    if (isEmpty(v)) delete out[k];
    else out[k] = v;
  }
  return out;
}

export function confirmAnswer(core: Core, user: string, input: AnswerInput): AnswerOutcome {
  return promptly(core.db, (): AnswerOutcome => {
    const current = core.store.mustGet(input.id);
    assertMay(core, user, current.status === 'sent' ? 'editCorrection' : 'confirmAnswer');
    const form = formOf(current.type, current.formVersion);
    const data = withChanges(editableData(current), input.changes);
    const changed = Object.keys(input.changes).map((k) => form.byId.get(k));
    const fromNiss = changed.some((f) => f?.kind === 'niss') ? answersFromNiss(data) : {};
    Object.assign(data, fromNiss);
    const patientChanged = changed.some((f) => f?.personal || f?.step === 'patient');
    const known = patientChanged
      ? knownPatientAnswers(form, current.id, patientKeyOf(applyDerived(form, data)), data, core.store)
      : undefined;
    if (known) Object.assign(data, known.answers);
    const registration = core.store.saveDraft(current.id, { data, rowVersion: input.rowVersion, user });
    rememberAnswers(form, input.changes, core.store, user);
    return {
      registration,
      fromNiss: Object.keys(fromNiss),
      fromPatient: known ? { registrationId: known.from, fields: Object.keys(known.answers) } : undefined,
    };
  });
}

/** The patient consents to an optional registration (the consent field answered yes). */
export function recordConsent(core: Core, user: string, input: { id: number; field?: string }): Registration {
  assertMay(core, user, 'recordConsent');
  return promptly(core.db, () => {
    const current = core.store.mustGet(input.id);
    const field = input.field ?? CONSENT_FIELD;
    return confirmAnswer(core, user, { id: input.id, rowVersion: current.rowVersion, changes: { [field]: '1' } }).registration;
  });
}

/**
 * An admin adds a physician number to its reference list from the form, and it becomes the answer:
 * both or neither. The name is completed by the next import of the list.
 */
export function answerWithNewListEntry(core: Core, user: string, input: AnswerInput & { list: string; code: string }): AnswerOutcome {
  assertMay(core, user, 'addListEntry');
  return promptly(core.db, () => {
    core.referenceLists.addEntry(
      input.list,
      { code: input.code, name: `(added by ${user} from the form)`, detail: '', validFrom: null, validTo: null },
      user,
    );
    return confirmAnswer(core, user, input);
  });
}
