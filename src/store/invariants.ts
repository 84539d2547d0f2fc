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
import { stateWords, storeWords, type StoreRule, type Violation, type WordValue } from './violations.js';

const { words: w, violation } = storeWords;

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
  if (integrity !== 'ok') out.push(violation('integrity', w('integrity.sqlite', { report: String(integrity) })));
  const dupes = db
    .prepare(
      'SELECT registration_code, count(*) n FROM registrations WHERE registration_code IS NOT NULL GROUP BY registration_code HAVING n > 1',
    )
    .all() as { registration_code: string; n: number }[];
  for (const d of dupes) out.push(violation('unique code', w('integrity.codeTwice', { code: d.registration_code, n: d.n })));
  const counts = db
    .prepare(
      `SELECT r.type, r.status, count(*) AS n, coalesce(c.n, 0) AS kept FROM registrations r
    LEFT JOIN registration_counts c ON c.type = r.type AND c.status = r.status GROUP BY r.type, r.status`,
    )
    .all() as { type: string; status: string; n: number; kept: number }[];
  for (const c of counts)
    if (c.n !== c.kept)
      out.push(
        violation('counters', w('integrity.counter', { type: c.type, status: stateWords('status', c.status), n: c.n, kept: c.kept })),
      );
  const keys = db.prepare('SELECT idempotency_key AS key, count(*) n FROM outbox GROUP BY idempotency_key HAVING n > 1').all() as {
    key: string;
    n: number;
  }[];
  for (const k of keys) out.push(violation('unique key', w('integrity.keyTwice', { key: k.key, n: k.n })));
  const broken = db.prepare('SELECT id FROM outbox WHERE NOT json_valid(payload)').pluck().all() as number[];
  for (const id of broken) out.push(violation('outbox', w('integrity.outboxNotJson', { item: id })));
  const orphans = db
    .prepare(`SELECT o.id, r.status FROM outbox o JOIN registrations r ON r.id = o.registration_id WHERE r.status != 'sent'`)
    .all() as { id: number; status: string }[];
  for (const o of orphans)
    out.push(violation('outbox', w('integrity.outboxOfStatus', { item: o.id, status: stateWords('status', o.status) })));
  const pruned = db.prepare(`SELECT id FROM outbox WHERE status != 'delivered' AND payload = '{"pruned":true}'`).pluck().all() as number[];
  for (const id of pruned) out.push(violation('outbox', w('integrity.outboxPruned', { item: id })));
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
  for (const id of damaged) out.push(violation('damaged', w('integrity.damaged'), id));
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
    const v = (rule: StoreRule, id: Parameters<typeof w>[0], values?: Record<string, WordValue>) =>
      out.push(violation(rule, w(id, values), r.id));
    const history = audits.all(r.id) as { action: string; changes: string }[];
    if (history[0]?.action !== 'create') {
      v('fully written', 'integrity.noCreate');
      continue;
    }
    const data = JSON.parse(r.data) as Record<string, unknown>;
    if (canonicalJson(replay(history).answers) !== canonicalJson(data)) v('audit', 'integrity.notReplayed');
    const sends = history.filter((h) => h.action === 'send');
    const own = items.all(r.id) as { status: string; kind: string; destination: string }[];
    if (r.status === 'sent') {
      if (!r.code || !r.bkey) v('sent', 'integrity.sentNoCode');
      if (sends.length !== 1) v('sent', 'integrity.sendEntries', { n: sends.length });
      const given = sends[0] && changesOf(sends[0].changes).find((c) => c.field === 'registration_code')?.new;
      if (sends.length === 1 && given !== r.code) v('code', 'integrity.codeNotSent', { code: String(r.code), given: String(given) });
      if (r.code && data.TX_REGN_CD !== r.code) v('code', 'integrity.codeNotAnswered', { code: r.code, answered: String(data.TX_REGN_CD) });
      const healthdata = own.filter((i) => i.destination === 'healthdata').length;
      const cin = own.filter((i) => i.destination === 'cin').length;
      if (healthdata !== r.submissions || cin > r.submissions)
        v('outbox', 'integrity.outboxItems', { healthdata, cin, submissions: r.submissions });
      const state = own.some((i) => i.status === 'failed')
        ? 'failed'
        : own.some((i) => i.status === 'pending')
          ? 'pending'
          : own.length
            ? 'delivered'
            : 'none';
      if (state !== r.delivery)
        v('delivery', 'integrity.delivery', { column: stateWords('delivery', r.delivery), items: stateWords('delivery', state) });
    } else {
      if (own.length || r.code || sends.length)
        v(r.status === 'deleted' ? 'deleted' : 'open', 'integrity.notSent', {
          items: own.length,
          code: String(r.code),
          sends: sends.length,
        });
    }
  }
  return out;
}
