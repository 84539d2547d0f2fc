/**
 * Which role right each operation needs: the one table a door asks ("may this user do it?") and
 * every operation checks before it does anything. The rights of each role are the store's
 * (store/access.ts).
 */
import type { Action } from '../store/index.js';
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
  deliverOutbox: 'send',
  importFile: 'create',
  addListEntry: 'manage-settings',
  loadReferenceList: 'manage-settings',
  changeSiteSettings: 'manage-settings',
  manageUsers: 'manage-users',
  manageTokens: 'manage-tokens',
} as const satisfies Record<string, Action>;

export type OperationName = keyof typeof OPERATION_RIGHTS;

/** Why the user may not run the operation (one sentence), or undefined when they may. */
export function whyNot(core: Core, user: string, operation: OperationName): string | undefined {
  return core.access.whyNot(user, OPERATION_RIGHTS[operation]);
}

/** Refuses (AccessDenied, with its sentence) unless the user may run the operation. */
export function assertMay(core: Core, user: string, operation: OperationName): void {
  core.access.assert(user, OPERATION_RIGHTS[operation]);
}
