/**
 * Why the core refuses an action (a user that exists already, the last admin, a registration that
 * is deleted or sent, a follow-up's link), said twice as the integrity findings are
 * (violations.ts): the StoreError's `message` is English and stays so (logs, --json, the API's
 * problem bodies), its `says` is the same sentence as an id of the doors' message catalogue
 * (`refused.*`, src/messages/refusals.ts) with its values, so that a door says it in the user's
 * language. The core does not import the catalogue (docs/architecture.md#the-direction-of-imports);
 * a test holds the catalogue's English equal to this table.
 */
import type { Status } from './statuses.js';
import { wordsIn, type WordValue, type Words } from './violations.js';

/** The English of the core's refusals, by message id. */
export const REFUSAL_DETAILS = {
  'refused.userExists': 'User "{user}" already exists (role {role}).',
  'refused.noUser': 'There is no user "{user}".',
  'refused.noUserForToken': 'There is no user "{user}": add it first with "angio users add".',
  'refused.lastAdminRole': '"{user}" is the last admin: make another user admin first.',
  'refused.lastAdminRemove': '"{user}" is the last admin and cannot be removed.',
  'refused.noToken': 'There is no active token {id}.',
  'refused.noRegistration': 'There is no registration {id}.',
  'refused.noForm': 'Form {type} version {version} does not exist.',
  'refused.link': 'Only a follow-up (FU) can be linked, and only to a P or FP hospitalisation.',
  'refused.notEditable': 'Registration {id} is {status} and can no longer be edited.',
  'refused.sentNotEditable': 'Registration {id} is sent and can no longer be edited (start a correction to resubmit it).',
  'refused.notReplaced': 'Registration {id} is {status}: only an Open one is replaced (a Sent one is corrected by submitting it again).',
  'refused.notDeleted': 'Registration {id} is {status}: only an Open registration can be deleted.',
  'refused.notCorrected': 'Registration {id} is {status}: only a Sent registration is corrected.',
  'refused.noCorrection': 'Registration {id} has no correction to resubmit.',
  'refused.noCorrectionYet': 'Registration {id} has no correction to resubmit (start one first).',
  'refused.notSendable': 'Registration {id} is {status} and cannot be sent.',
  'refused.noPatient': 'The registration has no patient identifier to send with.',
  'refused.notSent': 'Registration {id} cannot be sent: {n} problem(s); nothing was saved.',
  'refused.invalid': 'The data has {n} problem(s); nothing was saved.',
  'refused.conflict':
    'Registration {id} was changed by someone else since you opened it; reopen it to see their changes (nothing of yours was overwritten).',
  'refused.noIndicator': 'There is no indicator "{indicator}".',
  'refused.status.open': 'open',
  'refused.status.sent': 'sent',
  'refused.status.deleted': 'deleted',
} as const;

export type RefusalId = keyof typeof REFUSAL_DETAILS;

const refusalWords = wordsIn<RefusalId, never>(REFUSAL_DETAILS);

/** A registration's status as words of a refusal ("sent", "envoyé"). */
export const statusWords = (status: Status): Words => refusalWords.words(`refused.status.${status}`);

/** The English sentence of a refusal and the same as words for the doors (errors.ts `refuse` makes the error). */
export function refusalText(id: RefusalId, values?: Record<string, WordValue>): { message: string; says: Words } {
  const says = refusalWords.words(id, values);
  return { message: refusalWords.english(says), says };
}
