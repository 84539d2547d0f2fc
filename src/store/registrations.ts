/**
 * The registrations repository: create, save a draft, delete, get with history, list with
 * keyset paging. Every change and its audit entry are written in one transaction; a save that
 * loses a race with another writer (row_version moved on) fails and overwrites nothing.
 */
import { systemClock, type Clock } from '../clock.js';
import { formOf, getForm, keyDateOf, type TypeCode } from '../registry/index.js';
import {
  applyDerived,
  completeness,
  fillReferenceData,
  hasErrors,
  patientKeyOf,
  pruneHidden,
  validate,
  type Data,
} from '../validation/index.js';
import { jsonText, promptly, type Db, type Json } from './database.js';
import { zeroCounts, type Status } from './statuses.js';
import { refuse, ValidationFailed } from './errors.js';
import { statusWords } from './refusals.js';
import { createAccess, type Access } from './access.js';
import { createReferenceLists } from './reference-lists.js';
import { createUserAnswers } from './user-answers.js';
import { createAuditLog, diff, type AuditEntry, type Change, type SentWarning } from './audit.js';
import { editableData, lastPciDateOf, rowToRegistration, type Registration, type RegistrationRow } from './rows.js';
import { followUpsDue, listRegistrations, type FollowUpDue, type ListQuery, type ListRow } from './queries.js';
import { factsOf, type FactValues } from './facts.js';
import { createFactsWriter, sentOnOf } from './facts-writer.js';

export type { FollowUpDue, ListQuery, ListRow };

export type { Status } from './statuses.js';

/** The columns of a registration created already Sent, its answers serialised (JSON). */
export interface SentRow {
  type: TypeCode;
  formVersion: string;
  data: Json;
  patientKey: string | null;
  keyDate: string | null;
  lastPciDate: string | null;
  code: string;
  businessKey: string;
  filled: number;
  total: number;
  /** Its quality facts (factsOf), when the caller made them with the rest (else they are made from `data`). */
  facts?: FactValues | undefined;
}

export interface StoreOptions {
  /** Who may do what; by default the users and roles of this database. */
  access?: Access;
  /** Where "now" comes from (timestamps, "today"); the machine's clock by default. */
  clock?: Clock;
}

