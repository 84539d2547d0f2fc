/**
 * What an integrity check finds (`angio doctor`, `angio backup`, the crash harness), said twice:
 * `rule` and `detail` are English words that stay as they are (--json, logs, the harness, scripts
 * that match them); `says` is the same detail as an id of the doors' message catalogue
 * (`integrity.*`, src/messages/integrity.ts) with its values, so that a door says it in the
 * user's language. The core does not import the catalogue (docs/architecture.md#the-direction-of-imports):
 * each module that finds problems keeps the English of its ids in a table, the detail is made
 * from it, and a test holds the catalogue's English equal to it.
 */

/** A value of a message: a word or number as it is, or words said in the user's language too (a list joined with ", "). */
export type WordValue = string | number | Words | readonly Words[];

/** A text as a message id of the catalogue and its values. */
export interface Words {
  id: string;
  values?: Record<string, WordValue>;
}

export interface Violation {
  registrationId?: number;
  /** Which rule is broken: a stable English word (doors name it in the user's language). */
  rule: string;
  /** What is wrong, in English. */
  detail: string;
  /** The detail as a message id and its values. */
  says: Words;
}

/** The rules of the store's checks (invariants.ts, tamper-checks.ts). */
export type StoreRule =
  | 'integrity'
  | 'unique code'
  | 'counters'
  | 'unique key'
  | 'outbox'
  | 'triggers'
  | 'damaged'
  | 'fully written'
  | 'audit'
  | 'sent'
  | 'code'
  | 'delivery'
  | 'open'
  | 'deleted'
  | 'audit chain';

/** The English of the store's findings, by message id; the catalogue says each in EN/NL/FR. */
export const STORE_DETAILS = {
  'integrity.sqlite': '{report}',
  'integrity.codeTwice': '{code} used {n} times',
  'integrity.counter': '{type}/{status}: {n} rows, counter says {kept}',
  'integrity.keyTwice': 'idempotency key {key} used {n} times',
  'integrity.outboxNotJson': 'item {item} has a payload that is not JSON',
  'integrity.outboxOfStatus': 'item {item} belongs to a registration that is {status}',
  'integrity.outboxPruned': 'item {item} is not delivered yet its payload is gone',
  'integrity.triggerMissing': '{trigger} is missing',
  'integrity.triggerReplaced': '{trigger} was replaced by another definition',
  'integrity.damaged': 'its stored answers are not valid JSON',
  'integrity.noCreate': 'no create entry',
  'integrity.notReplayed': 'the data is not what its audit log says',
  'integrity.sentNoCode': 'no registration code or business key',
  'integrity.sendEntries': '{n} send entries',
  'integrity.codeNotSent': 'the code {code} is not the one its send entry gave ({given})',
  'integrity.codeNotAnswered': 'the code {code} is not the one in its answers ({answered})',
  'integrity.outboxItems': '{healthdata} Healthdata and {cin} billing item(s) for {submissions} submission(s)',
  'integrity.delivery': 'column says {column}, items say {items}',
  'integrity.notSent': '{items} outbox item(s), code {code}, {sends} send entries',
  'integrity.status.open': 'open',
  'integrity.status.sent': 'sent',
  'integrity.status.deleted': 'deleted',
  'integrity.delivery.none': 'none',
  'integrity.delivery.pending': 'pending',
  'integrity.delivery.delivered': 'delivered',
  'integrity.delivery.failed': 'failed',
  // The audit log's hash chain (audit-chain.ts): an entry is named by its id, action, registration, user and time.
  'integrity.chainEntry': 'entry #{id} ({action} of registration #{registration} by {user} at {at})',
  'integrity.chainMissingOne': 'entry #{missing} is missing before {entry}',
  'integrity.chainMissingMany': 'entries #{from} to #{to} are missing before {entry}',
  'integrity.chainNoHash': '{entry} has no hash: it was written around angio',
  'integrity.chainMismatch': '{entry} does not match its hash: it was changed after it was written',
} as const;

/**
 * The words of one table of English details: `words` makes a text of it, `english` says one in
 * English (the detail), `violation` makes a finding of a rule. An id outside the table fails the
 * type-check, so a detail never lacks its English.
 */
export function wordsIn<const Id extends string, const Rule extends string>(english: Readonly<Record<Id, string>>) {
  const say = (w: Words): string =>
    (english[w.id as Id] ?? w.id).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = w.values?.[name];
      return v === undefined ? whole : valueText(v);
    });
  const valueText = (v: WordValue): string =>
    typeof v === 'string' || typeof v === 'number' ? String(v) : 'id' in v ? say(v) : v.map(say).join(', ');
  const words = (id: Id, values?: Record<string, WordValue>): Words => (values ? { id, values } : { id });
  return {
    words,
    english: say,
    violation: (rule: Rule, says: Words, registrationId?: number): Violation => ({
      ...(registrationId === undefined ? {} : { registrationId }),
      rule,
      detail: say(says),
      says,
    }),
  };
}

export const storeWords = wordsIn<keyof typeof STORE_DETAILS, StoreRule>(STORE_DETAILS);

/** A stored status or delivery state as words, or as it is when it is none the schema knows. */
export function stateWords(kind: 'status' | 'delivery', value: string | null): WordValue {
  const id = `integrity.${kind}.${String(value)}`;
  return id in STORE_DETAILS ? storeWords.words(id as keyof typeof STORE_DETAILS) : String(value);
}
