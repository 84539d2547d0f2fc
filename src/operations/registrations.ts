/**
 * Creating, saving, deleting and correcting registrations: each operation checks the user's right
 * first, then writes in one transaction with its audit entry (the store's).
 */
import { authorAnswers, formOf, FU_PCI_DATE, getForm, type TypeCode } from '../registry/index.js';
import { promptly, refusalText, refuse, statusWords, StoreError, type Registration } from '../store/index.js';
import { patientAnswers, type Data, type Problem } from '../validation/index.js';
import type { Core } from './core.js';
import { assertMay } from './permissions.js';

/** A save that could not be sent (complete validation failed): nothing of it was kept. */
export class NotSent extends StoreError {
  constructor(
    readonly problems: Problem[],
    id: number,
  ) {
    const { message, says } = refusalText('refused.notSent', { id, n: problems.length });
    super(message, 'invalid', says);
    this.name = 'NotSent';
  }
}

/** A new Open registration of a type and form version, starting with the user's author answers. */
export function createRegistration(core: Core, user: string, input: { type: TypeCode; formVersion?: string; data?: Data }): Registration {
  assertMay(core, user, 'createRegistration');
  const form = getForm(input.type, input.formVersion);
  if (!form) throw refuse('unknown-form', 'refused.noForm', { type: input.type, version: String(input.formVersion) });
  return core.store.create({
    type: input.type,
    formVersion: form.version,
    data: { ...authorAnswers(core.authorDefaults(user)), ...input.data },
    user,
  });
}

/**
 * The follow-up of a P or FP hospitalisation (the current FU form unless a version is named),
 * linked to it and starting with its patient answers and the user's author answers.
 */
export function createFollowUp(core: Core, user: string, input: { parentId: number; formVersion?: string }): Registration {
  assertMay(core, user, 'createFollowUp');
  const parent = core.store.mustGet(input.parentId);
  const form = getForm('FU', input.formVersion);
  if (!form) throw refuse('unknown-form', 'refused.noForm', { type: 'FU', version: String(input.formVersion) });
  const patient = patientAnswers(formOf(parent.type, parent.formVersion), form, parent.data);
  const link = parent.lastPciDate ? { [FU_PCI_DATE]: parent.lastPciDate } : {};
  return core.store.create({
    type: 'FU',
    formVersion: form.version,
    data: { ...authorAnswers(core.authorDefaults(user)), ...patient, ...link },
    parentId: parent.id,
    user,
  });
}

/**
 * Replaces the answers of an Open registration (checked as a draft) and, when asked, sends it:
 * both or neither. `rowVersion` is the version the caller read.
 */
export function saveDraft(core: Core, user: string, input: { id: number; data: Data; rowVersion: number; send?: boolean }): Registration {
  assertMay(core, user, 'saveDraft');
  if (input.send) assertMay(core, user, 'sendRegistration');
  return promptly(core.db, () => {
    const current = core.store.mustGet(input.id);
    if (current.status !== 'open') {
      throw refuse('not-editable', 'refused.notReplaced', { id: current.id, status: statusWords(current.status) });
    }
    const saved = core.store.saveDraft(input.id, { data: input.data, rowVersion: input.rowVersion, user });
    if (!input.send) return saved;
    const sent = core.sender.send(input.id, { user });
    if (!sent.ok) throw new NotSent(sent.problems, input.id);
    return sent.registration;
  });
}

/** Open → Deleted (kept for audit). */
export function deleteRegistration(core: Core, user: string, input: { id: number; rowVersion?: number }): Registration {
  assertMay(core, user, 'deleteRegistration');
  return core.store.delete(input.id, { user, ...(input.rowVersion !== undefined ? { rowVersion: input.rowVersion } : {}) });
}

/** A Sent registration gets a correction to edit; the Sent version stays until it is resubmitted. */
export function startCorrection(core: Core, user: string, input: { id: number }): Registration {
  assertMay(core, user, 'startCorrection');
  return core.store.startCorrection(input.id, { user });
}

/** Drops a correction that will not be resubmitted; the Sent version is unchanged. */
export function discardCorrection(core: Core, user: string, input: { id: number }): Registration {
  assertMay(core, user, 'discardCorrection');
  return core.store.discardCorrection(input.id, { user });
}
