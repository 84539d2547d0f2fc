/**
 * What `angio doctor` checks of Sent registrations beyond the store's invariants: each
 * registration code's check symbol, and each outbox payload still held against what the
 * registration's answers at that submission give (docs/decisions.md#doctor-looks-for-tampering).
 * A payload is rebuilt from the audit log's replay, so a payload edited in the outbox (a NISS
 * added, an answer changed) no longer matches. Two parts cannot be rebuilt exactly: the
 * hospital named in a billing message comes from the settings of the day (only its shape is
 * checked), and the pseudonym needs the secret (without it, only its shape is checked).
 */
import { canonicalJson, PRUNED_PAYLOAD, replay, wordsIn, type Db, type Violation, type Words } from '../store/index.js';
import type { TypeCode } from '../registry/index.js';
import type { Data } from '../validation/index.js';
import { outboxPayloads } from './prepared-send.js';
import { parseRegistrationCode } from './registration-code.js';
import type { Pseudonymiser } from './pseudonymiser.js';

/** Stands for a pseudonym that cannot be made (no secret): the stored one is then checked for its shape. */
const UNKNOWN_PSEUDONYM = '(pseudonym)';
const isPseudonym = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{32}$/.test(v);

interface SentRow {
  id: number;
  type: TypeCode;
  formVersion: string;
  code: string | null;
  businessKey: string | null;
}
interface Item {
  id: number;
  destination: string;
  kind: string;
  key: string;
  payload: string;
}
type Json = Record<string, unknown>;

/** The rules of these checks. */
export type SentRule = 'code' | 'payload';

/** The English of these checks' findings, by message id (src/messages/integrity.ts says each in EN/NL/FR). */
export const SENT_DETAILS = {
  'integrity.codeCheckSymbol': '{code} is not a registration code (its check symbol is wrong)',
  'integrity.payloadNoSubmission': 'outbox item {item} ({key}) matches no submission of this registration',
  'integrity.payload': 'outbox item {item} ({destination}, submission {submission}) {problem}',
  'integrity.payloadNotGiven': 'is a message its answers do not give',
  'integrity.payloadKind': 'is marked {marked}, not {expected}',
  'integrity.payloadNotJson': 'is not JSON',
  'integrity.payloadDiffers': "is not what the registration's answers give: {changes}",
  'integrity.memberAdded': '{member} added',
  'integrity.memberRemoved': '{member} removed',
  'integrity.memberChanged': '{member} changed',
  'integrity.payloadChanged': 'the payload changed',
  'integrity.kind.registration': 'registration',
  'integrity.kind.correction': 'correction',
  'integrity.kind.billing': 'billing',
} as const;

const { words: w, violation } = wordsIn<keyof typeof SENT_DETAILS, SentRule>(SENT_DETAILS);

/** An outbox item's kind as words, or as it is when the schema does not know it. */
const kindWords = (kind: string) => {
  const id = `integrity.kind.${kind}`;
  return id in SENT_DETAILS ? w(id as keyof typeof SENT_DETAILS) : kind;
};

