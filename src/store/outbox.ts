/**
 * The outbox: what must be delivered, to which destination, and how far delivery got. Items are
 * added in the transaction that sends the registration; delivery updates an item and the
 * registration's delivery state together, so the two never disagree.
 */
import { systemClock, type Clock } from '../clock.js';
import type { Db, Json } from './database.js';

export type Destination = 'healthdata' | 'cin';
export type OutboxKind = 'registration' | 'correction' | 'billing';
export type OutboxStatus = 'pending' | 'delivered' | 'failed';

export interface OutboxItem {
  id: number;
  registrationId: number;
  destination: Destination;
  kind: OutboxKind;
  idempotencyKey: string;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  createdAt: string;
  deliveredAt: string | null;
}

export interface NewOutboxItem {
  registrationId: number;
  destination: Destination;
  kind: OutboxKind;
  idempotencyKey: string;
  payload: unknown;
}

/** An item with its payload already serialised, for a registration about to be created. */
export interface SerialisedOutboxItem {
  destination: Destination;
  kind: OutboxKind;
  idempotencyKey: string;
  payload: Json;
}

const COLUMNS = `id, registration_id AS registrationId, destination, kind, idempotency_key AS idempotencyKey, payload, status, attempts,
  last_error AS lastError, next_attempt_at AS nextAttemptAt, created_at AS createdAt, delivered_at AS deliveredAt`;

