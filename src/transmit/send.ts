/**
 * Send, in one transaction: complete validation of the values that apply → registration code →
 * business key → status Sent → audit entry → outbox items. A record that fails validation stays Open and the
 * problems come back per field; sending a Sent record again returns its code, never a second one.
 */
import { formOf, type Form, type TypeCode, type Value } from '../registry/index.js';
import { answersOf, outboxPayloads, prepareSend, systemFields, type PreparedSend } from './prepared-send.js';
import { applyDerived, hasErrors, pruneHidden, validate, type Counts, type Data, type Problem } from '../validation/index.js';
import {
  createOutbox,
  promptly,
  refuse,
  statusWords,
  type Db,
  type NewOutboxItem,
  type Registration,
  type RegistrationStore,
  type SentWarning,
} from '../store/index.js';
import { businessKeyOf } from './business-key.js';
import type { Pseudonymiser } from './pseudonymiser.js';
import type { Hospital } from './payloads.js';
import { newRegistrationCode } from './registration-code.js';

export type SendResult =
  | { ok: true; registration: Registration; alreadySent: boolean; warnings: Problem[] }
  | { ok: false; registration: Registration; problems: Problem[] };

export interface SenderOptions {
  newCode?: () => string;
  /** The hospital named in billing messages (settings). */
  hospital?: Hospital;
}

export function outboxItemsFor(
  r: Registration,
  data: Data,
  p: Pseudonymiser,
  hospital: Hospital,
  kind: 'registration' | 'correction',
): NewOutboxItem[] {
  const ref = {
    type: r.type,
    formVersion: r.formVersion,
    registrationCode: r.registrationCode!,
    businessKey: r.businessKey!,
    submission: r.submissions,
  };
  return outboxPayloads(ref, data, p, hospital, kind).map((i) => ({ ...i, registrationId: r.id }));
}

/** A registration code taken already (the UNIQUE column refused it): draw another. */
const isCodeClash = (e: unknown) =>
  (e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String((e as Error).message).includes('registration_code');

export function createSender(db: Db, store: RegistrationStore, pseudonymiser: Pseudonymiser, options: SenderOptions = {}) {
  const newCode = options.newCode ?? (() => newRegistrationCode());
  // The store's clock: a registration, its audit entries and its outbox items share one "now".
  const { clock } = store;
  const outbox = createOutbox(db, { clock });
  const preparation = { pseudonymiser, hospital: options.hospital ?? {} };
  return {
    /**
     * Creates a registration and sends it at once, for data that was just validated completely
     * (a CSV row, an API payload): the same code, business key, audit entries and outbox items as
     * send(), without validating twice. `prepared` is that work done ahead (the import's reading
     * thread does it); without it, it is done here. Call inside the transaction (or savepoint)
     * that validated the record: that transaction makes the whole of it atomic.
     */
    createAndSend(
      type: TypeCode,
      data: Data | undefined,
      user: string,
      counts?: Counts,
      prepared?: PreparedSend,
      extra: { warnings?: readonly SentWarning[] | undefined; parentId?: number | undefined } = {},
    ): { id: number; registrationCode: string } {
      if (!db.inTransaction) throw new Error('createAndSend must run inside the transaction that validated the record.');
      const form = formOf(type);
      let ready = prepared;
      for (;;) {
        // `data` may be left out when `prepared` is given: it is read back from it if a new code is needed.
        ready ??= prepareSend(form, data ?? answersOf(prepared!), newCode(), preparation, counts);
        if (!ready) throw refuse('invalid', 'refused.noPatient');
        const at = clock.now().toISOString();
        try {
          const id = store.createSent({ ...ready.row, user, warnings: extra.warnings, parentId: extra.parentId }, at);
          outbox.enqueueSerialised(id, ready.outbox, at);
          return { id, registrationCode: ready.row.code };
        } catch (e) {
          // The failed insert is undone on its own (statement atomicity); nothing else was written.
          if (!isCodeClash(e)) throw e;
          ready = undefined;
        }
      }
    },

    /** Makes the work of createAndSend ahead of it, under a fresh code. */
    prepare(form: Form, data: Data, counts?: Counts, values?: Value[]): PreparedSend | undefined {
      return prepareSend(form, data, newCode(), preparation, counts, values);
    },

    /**
     * What a worker thread of this process needs to prepare sends exactly as this sender would:
     * undefined when this sender draws codes or pseudonyms in its own way (tests, demo data).
     */
    preparationForWorker(): { secret: Uint8Array; hospital: Hospital } | undefined {
      return options.newCode || !pseudonymiser.secret ? undefined : { secret: pseudonymiser.secret, hospital: preparation.hospital };
    },

    send(id: number, input: { user: string; rowVersion?: number }): SendResult {
      return promptly(db, (): SendResult => {
        const current = store.mustGet(id);
        if (current.status === 'sent') return { ok: true, registration: current, alreadySent: true, warnings: [] };
        if (current.status !== 'open') throw refuse('not-editable', 'refused.notSendable', { id, status: statusWords(current.status) });
        const form = formOf(current.type, current.formVersion);
        const data = applyDerived(form, pruneHidden(form, current.data));
        const problems = validate(form, data, 'complete', { lists: store.lists, today: clock.today() });
        if (hasErrors(problems)) return { ok: false, registration: current, problems };
        let code = newCode();
        while (store.isCodeTaken(code)) code = newCode();
        const businessKey = businessKeyOf(current.type, data, pseudonymiser);
        if (!businessKey) return { ok: false, registration: current, problems };
        const sent = store.markSent(id, {
          data: { ...data, ...systemFields(current.type, code, businessKey) },
          code,
          businessKey,
          rowVersion: input.rowVersion ?? current.rowVersion,
          user: input.user,
          warnings: problems,
        });
        outbox.enqueue(outboxItemsFor(sent, sent.data, pseudonymiser, preparation.hospital, 'registration'));
        return { ok: true, registration: store.mustGet(id), alreadySent: false, warnings: problems };
      });
    },
  };
}

export type Sender = ReturnType<typeof createSender>;
