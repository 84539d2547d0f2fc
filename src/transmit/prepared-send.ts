/**
 * Everything the send of a just-validated new record writes, made ready outside the database:
 * registration code, business key, the answers with the system fields (also its audit entry of
 * creation), the indexed columns and the outbox payloads, all serialised. Pure, so a CSV import makes
 * it in its reading thread while the main thread writes; the writer only inserts
 * (transmit/send.ts), and draws a new code in the rare case the drawn one is taken.
 */
import { keyDateOf, type Form, type TypeCode, type Value } from '../registry/index.js';
import { factsOf, jsonText, lastPciDateOf, type SentRow, type SerialisedOutboxItem } from '../store/index.js';
import { completeness, patientKeyOf, pruneHidden, type Counts, type Data } from '../validation/index.js';
import { businessKeyOf } from './business-key.js';
import {
  allowedIds,
  billingMessage,
  healthdataPayload,
  healthdataPayloadJson,
  isAnswer,
  joinJson,
  splitTransmittable,
  transmittableData,
  type Hospital,
  type RegistrationRef,
} from './payloads.js';
import type { Pseudonymiser } from './pseudonymiser.js';

export interface PreparedSend {
  row: SentRow;
  outbox: SerialisedOutboxItem[];
}

/** The fields a send adds to the answers: registration code, business key, message type, DCD. */
export const systemFields = (type: TypeCode, code: string, businessKey: string): Data => ({
  TX_REGN_CD: code,
  TX_BUSINESS_KEY: businessKey,
  CD_NIC_TPE: 'NI0001',
  TX_DCD: type,
});
const SYSTEM_FIELDS = Object.keys(systemFields('H', '', ''));

/** The answers a send was prepared from (without their system fields), read back from its JSON. */
export function answersOf(prepared: PreparedSend): Data {
  return withoutSystemFields(JSON.parse(jsonText(prepared.row.data)) as Data);
}

type Kind = 'registration' | 'correction';

/** The outbox items of one submission: Healthdata always, the insurers when an item is billed. */
function outboxItems<P>(ref: RegistrationRef, kind: Kind, healthdata: P, billing: P | undefined) {
  const items: (Omit<SerialisedOutboxItem, 'payload'> & { payload: P })[] = [
    { destination: 'healthdata', kind, idempotencyKey: `${ref.registrationCode}/healthdata/${ref.submission}`, payload: healthdata },
  ];
  if (billing)
    items.push({ destination: 'cin', kind: 'billing', idempotencyKey: `${ref.registrationCode}/cin/${ref.submission}`, payload: billing });
  return items;
}

/** The outbox payloads of one submission of `data` (with its system fields). */
export function outboxPayloads(ref: RegistrationRef, data: Data, p: Pseudonymiser, hospital: Hospital, kind: Kind) {
  return outboxItems<object>(ref, kind, healthdataPayload(ref, data, p, kind), billingMessage(ref, data, hospital));
}

export interface PrepareOptions {
  pseudonymiser: Pseudonymiser;
  hospital: Hospital;
}

/**
 * The send of a new, completely valid record under `code`; undefined when it has no patient
 * identifier. `values`, when given, are the same answers by field position (visibilityOf): they
 * are then serialised from there, without reading the answers object key by key.
 */
export function prepareSend(
  form: Form,
  data: Data,
  code: string,
  o: PrepareOptions,
  counts?: Counts,
  values?: readonly Value[],
): PreparedSend | undefined {
  const type = form.type as TypeCode;
  // The business key and the Healthdata payload both name the patient: one HMAC, not two.
  const pseudonymiser = rememberingLast(o.pseudonymiser);
  const businessKey = businessKeyOf(type, data, pseudonymiser);
  if (!businessKey) return undefined;
  const system = systemFields(type, code, businessKey);
  // The answers with the system fields, {...answers, ...system}, and the Healthdata message are
  // serialised without being built: copying an object of answers costs more than serialising it.
  // The system fields read no key, date or billing field: those are read from the answers.
  const answers = SYSTEM_FIELDS.some((id) => data[id] !== undefined) ? withoutSystemFields({ ...data }) : data;
  const { sent, kept } = values ? splitJson(form, values) : splitJsonOf(splitTransmittable(type, form.version, answers));
  const systemJson = JSON.stringify(system);
  const { filled, total } = counts ?? completeness(form, { ...answers, ...system });
  const ref = { type, formVersion: form.version, registrationCode: code, businessKey, submission: 1 };
  const billing = billingMessage(ref, answers, o.hospital);
  const healthdata = healthdataPayloadJson(
    ref,
    answers,
    joinJson(sent, JSON.stringify(transmittableData(type, form.version, system))),
    pseudonymiser,
    'registration',
  );
  return {
    row: {
      type,
      formVersion: form.version,
      data: joinJson(sent, kept, systemJson),
      patientKey: patientKeyOf(answers) ?? null,
      keyDate: keyDateOf(type, answers) ?? null,
      lastPciDate: lastPciDateOf(answers) ?? null,
      code,
      businessKey,
      filled,
      total,
      // Made here with the rest: in an import this runs in the reading thread, not the writer's.
      facts: factsOf(type, pruneHidden(form, answers)),
    },
    outbox: outboxItems(ref, 'registration', healthdata, billing && JSON.stringify(billing)),
  };
}

interface Slot {
  key: string;
  leaves: boolean;
  system: boolean;
}
const slots = new WeakMap<Form, Slot[]>();

/**
 * splitTransmittable, serialised, from the answers by field position (the system fields left
 * out): answers are dictionaries (each row has its own set of keys), and walking one key by key
 * costs more than writing its JSON.
 */
function splitJson(form: Form, values: readonly Value[]): { sent: string; kept: string } {
  let plan = slots.get(form);
  if (!plan) {
    const allowed = allowedIds(form.type as TypeCode, form.version);
    plan = form.fields.map((f) => ({ key: `${JSON.stringify(f.id)}:`, leaves: allowed.has(f.id), system: SYSTEM_FIELDS.includes(f.id) }));
    slots.set(form, plan);
  }
  let sent = '';
  let kept = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    const slot = plan[i]!;
    if (slot.system) continue;
    if (slot.leaves && isAnswer(v)) sent += `,${slot.key}${JSON.stringify(v)}`;
    else kept += `,${slot.key}${JSON.stringify(v)}`;
  }
  return { sent: `{${sent.slice(1)}}`, kept: `{${kept.slice(1)}}` };
}

const splitJsonOf = (half: { sent: Data; kept: Data }) => ({ sent: JSON.stringify(half.sent), kept: JSON.stringify(half.kept) });

/**
 * Takes the system fields out of answers, in place. A file's registration code or business key
 * (an export of Sent registrations has them) is not the code of a new send, which sets its own.
 */
export function withoutSystemFields(data: Data): Data {
  for (const id of SYSTEM_FIELDS) delete data[id];
  return data;
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
