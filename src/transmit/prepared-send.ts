/**
 * Everything the send of a just-validated new record writes, made ready outside the database:
 * registration code, business key, the answers with the system fields (also its audit entry of
 * creation), the indexed columns and the outbox payloads, all serialised. Pure, so a CSV import makes
 * it in its reading thread while the main thread writes; the writer only inserts
 * (transmit/send.ts), and draws a new code in the rare case the drawn one is taken.
 */
import type { Form, TypeCode } from '../registry/index.js';
import { keyDateOf, lastPciDateOf, type SentRow, type SerialisedOutboxItem } from '../store/index.js';
import { completeness, patientKeyOf, type Counts, type Data } from '../validation/index.js';
import { businessKeyOf } from './business-key.js';
import { billingMessage, healthdataPayload, type Hospital, type RegistrationRef } from './payloads.js';
import type { Pseudonymiser } from './pseudonymiser.js';

export interface PreparedSend { row: SentRow; outbox: SerialisedOutboxItem[] }

/** The fields a send adds to the answers: registration code, business key, message type, DCD. */
export const systemFields = (type: TypeCode, code: string, businessKey: string): Data => ({ TX_REGN_CD: code, TX_BUSINESS_KEY: businessKey, CD_NIC_TPE: 'NI0001', TX_DCD: type });

/** The outbox payloads of one submission: Healthdata always, the insurers when an item is billed. */
export function outboxPayloads(ref: RegistrationRef, data: Data, p: Pseudonymiser, hospital: Hospital, kind: 'registration' | 'correction') {
  const items: (Omit<SerialisedOutboxItem, 'payload'> & { payload: object })[] = [{
    destination: 'healthdata', kind, idempotencyKey: `${ref.registrationCode}/healthdata/${ref.submission}`, payload: healthdataPayload(ref, data, p, kind),
  }];
  const billing = billingMessage(ref, data, hospital);
  if (billing) items.push({ destination: 'cin', kind: 'billing', idempotencyKey: `${ref.registrationCode}/cin/${ref.submission}`, payload: billing });
  return items;
}

export interface PrepareOptions { pseudonymiser: Pseudonymiser; hospital: Hospital }

/** The send of a new, completely valid record under `code`; undefined when it has no patient identifier. */
export function prepareSend(form: Form, data: Data, code: string, o: PrepareOptions, counts?: Counts): PreparedSend | undefined {
  const type = form.type as TypeCode;
  // The business key and the Healthdata payload both name the patient: one HMAC, not two.
  const pseudonymiser = rememberingLast(o.pseudonymiser);
  const businessKey = businessKeyOf(type, data, pseudonymiser);
  if (!businessKey) return undefined;
  const final = { ...data, ...systemFields(type, code, businessKey) };
  const { filled, total } = counts ?? completeness(form, final);
  const ref = { type, formVersion: form.version, registrationCode: code, businessKey, submission: 1 };
  return {
    row: {
      type, formVersion: form.version, data: JSON.stringify(final), patientKey: patientKeyOf(final) ?? null, keyDate: keyDateOf(final) ?? null,
      lastPciDate: lastPciDateOf(final) ?? null, code, businessKey, filled, total,
    },
    outbox: outboxPayloads(ref, final, pseudonymiser, o.hospital, 'registration').map((i) => ({ ...i, payload: JSON.stringify(i.payload) })),
  };
}

function rememberingLast(p: Pseudonymiser): Pseudonymiser {
  let last: { identifier: string; pseudonym: string } | undefined;
  return {
    pseudonym(identifier) {
      if (last?.identifier !== identifier) last = { identifier, pseudonym: p.pseudonym(identifier) };
      return last.pseudonym;
    },
  };
}
