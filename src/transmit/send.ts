/**
 * Send, in one transaction: complete validation of the values that apply → registration code →
 * business key → status Sent → audit entry. A record that fails validation stays Open and the
 * problems come back per field; sending a Sent record again returns its code, never a second one.
 */
import { formOf } from '../registry/index.js';
import { applyDerived, hasErrors, pruneHidden, validate, type Problem } from '../validation/index.js';
import type { Db, Registration, RegistrationStore } from '../store/index.js';
import { StoreError } from '../store/index.js';
import { businessKeyOf } from './business-key.js';
import type { Pseudonymiser } from './pseudonymiser.js';
import { newRegistrationCode } from './registration-code.js';

export type SendResult =
  | { ok: true; registration: Registration; alreadySent: boolean; warnings: Problem[] }
  | { ok: false; registration: Registration; problems: Problem[] };

export interface SenderOptions { today?: string; newCode?: () => string }

export function createSender(db: Db, store: RegistrationStore, pseudonymiser: Pseudonymiser, options: SenderOptions = {}) {
  const newCode = options.newCode ?? (() => newRegistrationCode());
  return {
    send(id: number, input: { user: string; rowVersion?: number }): SendResult {
      return db.transaction((): SendResult => {
        const current = store.mustGet(id);
        if (current.status === 'sent') return { ok: true, registration: current, alreadySent: true, warnings: [] };
        if (current.status !== 'open') throw new StoreError(`Registration ${id} is ${current.status} and cannot be sent.`, 'not-editable');
        const form = formOf(current.type, current.formVersion);
        const data = applyDerived(form, pruneHidden(form, current.data));
        const problems = validate(form, data, 'complete', options.today ? { today: options.today } : {});
        if (hasErrors(problems)) return { ok: false, registration: current, problems };
        let code = newCode();
        while (store.isCodeTaken(code)) code = newCode();
        const businessKey = businessKeyOf(current.type, data, pseudonymiser);
        if (!businessKey) return { ok: false, registration: current, problems };
        const sent = store.markSent(id, {
          data: { ...data, TX_REGN_CD: code, TX_BUSINESS_KEY: businessKey, CD_NIC_TPE: 'NI0001', TX_DCD: current.type },
          code, businessKey, rowVersion: input.rowVersion ?? current.rowVersion, user: input.user,
        });
        return { ok: true, registration: sent, alreadySent: false, warnings: problems };
      }).immediate();
    },
  };
}

export type Sender = ReturnType<typeof createSender>;
