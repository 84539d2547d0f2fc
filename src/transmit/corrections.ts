/**
 * Corrections of a Sent registration (HD4DP v2): a full resubmission with the same registration
 * code and business key replaces the content, the previous version stays in the history and a new
 * outbox item goes out. A change to a business-key field would make it another registration for
 * Healthdata, so it is refused and a helpdesk correction request is written instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { businessDateOf, formOf, type Value } from '../registry/index.js';
import { createOutbox, promptly, refuse, type Db, type Registration, type RegistrationStore } from '../store/index.js';
import { applyDerived, hasErrors, patientIdentifierOf, pruneHidden, validate, type Data, type Problem } from '../validation/index.js';
import { businessKeyOf } from './business-key.js';
import type { Hospital } from './payloads.js';
import type { Pseudonymiser } from './pseudonymiser.js';
import { systemFields } from './prepared-send.js';
import { outboxItemsFor } from './send.js';

export type ResubmitResult =
  | { ok: true; registration: Registration }
  | { ok: false; reason: 'invalid'; problems: Problem[] }
  | { ok: false; reason: 'business-key'; changes: KeyChange[]; file: string | null };

export interface KeyChange {
  field: string;
  old: Value;
  new: Value;
}

export interface CorrectionOptions {
  hospital?: Hospital;
  /** Folder for helpdesk request files (none written when absent). */
  helpdeskDir?: string;
}

/** The patient identity and key date, compared by pseudonym so that no NISS leaves in a request. */
function keyChanges(r: Registration, next: Data, p: Pseudonymiser): KeyChange[] {
  const out: KeyChange[] = [];
  const oldId = patientIdentifierOf(r.data);
  const newId = patientIdentifierOf(next);
  if (oldId !== newId)
    out.push({ field: 'patient (pseudonym)', old: oldId ? p.pseudonym(oldId) : null, new: newId ? p.pseudonym(newId) : null });
  const before = businessDateOf(r.type, r.data);
  const after = businessDateOf(r.type, next);
  if ((before?.date ?? null) !== (after?.date ?? null))
    out.push({ field: after?.field ?? before!.field, old: before?.date ?? null, new: after?.date ?? null });
  return out;
}

export function createCorrector(db: Db, store: RegistrationStore, pseudonymiser: Pseudonymiser, options: CorrectionOptions = {}) {
  const { clock } = store;
  const outbox = createOutbox(db, { clock });
  return {
    /** Resubmits the correction of a Sent registration, or explains why it cannot be. */
    resubmit(id: number, input: { user: string; reason?: string }): ResubmitResult {
      const outcome = promptly(db, (): ResubmitResult => {
        const current = store.mustGet(id);
        if (current.status !== 'sent' || !current.correctionData) {
          throw refuse('not-editable', 'refused.noCorrectionYet', { id });
        }
        const form = formOf(current.type, current.formVersion);
        const data = applyDerived(form, pruneHidden(form, current.correctionData));
        const problems = validate(form, data, 'complete', { lists: store.lists, today: clock.today() });
        if (hasErrors(problems)) return { ok: false, reason: 'invalid', problems };
        const changes = keyChanges(current, data, pseudonymiser);
        if (changes.length || businessKeyOf(current.type, data, pseudonymiser) !== current.businessKey) {
          return { ok: false, reason: 'business-key', changes, file: null };
        }
        const next = { ...data, ...systemFields(current.type, current.registrationCode!, current.businessKey!) };
        const updated = store.applyResubmission(id, { data: next, rowVersion: current.rowVersion, user: input.user, warnings: problems });
        outbox.enqueue(outboxItemsFor(updated, updated.data, pseudonymiser, options.hospital ?? {}, 'correction'));
        return { ok: true, registration: store.mustGet(id) };
      });
      if (outcome.ok || outcome.reason !== 'business-key') return outcome;
      // Written outside the transaction: a file is not rolled back, so it comes after the decision.
      const reason =
        input.reason ?? 'A business-key field changed after sending; the registration must be corrected by the Healthdata helpdesk.';
      const current = store.mustGet(id);
      const file = options.helpdeskDir
        ? writeRequestFile(options.helpdeskDir, current, outcome.changes, reason, input.user, clock.now())
        : null;
      store.recordHelpdeskRequest(id, { user: input.user, changes: outcome.changes, reason, file });
      return { ...outcome, file };
    },
  };
}

function writeRequestFile(dir: string, r: Registration, changes: KeyChange[], reason: string, user: string, now: Date): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const at = now.toISOString();
  const file = join(dir, `helpdesk-${r.registrationCode}-${at.replace(/[:.]/g, '-')}.json`);
  const body = {
    request: 'correction of a business-key field',
    dcd: 'HDBP0012',
    form: r.type,
    registrationCode: r.registrationCode,
    changes,
    reason,
    requestedBy: user,
    requestedAt: at,
  };
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n', { mode: 0o600 });
  return file;
}

export type Corrector = ReturnType<typeof createCorrector>;
