/**
 * Send, in one transaction: complete validation of the values that apply → registration code →
 * business key → status Sent → audit entry → outbox items. A record that fails validation stays Open and the
 * problems come back per field; sending a Sent record again returns its code, never a second one.
 */
import { formOf, type Form, type TypeCode } from '../registry/index.js';
import { applyDerived, completeness, hasErrors, pruneHidden, validate, type Counts, type Data, type Problem } from '../validation/index.js';
import { createOutbox, StoreError, type Db, type NewOutboxItem, type Registration, type RegistrationStore } from '../store/index.js';
import { businessKeyOf } from './business-key.js';
import type { Pseudonymiser } from './pseudonymiser.js';
import { billingMessage, healthdataPayload, type Hospital } from './payloads.js';
import { newRegistrationCode } from './registration-code.js';

export type SendResult =
  | { ok: true; registration: Registration; alreadySent: boolean; warnings: Problem[] }
  | { ok: false; registration: Registration; problems: Problem[] };

export interface SenderOptions {
  today?: string;
  newCode?: () => string;
  /** The hospital named in billing messages (settings). */
  hospital?: Hospital;
}

/** The outbox items of one submission: Healthdata always, the insurers when an item is billed. */
/** The fields a send adds to the answers: registration code, business key, message type, DCD. */
const systemFields = (type: TypeCode, code: string, businessKey: string): Data => ({ TX_REGN_CD: code, TX_BUSINESS_KEY: businessKey, CD_NIC_TPE: 'NI0001', TX_DCD: type });

/**
 * The completeness a record will have once sent, counted before its code exists (the import
 * counts it in its reading thread): the code and business key are hidden fields, never counted,
 * so stand-ins give the same figures.
 */
export function completenessWhenSent(form: Form, data: Data): Counts {
  return completeness(form, { ...data, ...systemFields(form.type as TypeCode, '-', '-') });
}

export function outboxItemsFor(r: Registration, data: Data, p: Pseudonymiser, hospital: Hospital, kind: 'registration' | 'correction'): NewOutboxItem[] {
  const ref = { type: r.type, formVersion: r.formVersion, registrationCode: r.registrationCode!, businessKey: r.businessKey!, submission: r.submissions };
  const items: NewOutboxItem[] = [{
    registrationId: r.id, destination: 'healthdata', kind, idempotencyKey: `${ref.registrationCode}/healthdata/${ref.submission}`,
    payload: healthdataPayload(ref, data, p, kind),
  }];
  const billing = billingMessage(ref, data, hospital);
  if (billing) items.push({ registrationId: r.id, destination: 'cin', kind: 'billing', idempotencyKey: `${ref.registrationCode}/cin/${ref.submission}`, payload: billing });
  return items;
}

export function createSender(db: Db, store: RegistrationStore, pseudonymiser: Pseudonymiser, options: SenderOptions = {}) {
  const newCode = options.newCode ?? (() => newRegistrationCode());
  const outbox = createOutbox(db);
  return {
    /**
     * Creates a registration and sends it at once, for data that was just validated completely
     * (a CSV row, an API payload): the same code, business key, audit entries and outbox items as
     * send(), without validating twice. Call inside the transaction (or savepoint) that validated
     * it: that transaction makes the whole of it atomic, so no savepoint of its own is spent per row.
     */
    createAndSend(type: TypeCode, data: Data, user: string, counts?: Counts): Registration {
      if (!db.inTransaction) throw new Error('createAndSend must run inside the transaction that validated the record.');
      const form = formOf(type);
      let code = newCode();
      while (store.isCodeTaken(code)) code = newCode();
      const businessKey = businessKeyOf(type, data, pseudonymiser);
      if (!businessKey) throw new StoreError('The registration has no patient identifier to send with.', 'invalid');
      const final = { ...data, ...systemFields(type, code, businessKey) };
      const sent = store.createSent({ type, formVersion: form.version, data: final, code, businessKey, user, ...(counts ? { counts } : {}) });
      outbox.enqueue(outboxItemsFor(sent, final, pseudonymiser, options.hospital ?? {}, 'registration'));
      return { ...sent, delivery: 'pending' };
    },

    send(id: number, input: { user: string; rowVersion?: number }): SendResult {
      return db.transaction((): SendResult => {
        const current = store.mustGet(id);
        if (current.status === 'sent') return { ok: true, registration: current, alreadySent: true, warnings: [] };
        if (current.status !== 'open') throw new StoreError(`Registration ${id} is ${current.status} and cannot be sent.`, 'not-editable');
        const form = formOf(current.type, current.formVersion);
        const data = applyDerived(form, pruneHidden(form, current.data));
        const problems = validate(form, data, 'complete', { lists: store.lists, ...(options.today ? { today: options.today } : {}) });
        if (hasErrors(problems)) return { ok: false, registration: current, problems };
        let code = newCode();
        while (store.isCodeTaken(code)) code = newCode();
        const businessKey = businessKeyOf(current.type, data, pseudonymiser);
        if (!businessKey) return { ok: false, registration: current, problems };
        const sent = store.markSent(id, {
          data: { ...data, ...systemFields(current.type, code, businessKey) },
          code, businessKey, rowVersion: input.rowVersion ?? current.rowVersion, user: input.user,
        });
        outbox.enqueue(outboxItemsFor(sent, sent.data, pseudonymiser, options.hospital ?? {}, 'registration'));
        return { ok: true, registration: store.mustGet(id), alreadySent: false, warnings: problems };
      }).immediate();
    },
  };
}

export type Sender = ReturnType<typeof createSender>;
