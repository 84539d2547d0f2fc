/**
 * A validated record from a CSV row or an API payload, written like a manual registration: matched
 * by business key (no duplicates on a re-import or a re-post), created or updated while Open, sent
 * unless it is a draft, or resubmitted as a correction of a Sent one when asked. All of it in one
 * savepoint: the record is fully written (and sent) or not at all.
 */
import { formOf, FU_PCI_DATE, type Form, type Lang, type TypeCode } from '../registry/index.js';
import { promptly, StoreError, wordsIn, type Db, type RegistrationStore, type Words } from '../store/index.js';
import type { Corrector, Sender } from '../transmit/index.js';
import type { Data } from '../validation/index.js';
import { rowProblemOf, type RowProblem } from './import-row.js';
import { linkFollowUp } from './follow-up-link.js';
import { answersOfRow, type ReadyRow } from './row-batches.js';

export type Outcome =
  'created' | 'updated' | 'sent' | 'resubmitted' | 'unchanged' | 'already-sent' | 'awaiting-consent' | 'valid' | 'rejected' | 'not-written';

export interface SubmitResult {
  outcome: Outcome;
  /** Whether the record made a new registration (rather than updating or matching one). */
  created?: boolean;
  id?: number;
  registrationCode?: string | null;
  problems: RowProblem[];
}

export interface SubmitDeps {
  /** The language of the messages of problems found while writing (a follow-up not linked). */
  lang: Lang;
  db: Db;
  store: RegistrationStore;
  sender: Sender;
  corrector: Corrector;
  user: string;
}

/**
 * Why a record the store accepted could still not be written, in English (`message` of its row
 * problem: --json, the API); the doors say it from the catalogue by the same ids
 * (src/messages/refusals.ts), as they say the store's refusals (store/refusals.ts).
 */
export const NOT_WRITTEN_DETAILS = {
  'notWritten.correctionInvalid': 'the correction is not valid',
  'notWritten.keyChanged': 'a business-key field changed',
  'notWritten.notSendable': 'it did not pass complete validation when sent',
  'notWritten.correctionInProgress':
    'a correction of this registration is in progress in angio: finish or discard it first (it was left as it is)',
} as const;

const notWritten = wordsIn<keyof typeof NOT_WRITTEN_DETAILS, never>(NOT_WRITTEN_DETAILS);

/** A record not written for one of the reasons above: its English sentence, and its words. */
class Refused extends Error {
  readonly says: Words;
  constructor(
    id: keyof typeof NOT_WRITTEN_DETAILS,
    /** The problems that made it so (a correction that is not valid): reported with the row. */
    readonly problems: RowProblem[] = [],
  ) {
    const says = notWritten.words(id);
    super(notWritten.english(says));
    this.says = says;
  }
}

/** Thrown (before anything of the record is written) to have its batch written with a savepoint per record. */
class NeedsSavepoint extends Error {}

/** The record's answers with the system-filled fields (code, business key, …) of the record it updates. */
function withTechnical(form: Form, existing: Data, row: Data): Data {
  const out: Data = { ...row };
  for (const f of form.valueFields) if (f.kind === 'hidden' && existing[f.id] !== undefined) out[f.id] = existing[f.id];
  return out;
}

/**
 * `savepoint: false` is for a caller that writes many records in one transaction and, when one of
 * them throws, rolls the whole transaction back and writes them again each in its savepoint
 * (import.ts): a savepoint per record costs about as much as one of its inserts.
 */
