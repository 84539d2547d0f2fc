/**
 * The operations: one function per user action (docs/architecture.md#operations). Each takes the
 * acting user and its input, checks the user's right first, and writes in one transaction. Doors
 * (TUI, CLI, API) translate keys, arguments and HTTP into these calls; they never call a
 * repository's write method themselves.
 */
import type { Core } from './core.js';
import { answerWithNewListEntry, confirmAnswer, recordConsent } from './answers.js';
import { createFollowUp, createRegistration, deleteRegistration, discardCorrection, saveDraft, startCorrection } from './registrations.js';
import {
  deliverPendingNow,
  openDelivery,
  outboxItem,
  outboxItems,
  resubmitCorrection,
  retryFailedDeliveries,
  retryOutboxItems,
  sendRegistration,
} from './sending.js';
import { saveSettings } from './settings.js';
import { importFile } from './import.js';
import { createDemo } from './demo.js';
import { addUser, changeRole, createToken, loadReferenceList, removeUser, revokeToken } from './admin.js';
import { whyNot, type OperationName } from './permissions.js';
import { qualityBehind, qualityReport } from './quality.js';
import { backupDatabase } from './backup.js';

type Bound<F> = F extends (core: Core, user: string, ...rest: infer A) => infer R ? (user: string, ...rest: A) => R : never;

const OPERATIONS = {
  confirmAnswer,
  recordConsent,
  answerWithNewListEntry,
  createRegistration,
  createFollowUp,
  saveDraft,
  deleteRegistration,
  startCorrection,
  discardCorrection,
  sendRegistration,
  resubmitCorrection,
  retryFailedDeliveries,
  retryOutboxItems,
  deliverPendingNow,
  outboxItems,
  outboxItem,
  qualityReport,
  qualityBehind,
  openDelivery,
  saveSettings,
  importFile,
  createDemo,
  addUser,
  changeRole,
  removeUser,
  createToken,
  revokeToken,
  loadReferenceList,
  backupDatabase,
};

export type Operations = { [K in keyof typeof OPERATIONS]: Bound<(typeof OPERATIONS)[K]> } & {
  /** Why the user may not run an operation, or undefined when they may. */
  whyNot(user: string, operation: OperationName): string | undefined;
};

/** The operations bound to one core. */
export function createOperations(core: Core): Operations {
  const bound = Object.fromEntries(
    Object.entries(OPERATIONS).map(([name, f]) => [
      name,
      (user: string, ...rest: unknown[]) => (f as (...a: unknown[]) => unknown)(core, user, ...rest),
    ]),
  ) as Omit<Operations, 'whyNot'>;
  return { ...bound, whyNot: (user, operation) => whyNot(core, user, operation) };
}

export { createCore, type Core, type CoreOptions } from './core.js';
export { OPERATION_RIGHTS, type OperationName } from './permissions.js';
export { NotSent } from './registrations.js';
export { suggestionFor } from './fast-encoding.js';
export { withChanges, type AnswerInput, type AnswerOutcome } from './answers.js';
export { currentSettings, type SettingsChange, type SettingsOutcome } from './settings.js';
export type { ReportInput } from './quality.js';
export { BACKUP_DETAILS, BackupRefused, backupSecretPath, type BackupInput, type BackupOutcome, type BackupRule } from './backup.js';