export function createOutbox(db: Db, options: { clock?: Clock } = {}) {
  const clock = options.clock ?? systemClock;
  const now = () => clock.now().toISOString();
  const stmt = {
    // Positional parameters: a bulk import inserts two items per row, and binding by name looks
    // every name up in the object.
    // CAST: a payload may come as the UTF-8 bytes of its JSON (see Json), stored as text all the same.
    insert: db.prepare(`INSERT INTO outbox (registration_id, destination, kind, idempotency_key, payload, next_attempt_at, created_at)
      VALUES (?, ?, ?, ?, CAST(? AS TEXT), ?, ?)`),
    due: db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`),
    // Due and not claimed by a deliverer whose claim still runs (outbox_due serves the range).
    claimable: db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE status = 'pending' AND next_attempt_at <= @now
      AND (claimed_until IS NULL OR claimed_until <= @now) AND destination IN (SELECT value FROM json_each(@destinations))
      ORDER BY next_attempt_at, id LIMIT @limit`),
    claim: db.prepare(`UPDATE outbox SET claimed_by = @holder, claimed_until = @until WHERE id = @id`),
    claimableCount: db
      .prepare(
        `SELECT count(*) FROM outbox WHERE status = 'pending' AND next_attempt_at <= @now
        AND (claimed_until IS NULL OR claimed_until <= @now) AND destination IN (SELECT value FROM json_each(@destinations))`,
      )
      .pluck(),
    claimedElsewhere: db
      .prepare(
        `SELECT count(*) FROM outbox WHERE status = 'pending' AND next_attempt_at <= @now AND claimed_until > @now AND claimed_by != @holder`,
      )
      .pluck(),
    release: db.prepare(`UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE id = @id AND claimed_by = @holder`),
    ofRegistration: db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE registration_id = ? ORDER BY id`),
    delivered: db.prepare(
      `UPDATE outbox SET status = 'delivered', attempts = attempts + 1, delivered_at = @at, last_error = NULL, claimed_by = NULL, claimed_until = NULL
        WHERE id = @id AND status = 'pending'`,
    ),
    retry: db.prepare(
      `UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next, claimed_by = NULL, claimed_until = NULL
        WHERE id = @id AND status = 'pending'`,
    ),
    failed: db.prepare(
      `UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = @error, claimed_by = NULL, claimed_until = NULL
        WHERE id = @id AND status = 'pending'`,
    ),
    requeue: db.prepare(`UPDATE outbox SET status = 'pending', next_attempt_at = @at WHERE id = @id AND status = 'failed'`),
    registrationOf: db.prepare('SELECT registration_id FROM outbox WHERE id = ?').pluck(),
    get: db.prepare(`SELECT ${COLUMNS}, claimed_by AS claimedBy, claimed_until AS claimedUntil FROM outbox WHERE id = ?`),
    // Newest first, a page after an id (keyset), optionally of one status.
    list: db.prepare(
      `SELECT ${COLUMNS} FROM outbox WHERE (@status IS NULL OR status = @status) AND id < @before ORDER BY id DESC LIMIT @limit`,
    ),
    failedIds: db.prepare(`SELECT id FROM outbox WHERE status = 'failed' ORDER BY id`).pluck(),
    dueNow: db.prepare(`UPDATE outbox SET next_attempt_at = @now WHERE status = 'pending' AND next_attempt_at > @now`),
    // Written only when it changes: rewriting a registration row (its JSON data included) for
    // nothing is the largest cost of a send after the inserts themselves.
    state: db.prepare(`WITH s(state) AS (
        SELECT CASE WHEN sum(status = 'failed') > 0 THEN 'failed' WHEN sum(status = 'pending') > 0 THEN 'pending'
                    WHEN count(*) > 0 THEN 'delivered' ELSE 'none' END FROM outbox WHERE registration_id = @id)
      UPDATE registrations SET delivery = (SELECT state FROM s) WHERE id = @id AND delivery IS NOT (SELECT state FROM s)`),
    summary: db.prepare(`SELECT status, destination, count(*) AS n, min(next_attempt_at) AS next FROM outbox GROUP BY status, destination`),
    attention: db.prepare(`SELECT status, count(*) AS n FROM outbox WHERE status IN ('pending', 'failed') GROUP BY status`),
    // INDEXED BY: the planner, without statistics, would walk every delivered item by status.
    anyToPrune: db.prepare(
      `SELECT 1 FROM outbox INDEXED BY outbox_kept_payloads
       WHERE status = 'delivered' AND delivered_at < ? AND payload != '{"pruned":true}' LIMIT 1`,
    ),
    prune: db.prepare(
      `UPDATE outbox INDEXED BY outbox_kept_payloads SET payload = '{"pruned":true}'
       WHERE status = 'delivered' AND delivered_at < ? AND payload != '{"pruned":true}'`,
    ),
  };

  /** Keeps the registration's delivery column in step with its items (same transaction). */
  const refresh = (registrationId: number) => stmt.state.run({ id: registrationId });
  const update = (id: number, f: () => { changes: number }) =>
    db
      .transaction(() => {
        const changed = f().changes === 1;
        if (changed) refresh(stmt.registrationOf.get(id) as number);
        return changed;
      })
      .immediate();

  return {
    /** The clock items are dated by; delivery asks it what is due. */
    clock,
    /** Adds items; call inside the transaction that sends or resubmits the registration. */
    enqueue(items: NewOutboxItem[], at = now()) {
      for (const item of items)
        stmt.insert.run(item.registrationId, item.destination, item.kind, item.idempotencyKey, JSON.stringify(item.payload), at, at);
      for (const id of new Set(items.map((i) => i.registrationId))) refresh(id);
    },
    /**
     * Adds the serialised items of a registration created Sent in this transaction: its delivery
     * state is already pending, so there is nothing to refresh.
     */
    enqueueSerialised(registrationId: number, items: readonly SerialisedOutboxItem[], at: string) {
      for (const item of items) stmt.insert.run(registrationId, item.destination, item.kind, item.idempotencyKey, item.payload, at, at);
    },
    due(now: string, limit = 100): OutboxItem[] {
      return stmt.due.all(now, limit) as OutboxItem[];
    },
    /**
     * Claims up to `limit` due items for `holder` until `until`, in one write transaction, so two
     * deliverers never get the same item; an item whose claim lapsed (its holder crashed or hung)
     * is due again. The outcome of an item ends its claim.
     */
    claimDue(o: { holder: string; now: string; until: string; limit: number; destinations: Destination[] }): OutboxItem[] {
      return db
        .transaction(() => {
          const items = stmt.claimable.all({ now: o.now, limit: o.limit, destinations: JSON.stringify(o.destinations) }) as OutboxItem[];
          for (const item of items) stmt.claim.run({ id: item.id, holder: o.holder, until: o.until });
          return items;
        })
        .immediate();
    },
    /** How many items claimDue could give now (for a progress bar's total). */
    claimableCount: (now: string, destinations: Destination[]): number =>
      stmt.claimableCount.get({ now, destinations: JSON.stringify(destinations) }) as number,
    /** Due items another deliverer holds a running claim on (they are being posted). */
    claimedElsewhere: (holder: string, now: string): number => stmt.claimedElsewhere.get({ holder, now }) as number,
    /** Gives claims back without an outcome (a deliverer stopped before posting them). */
    release(holder: string, ids: number[]) {
      db.transaction(() => {
        for (const id of ids) stmt.release.run({ id, holder });
      }).immediate();
    },
    /** One item with its claim (who is posting it, until when), or undefined. */
    get(id: number): (OutboxItem & { claimedBy: string | null; claimedUntil: string | null }) | undefined {
      return stmt.get.get(id) as (OutboxItem & { claimedBy: string | null; claimedUntil: string | null }) | undefined;
    },
    /** Items newest first, `limit` at a time, before an id (for paging), of one status or all. */
    list(o: { status?: OutboxStatus; before?: number; limit?: number } = {}): OutboxItem[] {
      return stmt.list.all({
        status: o.status ?? null,
        before: o.before ?? Number.MAX_SAFE_INTEGER,
        limit: o.limit ?? 100,
      }) as OutboxItem[];
    },
    /** The ids of every failed item, oldest first. */
    failedIds: (): number[] => stmt.failedIds.all() as number[],
    /**
     * Every pending item waiting for its backoff becomes due now, once (after an outage was fixed);
     * an item that fails again gets its next backoff as usual. Returns how many were brought forward.
     */
    dueNow(now: string): number {
      return stmt.dueNow.run({ now }).changes;
    },
    ofRegistration(registrationId: number): OutboxItem[] {
      return stmt.ofRegistration.all(registrationId) as OutboxItem[];
    },
    markDelivered: (id: number, at = now()) => update(id, () => stmt.delivered.run({ id, at })),
    /**
     * Several delivery outcomes in one transaction (a delivery pass writes them in batches). Losing
     * a batch to a crash only means those items are posted again, which their idempotency keys
     * make harmless.
     */
    record(
      outcomes: ({ id: number } & (
        { status: 'delivered'; at: string } | { status: 'retry'; error: string; next: string } | { status: 'failed'; error: string }
      ))[],
    ) {
      db.transaction(() => {
        const touched = new Set<number>();
        for (const o of outcomes) {
          const r =
            o.status === 'delivered'
              ? stmt.delivered.run({ id: o.id, at: o.at })
              : o.status === 'retry'
                ? stmt.retry.run({ id: o.id, error: o.error, next: o.next })
                : stmt.failed.run({ id: o.id, error: o.error });
          if (r.changes === 1) touched.add(stmt.registrationOf.get(o.id) as number);
        }
        for (const id of touched) refresh(id);
      }).immediate();
    },
    markRetry: (id: number, error: string, next: string) => update(id, () => stmt.retry.run({ id, error, next })),
    markFailed: (id: number, error: string) => update(id, () => stmt.failed.run({ id, error })),
    /** A failed item is tried again (after the cause was fixed). */
    requeue: (id: number, at = now()) => update(id, () => stmt.requeue.run({ id, at })),
    /**
     * Retention: the payload of an item delivered before `before` is dropped (its key, destination,
     * attempts and dates stay). The registration itself keeps its data; a payload is only needed
     * while it may have to be sent again, and HD4DP retries for 10 days.
     */
    prune(before: string): number {
      // Read first: each delivery pass asks, and an UPDATE would take the write lock even to change nothing.
      if (!stmt.anyToPrune.get(before)) return 0;
      return stmt.prune.run(before).changes;
    },
    /** Items still to deliver and items that failed (cheap: only those rows are read). */
    attention(): { pending: number; failed: number } {
      const out = { pending: 0, failed: 0 };
      for (const r of stmt.attention.all() as { status: 'pending' | 'failed'; n: number }[]) out[r.status] = r.n;
      return out;
    },
    summary(): { pending: number; delivered: number; failed: number; nextAttemptAt: string | null } {
      const out = { pending: 0, delivered: 0, failed: 0, nextAttemptAt: null as string | null };
      for (const r of stmt.summary.all() as { status: OutboxStatus; n: number; next: string }[]) {
        out[r.status] += r.n;
        if (r.status === 'pending' && (!out.nextAttemptAt || r.next < out.nextAttemptAt)) out.nextAttemptAt = r.next;
      }
      return out;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

/** Payloads of delivered items are kept this long, then pruned. */
export const PAYLOAD_RETENTION_DAYS = 30;
export const PRUNED_PAYLOAD = '{"pruned":true}';