export function submitRecord(deps: SubmitDeps, type: TypeCode, r: ReadyRow, o: { resubmit: boolean; savepoint?: boolean }): SubmitResult {
  if (!r.valid) return { outcome: 'rejected', problems: r.problems };
  const form = formOf(type);
  const warnings = [...r.problems];
  const write = (): SubmitResult => {
    // A follow-up is matched through the hospitalisation it follows up (two follow-ups of one
    // patient are two PCIs), and links to it when new.
    const link = type === 'FU' ? linkFollowUp(deps.store, answersOfRow(r)) : undefined;
    if (link?.warning) warnings.push(rowProblemOf(form, link.warning, deps.lang));
    if (link?.parent && r.data) r.data[FU_PCI_DATE] = link.parent.lastPciDate;
    const sentWarnings = link?.warning ? [...(r.warnings ?? []), link.warning] : r.warnings;
    const existing = link?.parent
      ? link.parent.followUpId === undefined
        ? undefined
        : deps.store.get(link.parent.followUpId)
      : r.prepared
        ? deps.store.findByPatientAndDate(type, r.prepared.row.patientKey, r.prepared.row.keyDate)
        : deps.store.findByKey(type, answersOfRow(r));
    if (existing?.status === 'sent') {
      if (!o.resubmit) return { outcome: 'already-sent', id: existing.id, registrationCode: existing.registrationCode, problems: warnings };
      // A resubmission may write a helpdesk request file, which no rollback takes back: it is
      // only ever tried once, in its own savepoint.
      if (o.savepoint === false) throw new NeedsSavepoint();
      // Someone's correction in progress is theirs: a row must neither overwrite nor discard it.
      if (existing.correctionData) throw new Refused('notWritten.correctionInProgress');
      const started = deps.store.startCorrection(existing.id, { user: deps.user });
      const edited = deps.store.saveDraft(existing.id, {
        data: withTechnical(form, existing.data, answersOfRow(r)),
        rowVersion: started.rowVersion,
        user: deps.user,
      });
      if (edited.rowVersion === started.rowVersion) {
        deps.store.discardCorrection(existing.id, { user: deps.user });
        return { outcome: 'unchanged', id: existing.id, registrationCode: existing.registrationCode, problems: warnings };
      }
      const res = deps.corrector.resubmit(existing.id, { user: deps.user });
      if (!res.ok && res.reason === 'invalid')
        throw new Refused(
          'notWritten.correctionInvalid',
          res.problems.filter((p) => p.severity === 'error').map((p) => rowProblemOf(form, p, deps.lang)),
        );
      if (!res.ok) throw new Refused('notWritten.keyChanged');
      return { outcome: 'resubmitted', id: existing.id, registrationCode: res.registration.registrationCode, problems: warnings };
    }
    if (!existing && !r.draft) {
      // New and complete: validated just now, so created and sent in one step.
      const sent = deps.sender.createAndSend(type, r.data, deps.user, r.counts, r.prepared, {
        warnings: sentWarnings,
        parentId: link?.parent?.id,
      });
      return { outcome: 'sent', created: true, id: sent.id, registrationCode: sent.registrationCode, problems: warnings };
    }
    let id: number;
    let outcome: Outcome;
    if (existing) {
      const saved = deps.store.saveDraft(existing.id, { data: answersOfRow(r), rowVersion: existing.rowVersion, user: deps.user });
      id = saved.id;
      outcome = saved.rowVersion === existing.rowVersion ? 'unchanged' : 'updated';
    } else {
      id = deps.store.create({ type, data: answersOfRow(r), user: deps.user, ...(link?.parent ? { parentId: link.parent.id } : {}) }).id;
      outcome = 'created';
    }
    const created = outcome === 'created';
    if (r.draft)
      return { outcome: r.awaitingConsent ? 'awaiting-consent' : outcome, created, id, registrationCode: null, problems: warnings };
    const sent = deps.sender.send(id, { user: deps.user });
    if (!sent.ok) throw new Refused('notWritten.notSendable');
    return { outcome: 'sent', created, id, registrationCode: sent.registration.registrationCode, problems: warnings };
  };
  if (o.savepoint === false) return write();
  try {
    // Alone (an API payload, which a client waits for), the write lock is taken before the first
    // read, promptly (store/database.ts): a transaction that read first and wrote later would be
    // refused (SQLITE_BUSY_SNAPSHOT, no waiting) whenever another process wrote in between.
    // Inside an import's batch this is a savepoint.
    return promptly(deps.db, write);
  } catch (e) {
    // A database error (disk full, lock) or a refused role is not a problem of the record: stop.
    if ((e as { code?: string }).code?.startsWith('SQLITE_') || (e as { reason?: string }).reason === 'forbidden') throw e;
    const message = e instanceof Error ? e.message : String(e);
    // Its English stays the message; its words, when it has them, are for the doors to say.
    const says = e instanceof Refused || e instanceof StoreError ? e.says : undefined;
    return {
      outcome: 'rejected',
      problems: [
        ...r.problems,
        ...(e instanceof Refused ? e.problems : []),
        { field: '(row)', code: 'not_written', severity: 'error', value: '', message, ...(says ? { says } : {}) },
      ],
    };
  }
}