export function checkSentRegistrations(db: Db, options: { pseudonymiser?: Pseudonymiser | undefined; limit?: number } = {}): Violation[] {
  const out: Violation[] = [];
  const p: Pseudonymiser = options.pseudonymiser ?? { pseudonym: () => UNKNOWN_PSEUDONYM };
  const rows = db
    .prepare(
      `SELECT id, type, form_version AS formVersion, registration_code AS code, business_key AS businessKey
      FROM (SELECT * FROM registrations ORDER BY id DESC LIMIT ?) WHERE status = 'sent'`,
    )
    .all(options.limit ?? 1_000_000_000) as SentRow[];
  const items = db.prepare(
    `SELECT id, destination, kind, idempotency_key AS key, payload FROM outbox WHERE registration_id = ? AND payload != ? ORDER BY id`,
  );
  const history = db.prepare('SELECT action, changes FROM audit_log WHERE registration_id = ? ORDER BY id');
  for (const r of rows) {
    const v = (rule: SentRule, says: Words) => out.push(violation(rule, says, r.id));
    if (r.code && parseRegistrationCode(r.code) !== r.code) v('code', w('integrity.codeCheckSymbol', { code: r.code }));
    const held = items.all(r.id, PRUNED_PAYLOAD) as Item[];
    if (!held.length || !r.code || !r.businessKey) continue;
    const { submissions } = replay(history.all(r.id) as { action: string; changes: string }[]);
    for (const item of held) {
      const m = /^(.+)\/(healthdata|cin)\/(\d+)$/.exec(item.key);
      const answers = m && m[1] === r.code && m[2] === item.destination ? submissions[Number(m[3]) - 1] : undefined;
      if (!answers) {
        v('payload', w('integrity.payloadNoSubmission', { item: item.id, key: item.key }));
        continue;
      }
      const problem = payloadProblem(r, item, Number(m![3]), answers, p, !options.pseudonymiser);
      if (problem)
        v('payload', w('integrity.payload', { item: item.id, destination: item.destination, submission: Number(m![3]), problem }));
    }
  }
  return out;
}

/** What differs between a stored payload and the one rebuilt from `answers`, or undefined. */
function payloadProblem(r: SentRow, item: Item, submission: number, answers: Data, p: Pseudonymiser, noSecret: boolean): Words | undefined {
  const ref = { type: r.type, formVersion: r.formVersion, registrationCode: r.code!, businessKey: r.businessKey!, submission };
  const kind = submission === 1 ? 'registration' : 'correction';
  const expected = outboxPayloads(ref, answers, p, {}, kind).find((i) => i.destination === item.destination);
  if (!expected) return w('integrity.payloadNotGiven');
  if (expected.kind !== item.kind) return w('integrity.payloadKind', { marked: kindWords(item.kind), expected: kindWords(expected.kind) });
  let stored: Json;
  try {
    stored = JSON.parse(item.payload) as Json;
  } catch {
    return w('integrity.payloadNotJson');
  }
  const rebuilt = { ...(expected.payload as Json) };
  const compared = { ...stored };
  if (noSecret && rebuilt.patientPseudonym === UNKNOWN_PSEUDONYM && isPseudonym(stored.patientPseudonym))
    compared.patientPseudonym = UNKNOWN_PSEUDONYM;
  if ('hospital' in rebuilt && isHospital(stored.hospital)) rebuilt.hospital = stored.hospital;
  if (canonicalJson(compared) === canonicalJson(rebuilt)) return undefined;
  return w('integrity.payloadDiffers', { changes: differences(rebuilt, compared) });
}

/** A billing message's hospital: its name and INAMI number, each text or null. */
const isHospital = (h: unknown) =>
  !!h &&
  typeof h === 'object' &&
  Object.keys(h).sort().join() === 'inami,name' &&
  Object.values(h).every((x) => x === null || typeof x === 'string');

/** The members that differ, by path (never their values, which may be a NISS): "data.IDC_PAT added". */
function differences(expected: unknown, stored: unknown, path = ''): Words[] {
  const isObject = (x: unknown): x is Json => !!x && typeof x === 'object' && !Array.isArray(x);
  if (!isObject(expected) || !isObject(stored))
    return canonicalJson(expected) === canonicalJson(stored)
      ? []
      : [path ? w('integrity.memberChanged', { member: path }) : w('integrity.payloadChanged')];
  const out: Words[] = [];
  for (const k of new Set([...Object.keys(expected), ...Object.keys(stored)])) {
    const at = path ? `${path}.${k}` : k;
    if (!(k in stored)) out.push(w('integrity.memberRemoved', { member: at }));
    else if (!(k in expected)) out.push(w('integrity.memberAdded', { member: at }));
    else out.push(...differences(expected[k], stored[k], at));
  }
  return out;
}
