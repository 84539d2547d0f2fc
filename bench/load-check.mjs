// What the load test checks once every writer has stopped (bench/load.mjs): the database's own
// invariants (store/invariants.ts, what `angio doctor --full` and the crash harness check: each
// registration fully written, its answers what its audit log says, codes, outbox, the audit
// chain), and against what each writer was told:
// - nothing lost: every confirmation the operation acknowledged is in the registration's history,
//   as the version it was told, with the answers it was told (their hash), by its user;
// - nothing extra, nothing overwritten: a registration has exactly as many saves as acknowledged
//   confirmations, their versions follow each other with no gap and none twice, so a refused
//   confirmation left nothing behind; every refusal is the conflict, with its sentence;
// - what the API acknowledged is there (created, sent, replaced at the version it answered), what
//   the import reported sent is there, and every item the outbox calls delivered was received.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { canonicalJson, checkInvariants, openDatabase, replay } from '../dist/store/index.js';

/**
 * @typedef {{ id: number, base: number, version: number, hash?: string, user: string }} Ack
 *   a write the core acknowledged: on version `base`, giving `version` (equal: nothing to change)
 * @typedef {{ id: number, base: number, message: string }} Refusal
 * @typedef {{ id: number, status: 'sent' | 'open', user: string }} Created a registration the API created
 * @typedef {{ acks: Ack[], refusals: Refusal[], created: Created[], imported?: { user: string, sent: number }, receiverDb?: string }} Evidence
 */

const hash = (/** @type {unknown} */ data) => createHash('sha256').update(canonicalJson(data)).digest('hex').slice(0, 16);

/**
 * @param {string} dbPath
 * @param {Evidence} e
 * @returns {{ violations: string[], checked: Record<string, number> }}
 */
export function checkAfterLoad(dbPath, e) {
  const db = openDatabase(dbPath, { mustExist: true, readonly: true });
  /** @type {string[]} */
  const violations = [];
  try {
    for (const v of checkInvariants(db))
      violations.push(`invariant ${v.rule}${v.registrationId ? ` #${v.registrationId}` : ''}: ${v.detail}`);
    const history = db.prepare('SELECT action, changes, user FROM audit_log WHERE registration_id = ? ORDER BY id');
    const row = db.prepare('SELECT status, row_version AS version, created_by AS creator FROM registrations WHERE id = ?');

    /** @type {Map<number, Ack[]>} */
    const byRegistration = new Map();
    for (const a of e.acks) byRegistration.set(a.id, [...(byRegistration.get(a.id) ?? []), a]);
    for (const [id, acks] of byRegistration) {
      const reg = /** @type {{ status: string, version: number } | undefined} */ (row.get(id));
      if (!reg) {
        violations.push(`#${id}: ${acks.length} acknowledged write(s), but the registration is not there`);
        continue;
      }
      const entries = /** @type {{ action: string, changes: string, user: string }[]} */ (history.all(id));
      // Entry k (from 0) of an Open registration's history made version k + 1: its creation, then one save each.
      const saves = entries.slice(1);
      const writes = acks.filter((a) => a.version !== a.base).sort((a, b) => a.version - b.version);
      const expected = writes.map((_, i) => i + 2).join(',');
      if (writes.map((a) => a.version).join(',') !== expected)
        violations.push(`#${id}: acknowledged versions ${writes.map((a) => a.version).join(',')}, not one after the other from 2`);
      if (saves.length !== writes.length) violations.push(`#${id}: ${saves.length} save(s) in its history, ${writes.length} acknowledged`);
      if (reg.version !== 1 + writes.length) violations.push(`#${id}: at version ${reg.version}, ${writes.length} write(s) acknowledged`);
      for (const a of acks) {
        const made = entries[a.version - 1];
        if (!made) {
          violations.push(`#${id}: version ${a.version} was acknowledged to ${a.user} but is not in its history`);
          continue;
        }
        if (a.version !== a.base && made.user !== a.user)
          violations.push(`#${id}: version ${a.version} is ${made.user}'s, not ${a.user}'s`);
        if (a.hash && hash(replay(entries.slice(0, a.version)).answers) !== a.hash)
          violations.push(`#${id}: version ${a.version} does not hold the answers acknowledged to ${a.user}`);
      }
    }
    for (const r of e.refusals) {
      if (!r.message.startsWith(`Registration ${r.id} was changed by someone else since you opened it`))
        violations.push(`#${r.id}: a refusal that is not the conflict's sentence: ${r.message}`);
      const reg = /** @type {{ version: number } | undefined} */ (row.get(r.id));
      if (!reg || reg.version <= r.base) violations.push(`#${r.id}: refused on version ${r.base}, yet nobody saved after it`);
    }
    for (const c of e.created) {
      const reg = /** @type {{ status: string, creator: string } | undefined} */ (row.get(c.id));
      if (!reg || reg.status !== c.status || reg.creator !== c.user)
        violations.push(
          `#${c.id}: the API answered ${c.status} for ${c.user}, the database has ${reg ? `${reg.status} by ${reg.creator}` : 'nothing'}`,
        );
    }
    if (e.imported) {
      const sent = db.prepare(`SELECT count(*) FROM registrations WHERE created_by = ? AND status = 'sent'`).pluck().get(e.imported.user);
      if (sent !== e.imported.sent) violations.push(`the import reported ${e.imported.sent} sent, the database has ${String(sent)}`);
    }
    let delivered = 0;
    if (e.receiverDb) {
      const items = /** @type {{ destination: string, key: string }[]} */ (
        db.prepare(`SELECT destination, idempotency_key AS key FROM outbox WHERE status = 'delivered'`).all()
      );
      const received = new Database(e.receiverDb, { readonly: true, fileMustExist: true });
      const got = received.prepare('SELECT 1 FROM received WHERE destination = ? AND idempotency_key = ?');
      for (const it of items)
        if (!got.get(it.destination, it.key)) violations.push(`outbox item ${it.key} is delivered but was never received`);
      received.close();
      delivered = items.length;
    }
    return {
      violations,
      checked: {
        registrations: byRegistration.size + e.created.length,
        acknowledged: e.acks.length,
        refusals: e.refusals.length,
        delivered,
      },
    };
  } finally {
    db.close();
  }
}
