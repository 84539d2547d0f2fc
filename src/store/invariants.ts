/**
 * What must always hold in an angio database, whatever crashed when: used by `angio doctor` and
 * by the crash harness (`npm run crash`), which kills writers at random moments and checks these.
 * - SQLite's own integrity check passes;
 * - each registration is fully written: it has its create entry, and its data is what its audit
 *   log says (replaying every change from empty gives the stored answers);
 * - a Sent registration has its code, business key, send entry and exactly its outbox items
 *   (one or two per submission); an Open or Deleted one has no outbox item and no code;
 * - no registration code is used twice; the delivery column and the counters agree with the rows;
 * - no idempotency key is used twice, and every outbox payload and every registration's answers
 *   are JSON; only a delivered item may have lost its payload to retention;
 * - a Sent registration's code is the one its send entry gave it, also in its answers;
 * - the audit log's hash chain holds and the triggers the migrations made are all there
 *   (tamper-checks.ts): what someone editing the file around angio would break.
 */
import { changesOf } from './audit.js';
import { canonicalJson, replay } from './audit-replay.js';
import type { Db } from './database.js';
import { checkChain, checkTriggers } from './tamper-checks.js';

export interface Violation {
  registrationId?: number;
  rule: string;
  detail: string;
}

interface Row {
  id: number;
  status: string;
  data: string;
  code: string | null;
  bkey: string | null;
  submissions: number;
  delivery: string;
}

export function checkInvariants(db: Db, options: { limit?: number } = {}): Violation[] {
  const out: Violation[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') out.push({ rule: 'integrity', detail: String(integrity) });
  const dupes = db
    .prepare(
      'SELECT registration_code, count(*) n FROM registrations WHERE registration_code IS NOT NULL GROUP BY registration_code HAVING n > 1',
    )
    .all() as { registration_code: string; n: number }[];
  for (const d of dupes) out.push({ rule: 'unique code', detail: `${d.registration_code} used ${d.n} times` });
  const counts = db
    .prepare(
      `SELECT r.type, r.status, count(*) AS n, coalesce(c.n, 0) AS kept FROM registrations r
    LEFT JOIN registration_counts c ON c.type = r.type AND c.status = r.status GROUP BY r.type, r.status`,
    )
    .all() as { type: string; status: string; n: number; kept: number }[];
  for (const c of counts)
    if (c.n !== c.kept) out.push({ rule: 'counters', detail: `${c.type}/${c.status}: ${c.n} rows, counter says ${c.kept}` });
  const keys = db.prepare('SELECT idempotency_key AS key, count(*) n FROM outbox GROUP BY idempotency_key HAVING n > 1').all() as {
    key: string;
    n: number;
  }[];
  for (const k of keys) out.push({ rule: 'unique key', detail: `idempotency key ${k.key} used ${k.n} times` });
  const broken = db.prepare('SELECT id FROM outbox WHERE NOT json_valid(payload)').pluck().all() as number[];
  for (const id of broken) out.push({ rule: 'outbox', detail: `item ${id} has a payload that is not JSON` });
  const orphans = db
    .prepare(`SELECT o.id, r.status FROM outbox o JOIN registrations r ON r.id = o.registration_id WHERE r.status != 'sent'`)
    .all() as { id: number; status: string }[];
  for (const o of orphans) out.push({ rule: 'outbox', detail: `item ${o.id} belongs to a registration that is ${o.status}` });
  const pruned = db.prepare(`SELECT id FROM outbox WHERE status != 'delivered' AND payload = '{"pruned":true}'`).pluck().all() as number[];
  for (const id of pruned) out.push({ rule: 'outbox', detail: `item ${id} is not delivered yet its payload is gone` });
  out.push(...checkTriggers(db));

  // A row whose answers no longer parse (a damaged disk, a hand edit past the CHECK) is named,
  // not a reason to stop checking the others.
  const damaged = new Set(
    db
      .prepare(
        'SELECT id FROM registrations WHERE NOT json_valid(data) OR (correction_data IS NOT NULL AND NOT json_valid(correction_data))',
      )
      .pluck()
      .all() as number[],
  );
  for (const id of damaged) out.push({ registrationId: id, rule: 'damaged', detail: 'its stored answers are not valid JSON' });
  const audits = db.prepare('SELECT action, changes FROM audit_log WHERE registration_id = ? ORDER BY id');
  const items = db.prepare('SELECT status, kind, destination FROM outbox WHERE registration_id = ?');
  const rows = db
    .prepare(
      `SELECT id, status, data, registration_code AS code, business_key AS bkey, submissions, delivery FROM registrations
    ORDER BY id DESC LIMIT ?`,
    )
    .all(options.limit ?? 1_000_000_000) as Row[];
  // Limited to the newest registrations, the chain is checked from the creation of the oldest of them.
  const oldest = options.limit !== undefined && rows.length ? rows[rows.length - 1]!.id : undefined;
  const from = oldest
    ? (db.prepare('SELECT min(id) FROM audit_log WHERE registration_id = ?').pluck().get(oldest) as number | null)
    : undefined;
  out.push(...checkChain(db, from ? from - 1 : undefined));
  for (const r of rows) {
    if (damaged.has(r.id)) continue;
    const v = (rule: string, detail: string) => out.push({ registrationId: r.id, rule, detail });
    const history = audits.all(r.id) as { action: string; changes: string }[];
    if (history[0]?.action !== 'create') {
      v('fully written', 'no create entry');
      continue;
    }
    const data = JSON.parse(r.data) as Record<string, unknown>;
    if (canonicalJson(replay(history).answers) !== canonicalJson(data)) v('audit', 'the data is not what its audit log says');
    const sends = history.filter((h) => h.action === 'send');
    const own = items.all(r.id) as { status: string; kind: string; destination: string }[];
    if (r.status === 'sent') {
      if (!r.code || !r.bkey) v('sent', 'no registration code or business key');
      if (sends.length !== 1) v('sent', `${sends.length} send entries`);
      const given = sends[0] && changesOf(sends[0].changes).find((c) => c.field === 'registration_code')?.new;
      if (sends.length === 1 && given !== r.code) v('code', `the code ${r.code} is not the one its send entry gave (${String(given)})`);
      if (r.code && data.TX_REGN_CD !== r.code) v('code', `the code ${r.code} is not the one in its answers (${String(data.TX_REGN_CD)})`);
      const healthdata = own.filter((i) => i.destination === 'healthdata').length;
      const cin = own.filter((i) => i.destination === 'cin').length;
      if (healthdata !== r.submissions || cin > r.submissions)
        v('outbox', `${healthdata} Healthdata and ${cin} billing item(s) for ${r.submissions} submission(s)`);
      const state = own.some((i) => i.status === 'failed')
        ? 'failed'
        : own.some((i) => i.status === 'pending')
          ? 'pending'
          : own.length
            ? 'delivered'
            : 'none';
      if (state !== r.delivery) v('delivery', `column says ${r.delivery}, items say ${state}`);
    } else {
      if (own.length || r.code || sends.length) v(r.status, `${own.length} outbox item(s), code ${r.code}, ${sends.length} send entries`);
    }
  }
  return out;
}