export function createRegistrationStore(db: Db, options: StoreOptions = {}) {
  const clock = options.clock ?? systemClock;
  const now = () => clock.now().toISOString();
  const audit = createAuditLog(db);
  const access = options.access ?? createAccess(db, clock);
  const lists = createReferenceLists(db, clock).lookup;
  const answers = createUserAnswers(db, clock);
  const facts = createFactsWriter(db);
  /** The facts of an Open draft: of the answers that apply (a hidden answer is kept in the draft but never counts). */
  const draftFacts = (type: TypeCode, formVersion: string, data: Data) => factsOf(type, pruneHidden(formOf(type, formVersion), data));
  const stmt = {
    insert: db.prepare(`INSERT INTO registrations (type, form_version, status, data, patient_key, key_date, last_pci_date, parent_id,
      required_filled, required_total, created_at, created_by, updated_at, updated_by)
      VALUES (@type, @formVersion, 'open', @data, @patientKey, @keyDate, @lastPciDate, @parentId, @filled, @total, @at, @user, @at, @user)`),
    get: db.prepare('SELECT * FROM registrations WHERE id = ?'),
    // Positional parameters: binding by name looks every name up in the object (a bulk import's hot path).
    insertSent:
      db.prepare(`INSERT INTO registrations (type, form_version, status, data, patient_key, key_date, last_pci_date, registration_code,
      business_key, submissions, required_filled, required_total, created_at, created_by, updated_at, updated_by, delivery, parent_id)
      VALUES (?, ?, 'sent', CAST(? AS TEXT), ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'pending', ?)`),
    followUpParents: db.prepare(`SELECT p.id, p.last_pci_date AS lastPciDate,
        (SELECT c.id FROM registrations c WHERE c.parent_id = p.id AND c.type = 'FU' AND c.status IN ('open', 'sent') ORDER BY c.id DESC LIMIT 1)
          AS followUpId
      FROM registrations p WHERE p.patient_key = ? AND p.type IN ('P', 'FP') AND p.status IN ('open', 'sent') AND p.last_pci_date IS NOT NULL
      ORDER BY p.last_pci_date, p.id`),
    update: db.prepare(`UPDATE registrations SET data = @data, patient_key = @patientKey, key_date = @keyDate, last_pci_date = @lastPciDate,
      required_filled = @filled, required_total = @total, updated_at = @at, updated_by = @user, row_version = row_version + 1
      WHERE id = @id AND row_version = @rowVersion AND status = 'open'`),
    setStatus: db.prepare(`UPDATE registrations SET status = @status, updated_at = @at, updated_by = @user, row_version = row_version + 1
      WHERE id = @id AND row_version = @rowVersion AND status = @from`),
    counts: db.prepare('SELECT type, status, n FROM registration_counts'),
    markSent:
      db.prepare(`UPDATE registrations SET status = 'sent', data = @data, registration_code = @code, business_key = @businessKey, submissions = 1,
      required_filled = @filled, required_total = @total, updated_at = @at, updated_by = @user, row_version = row_version + 1
      WHERE id = @id AND row_version = @rowVersion AND status = 'open'`),
    codeTaken: db.prepare('SELECT 1 FROM registrations WHERE registration_code = ?').pluck(),
    latestOfPatient: db
      .prepare(`SELECT id FROM registrations WHERE patient_key = ? AND id != ? AND status != 'deleted' ORDER BY id DESC LIMIT 1`)
      .pluck(),
    byKey: db
      .prepare(
        `SELECT id FROM registrations WHERE patient_key = @patientKey AND type = @type AND key_date IS @keyDate
      AND status IN ('open', 'sent') ORDER BY id DESC LIMIT 1`,
      )
      .pluck(),
    updateCorrection:
      db.prepare(`UPDATE registrations SET correction_data = @data, updated_at = @at, updated_by = @user, row_version = row_version + 1
      WHERE id = @id AND row_version = @rowVersion AND status = 'sent' AND correction_data IS NOT NULL`),
    startCorrection:
      db.prepare(`UPDATE registrations SET correction_data = @data, updated_at = @at, updated_by = @user, row_version = row_version + 1
      WHERE id = @id AND status = 'sent' AND correction_data IS NULL`),
    discardCorrection: db.prepare(
      `UPDATE registrations SET correction_data = NULL, updated_at = @at, updated_by = @user, row_version = row_version + 1 WHERE id = @id`,
    ),
    resubmit:
      db.prepare(`UPDATE registrations SET data = @data, correction_data = NULL, submissions = submissions + 1, patient_key = @patientKey,
      key_date = @keyDate, last_pci_date = @lastPciDate, required_filled = @filled, required_total = @total, updated_at = @at, updated_by = @user,
      row_version = row_version + 1 WHERE id = @id AND row_version = @rowVersion AND status = 'sent'`),
    helpdesk: db.prepare(`INSERT INTO helpdesk_requests (registration_id, created_at, user, registration_code, changes, reason, file)
      VALUES (@id, @at, @user, @code, @changes, @reason, @file)`),
  };

  /**
   * One change and its audit entry, committed together (BEGIN IMMEDIATE: no other writer between
   * the read and the write), promptly: someone is waiting for it (database.ts).
   */
  const atomically = <T>(work: () => T): T => promptly(db, work);

  function mustGet(id: number): Registration {
    const row = stmt.get.get(id) as RegistrationRow | undefined;
    if (!row) throw refuse('not-found', 'refused.noRegistration', { id });
    return rowToRegistration(row);
  }

  /** Typed data, derived fields and the indexed columns for a draft of a form. */
  function prepare(type: TypeCode, formVersion: string, data: Data) {
    const form = formOf(type, formVersion);
    const derived = fillReferenceData(form, applyDerived(form, data), lists);
    const problems = validate(form, derived, 'draft').filter((p) => p.severity === 'error');
    if (hasErrors(problems)) throw new ValidationFailed(problems);
    const { filled, total } = completeness(form, derived);
    return {
      data: derived,
      row: {
        data: JSON.stringify(derived),
        patientKey: patientKeyOf(derived) ?? null,
        keyDate: keyDateOf(type, derived) ?? null,
        lastPciDate: lastPciDateOf(derived) ?? null,
        filled,
        total,
      },
    };
  }

  return {
    /** Creates an Open registration from any partial (draft-valid) data. */
    create(input: { type: TypeCode; formVersion?: string; data?: Data; parentId?: number; user: string }): Registration {
      access.assert(input.user, 'create');
      const form = getForm(input.type, input.formVersion);
      if (!form) throw refuse('unknown-form', 'refused.noForm', { type: input.type, version: String(input.formVersion) });
      if (input.parentId !== undefined) {
        const parent = mustGet(input.parentId);
        if (input.type !== 'FU' || (parent.type !== 'P' && parent.type !== 'FP')) {
          throw refuse('invalid', 'refused.link');
        }
      }
      const { data, row } = prepare(input.type, form.version, input.data ?? {});
      return atomically(() => {
        const at = now();
        const id = Number(
          stmt.insert.run({ ...row, type: input.type, formVersion: form.version, parentId: input.parentId ?? null, at, user: input.user })
            .lastInsertRowid,
        );
        audit.append(id, input.user, 'create', diff({}, data), at);
        facts.insert(id, {
          type: input.type,
          status: 'open',
          parentId: input.parentId ?? null,
          facts: draftFacts(input.type, form.version, data),
        });
        return mustGet(id);
      });
    },

    /**
     * A registration created already Sent: the bulk path of a CSV row or API payload that was
     * validated completely just before, in the same transaction (transmit/send.ts). Every column
     * comes ready, serialised by the caller (the import does it in its reading thread), so this
     * is the insert and its create and send audit entries (the create entry is the answers' JSON,
     * see changesOf); no second validation. Its delivery state starts as pending because the
     * caller enqueues its outbox items in the same transaction.
     * A registration code already taken fails the insert (the column is UNIQUE; see isCodeTaken).
     */
    createSent(
      input: SentRow & { user: string; warnings?: readonly SentWarning[] | undefined; parentId?: number | undefined },
      at = now(),
    ): number {
      access.assert(input.user, 'create');
      access.assert(input.user, 'send');
      const id = Number(
        stmt.insertSent.run(
          input.type,
          input.formVersion,
          input.data,
          input.patientKey,
          input.keyDate,
          input.lastPciDate,
          input.code,
          input.businessKey,
          input.filled,
          input.total,
          at,
          input.user,
          at,
          input.user,
          input.parentId ?? null,
        ).lastInsertRowid,
      );
      audit.appendCreation(id, input.user, input.data, at);
      audit.append(id, input.user, 'send', sendChanges(input.code), at, input.warnings);
      facts.insert(id, {
        type: input.type,
        status: 'sent',
        parentId: input.parentId ?? null,
        sentOn: sentOnOf(at),
        facts: input.facts ?? factsOf(input.type, JSON.parse(jsonText(input.data)) as Data),
        warnings: input.warnings,
      });
      return id;
    },

    /**
     * Replaces the data of an Open registration (draft validation only). `rowVersion` is the
     * version the caller read: if another writer saved since, nothing is written.
     */
    saveDraft(id: number, input: { data: Data; rowVersion: number; user: string }): Registration {
      return atomically(() => {
        const current = mustGet(id);
        access.assert(input.user, current.status === 'sent' ? 'correct' : 'edit');
        assertEditable(current, input.rowVersion);
        const correcting = current.status === 'sent';
        const { data, row } = prepare(current.type, current.formVersion, input.data);
        const changes = diff(editableData(current), data);
        if (changes.length === 0) return current;
        const at = now();
        const r = correcting
          ? stmt.updateCorrection.run({ id, rowVersion: input.rowVersion, data: row.data, at, user: input.user })
          : stmt.update.run({ ...row, id, rowVersion: input.rowVersion, at, user: input.user });
        if (r.changes !== 1) throw conflict(id);
        audit.append(id, input.user, correcting ? 'save-correction' : 'save', changes, at);
        // A correction counts once resubmitted; until then the Sent answers do.
        if (!correcting)
          facts.write(id, {
            type: current.type,
            status: 'open',
            parentId: current.parentId,
            facts: draftFacts(current.type, current.formVersion, data),
          });
        return mustGet(id);
      });
    },

    /**
     * Starts correcting a Sent registration: its answers are copied into a correction that is
     * edited like a draft, while the Sent version stays as it was until the resubmission.
     */
    startCorrection(id: number, input: { user: string }): Registration {
      access.assert(input.user, 'correct');
      return atomically(() => {
        const current = mustGet(id);
        if (current.status !== 'sent') throw refuse('not-editable', 'refused.notCorrected', { id, status: statusWords(current.status) });
        if (current.correctionData) return current;
        const at = now();
        stmt.startCorrection.run({ id, data: JSON.stringify(current.data), at, user: input.user });
        audit.append(id, input.user, 'start-correction', [], at);
        return mustGet(id);
      });
    },

    /** Drops a correction that will not be resubmitted. */
    discardCorrection(id: number, input: { user: string }): Registration {
      access.assert(input.user, 'correct');
      return atomically(() => {
        const current = mustGet(id);
        if (!current.correctionData) return current;
        const at = now();
        stmt.discardCorrection.run({ id, at, user: input.user });
        audit.append(id, input.user, 'discard-correction', diff(current.correctionData, current.data), at);
        return mustGet(id);
      });
    },

    /**
     * The correction becomes the registration (a full resubmission: same code and business key).
     * The previous version stays in the history. Validation and outbox are the caller's, in the
     * same transaction (transmit/corrections.ts).
     */
    applyResubmission(
      id: number,
      input: { data: Data; rowVersion: number; user: string; warnings?: readonly SentWarning[] | undefined },
    ): Registration {
      access.assert(input.user, 'correct');
      return atomically(() => {
        const current = mustGet(id);
        if (current.status !== 'sent' || !current.correctionData) throw refuse('not-editable', 'refused.noCorrection', { id });
        if (current.rowVersion !== input.rowVersion) throw conflict(id);
        const form = formOf(current.type, current.formVersion);
        const { filled, total } = completeness(form, input.data);
        const at = now();
        const r = stmt.resubmit.run({
          id,
          rowVersion: input.rowVersion,
          data: JSON.stringify(input.data),
          filled,
          total,
          at,
          user: input.user,
          patientKey: patientKeyOf(input.data) ?? null,
          keyDate: keyDateOf(current.type, input.data) ?? null,
          lastPciDate: lastPciDateOf(input.data) ?? null,
        });
        if (r.changes !== 1) throw conflict(id);
        audit.append(id, input.user, 'resubmit', diff(current.data, input.data), at, input.warnings);
        facts.write(id, {
          type: current.type,
          status: 'sent',
          parentId: current.parentId,
          facts: factsOf(current.type, input.data),
          warnings: input.warnings ?? [],
        });
        return mustGet(id);
      });
    },

    /** Records a helpdesk correction request (a business-key field changed) in the history. */
    recordHelpdeskRequest(id: number, input: { user: string; changes: Change[]; reason: string; file: string | null }) {
      access.assert(input.user, 'correct');
      return atomically(() => {
        const current = mustGet(id);
        const at = now();
        stmt.helpdesk.run({
          id,
          at,
          user: input.user,
          code: current.registrationCode ?? '',
          changes: JSON.stringify(input.changes),
          reason: input.reason,
          file: input.file,
        });
        audit.append(
          id,
          input.user,
          'helpdesk-request',
          input.changes.map((c) => ({ field: c.field, old: c.old, new: c.new })),
          at,
        );
        return mustGet(id);
      });
    },

    /** Applies a few field changes to an Open registration (what the form persists as the user goes). */
    patch(id: number, input: { changes: Data; rowVersion: number; user: string }): Registration {
      const current = mustGet(id);
      const data: Data = { ...editableData(current) };
      for (const [k, v] of Object.entries(input.changes)) {
        if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) delete data[k];
        else data[k] = v;
      }
      return this.saveDraft(id, { data, rowVersion: input.rowVersion, user: input.user });
    },

    /** Open → Deleted. The record is kept for audit and hidden from the default list. */
    delete(id: number, input: { rowVersion?: number; user: string }): Registration {
      access.assert(input.user, 'delete');
      return atomically(() => {
        const current = mustGet(id);
        if (current.status !== 'open') throw refuse('not-editable', 'refused.notDeleted', { id, status: statusWords(current.status) });
        const rowVersion = input.rowVersion ?? current.rowVersion;
        const at = now();
        const r = stmt.setStatus.run({ id, rowVersion, status: 'deleted', from: 'open', at, user: input.user });
        if (r.changes !== 1) throw conflict(id);
        audit.append(id, input.user, 'delete', [{ field: 'status', old: 'open', new: 'deleted' }], at);
        facts.write(id, { type: current.type, status: 'deleted', parentId: current.parentId, facts: [] });
        return mustGet(id);
      });
    },

    /**
     * Open → Sent with its registration code and business key, and an audit entry, in one
     * transaction. Validation happens before (transmit/send.ts); this only writes.
     */
    markSent(
      id: number,
      input: {
        data: Data;
        code: string;
        businessKey: string;
        rowVersion: number;
        user: string;
        warnings?: readonly SentWarning[] | undefined;
      },
    ): Registration {
      access.assert(input.user, 'send');
      return atomically(() => {
        const current = mustGet(id);
        assertEditable(current, input.rowVersion);
        const form = formOf(current.type, current.formVersion);
        const { filled, total } = completeness(form, input.data);
        const at = now();
        const r = stmt.markSent.run({
          id,
          rowVersion: input.rowVersion,
          data: JSON.stringify(input.data),
          code: input.code,
          businessKey: input.businessKey,
          filled,
          total,
          at,
          user: input.user,
        });
        if (r.changes !== 1) throw conflict(id);
        audit.append(id, input.user, 'send', [...sendChanges(input.code), ...diff(current.data, input.data)], at, input.warnings);
        facts.write(id, {
          type: current.type,
          status: 'sent',
          parentId: current.parentId,
          sentOn: sentOnOf(at),
          facts: factsOf(current.type, input.data),
          warnings: input.warnings ?? [],
        });
        return mustGet(id);
      });
    },

    /**
     * The registration (Open or Sent) with the same business key: type, patient (NISS or
     * pseudocode) and key date (admission, or consultation for a follow-up). Re-imports match on it.
     */
    findByKey(type: TypeCode, data: Data): Registration | undefined {
      return this.findByPatientAndDate(type, patientKeyOf(data) ?? null, keyDateOf(type, data) ?? null);
    },

    /** findByKey from the key's columns, as a prepared send has them (import.ts). */
    findByPatientAndDate(type: TypeCode, patientKey: string | null, keyDate: string | null): Registration | undefined {
      if (!patientKey) return undefined;
      const id = stmt.byKey.get({ type, patientKey, keyDate }) as number | undefined;
      return id === undefined ? undefined : mustGet(id);
    },

    /**
     * The P and FP hospitalisations of a patient that a follow-up could follow up, oldest PCI first,
     * each with the follow-up already linked to it, if any.
     */
    followUpParentsOf(patientKey: string): FollowUpParent[] {
      return (stmt.followUpParents.all(patientKey) as (Omit<FollowUpParent, 'followUpId'> & { followUpId: number | null })[]).map((r) => ({
        id: r.id,
        lastPciDate: r.lastPciDate,
        followUpId: r.followUpId ?? undefined,
      }));
    },

    /** The latest other registration of the same patient (NISS or pseudocode), for prefilling. */
    latestOfPatient(patientKey: string, exceptId: number): Registration | undefined {
      const id = stmt.latestOfPatient.get(patientKey, exceptId) as number | undefined;
      return id === undefined ? undefined : mustGet(id);
    },

    /** Whether a registration code is already used in this database. */
    isCodeTaken(code: string): boolean {
      return stmt.codeTaken.get(code) !== undefined;
    },

    get(id: number): Registration | undefined {
      const row = stmt.get.get(id) as RegistrationRow | undefined;
      return row ? rowToRegistration(row) : undefined;
    },

    mustGet,

    /** The clock every timestamp of this store comes from; the rest of the core asks it for "now" and "today". */
    clock,

    /** Who may do what (the same rules the store enforces). */
    access,

    /** The reference lists (physicians, devices, postal codes) answers are checked against. */
    lists,

    /** Each user's last answers, offered first in the next registration. */
    answers,

    /** Changes whenever another connection commits: lets a screen notice changes by others cheaply. */
    dataVersion(): number {
      return db.pragma('data_version', { simple: true }) as number;
    },

    history(id: number): AuditEntry[] {
      return audit.of(id);
    },

    list(query: ListQuery = {}): ListRow[] {
      return listRegistrations(db, query);
    },

    followUpsDue(query: { search?: string; limit?: number } = {}): FollowUpDue[] {
      return followUpsDue(db, query);
    },

    /** Registrations per status (and type), from the counts the triggers keep. */
    counts(): { byStatus: Record<Status, number>; byType: Record<string, Record<Status, number>> } {
      const byStatus = zeroCounts();
      const byType: Record<string, Record<Status, number>> = {};
      for (const r of stmt.counts.all() as { type: string; status: Status; n: number }[]) {
        byStatus[r.status] += r.n;
        (byType[r.type] ??= zeroCounts())[r.status] += r.n;
      }
      return { byStatus, byType };
    },
  };
}

export type RegistrationStore = ReturnType<typeof createRegistrationStore>;

function assertEditable(r: Registration, rowVersion: number) {
  const correcting = r.status === 'sent' && r.correctionData !== undefined;
  if (r.status !== 'open' && !correcting) {
    throw r.status === 'sent'
      ? refuse('not-editable', 'refused.sentNotEditable', { id: r.id })
      : refuse('not-editable', 'refused.notEditable', { id: r.id, status: statusWords(r.status) });
  }
  if (r.rowVersion !== rowVersion) throw conflict(r.id);
}

/** What a send changes besides the answers: the status and the registration code. */
const sendChanges = (code: string): Change[] => [
  { field: 'status', old: 'open', new: 'sent' },
  { field: 'registration_code', old: null, new: code },
];

/** A hospitalisation a follow-up could follow up (store.followUpParentsOf). */
export interface FollowUpParent {
  id: number;
  lastPciDate: string;
  /** The follow-up already linked to it, if any. */
  followUpId: number | undefined;
}

const conflict = (id: number) => refuse('conflict', 'refused.conflict', { id });
