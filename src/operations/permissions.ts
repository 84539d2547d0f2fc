/**
 * Which role right each operation needs: the one table a door asks ("may this user do it?") and
 * every operation checks before it does anything. The rights of each role are the store's
 * (store/access.ts). Sending and delivering also need the installation's own pseudonymisation
 * secret: without it they are refused for everyone, with the reason (session/secret.ts).
 */
import type { Action } from '../store/index.js';
import { SecretUnavailable } from '../transmit/index.js';
import type { Core } from './core.js';

export const OPERATION_RIGHTS = {
  createRegistration: 'create',
  createFollowUp: 'create',
  confirmAnswer: 'edit',
  recordConsent: 'edit',
  saveDraft: 'edit',
  deleteRegistration: 'delete',
  sendRegistration: 'send',
  startCorrection: 'correct',
  editCorrection: 'correct',
  discardCorrection: 'correct',
  resubmitCorrection: 'correct',
  retryFailedDeliveries: 'send',
  retryOutboxItems: 'send',
  deliverPendingNow: 'send',
  deliverOutbox: 'send',
  readOutbox: 'read',
  readQuality: 'read',
  importFile: 'create',
  addListEntry: 'manage-settings',
  loadReferenceList: 'manage-settings',
  changeSiteSettings: 'manage-settings',
  manageUsers: 'manage-users',
  manageTokens: 'manage-tokens',
  backupDatabase: 'manage-backups',
} as const satisfies Record<string, Action>;

export type OperationName = keyof typeof OPERATION_RIGHTS;

/** The operations that make pseudonyms or send what was made with them. */
const NEEDS_SECRET: ReadonlySet<OperationName> = new Set([
  'sendRegistration',
  'resubmitCorrection',
  'retryFailedDeliveries',
  'deliverOutbox',
]);

const secretProblem = (core: Core, operation: OperationName) => (NEEDS_SECRET.has(operation) ? core.pseudonymiser.unavailable : undefined);

/** Why the user may not run the operation (one sentence), or undefined when they may. */
export function whyNot(core: Core, user: string, operation: OperationName): string | undefined {
  return core.access.whyNot(user, OPERATION_RIGHTS[operation]) ?? secretProblem(core, operation);
}

/**
 * Refuses unless the user may run the operation: AccessDenied for the role, SecretUnavailable
 * when the operation needs the secret this installation lacks; each with its sentence.
 */
export function assertMay(core: Core, user: string, operation: OperationName): void {
  core.access.assert(user, OPERATION_RIGHTS[operation]);
  const problem = secretProblem(core, operation);
  if (problem) throw new SecretUnavailable(problem);
}
