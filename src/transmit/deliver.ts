/**
 * Delivery of the outbox over HTTP: POST the payload as JSON with an Idempotency-Key header.
 * 2xx, and 409 ("already have it"), mean delivered; any other 4xx means failed: it needs
 * attention and keeps the receiver's message; 5xx, 408, 429, resets and timeouts are retried with
 * exponential backoff and jitter, for up to 10 days (HD4DP's status confirmation), then failed.
 * Each item gets one result; nothing throws halfway through a pass.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '../clock.js';
import { PAYLOAD_RETENTION_DAYS, type Destination, type Outbox, type OutboxItem } from '../store/index.js';
import { deliveryErrorText, type DeliveryError } from './delivery-error.js';

export type Endpoints = Partial<Record<Destination, string>>;

export interface DeliveryResult {
  id: number;
  registrationId: number;
  destination: Destination;
  outcome: 'delivered' | 'retry' | 'failed' | 'skipped';
  detail?: string;
}

export interface DelivererOptions {
  endpoints: Endpoints;
  /** Per request (default 10 s). */
  timeoutMs?: number;
  /** Requests in flight at once (default 32). */
  concurrency?: number;
  /** What is due, and when to retry, by this clock (the outbox's by default). */
  clock?: Clock;
  random?: () => number;
  fetch?: typeof fetch;
  /** Called after each item, for progress bars. */
  onResult?: (r: DeliveryResult) => void;
}

const RETRY_FOR_DAYS = 10;
export const RETRY_FOR_MS = RETRY_FOR_DAYS * 24 * 3600 * 1000;
const BASE_MS = 30_000;
const CAP_MS = 6 * 3600 * 1000;

/** When to try again after `attempts` failed tries: exponential, capped, with ±50 % jitter. */
export function nextAttemptDelay(attempts: number, random: () => number = Math.random): number {
  const exp = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.5 + random()));
}

async function messageOf(res: Response): Promise<string> {
  const text = (await res.text().catch(() => '')).slice(0, 500);
  try {
    const j = JSON.parse(text) as { message?: unknown; error?: unknown };
    if (typeof j.message === 'string') return j.message;
    if (typeof j.error === 'string') return j.error;
  } catch {
    /* not JSON: the text itself is the message */
  }
  return text || res.statusText;
}

type Outcome = Parameters<Outbox['record']>[0][number];

export function createDeliverer(outbox: Outbox, options: DelivererOptions) {
  const clock = options.clock ?? outbox.clock;
  const now = () => clock.now();
  // Outcomes are written in batches: one transaction per few dozen items, not one per item.
  let pending: Outcome[] = [];
  const flush = () => {
    if (pending.length) {
      const batch = pending;
      pending = [];
      outbox.record(batch);
    }
  };
  const note = (o: Outcome) => {
    pending.push(o);
    if (pending.length >= 32) flush();
  };
  const random = options.random ?? Math.random;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function deliver(item: OutboxItem): Promise<DeliveryResult> {
    const base = { id: item.id, registrationId: item.registrationId, destination: item.destination };
    const url = options.endpoints[item.destination];
    if (!url) return { ...base, outcome: 'skipped', detail: deliveryErrorText({ kind: 'no-endpoint', destination: item.destination }) };
    let retryReason: DeliveryError;
    try {
      const res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': item.idempotencyKey },
        body: item.payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.ok || res.status === 409) {
        await res.body?.cancel().catch(() => undefined);
        note({ id: item.id, status: 'delivered', at: now().toISOString() });
        return { ...base, outcome: 'delivered' };
      }
      const answered: DeliveryError = { kind: 'http', status: res.status, message: await messageOf(res) };
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
        const detail = deliveryErrorText(answered);
        note({ id: item.id, status: 'failed', error: detail });
        return { ...base, outcome: 'failed', detail };
      }
      retryReason = answered;
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      retryReason =
        err.name === 'TimeoutError' || err.name === 'AbortError'
          ? { kind: 'timeout', ms: timeoutMs }
          : { kind: 'network', code: err.cause?.code ?? err.name, message: err.message };
    }
    const at = now();
    if (at.getTime() - Date.parse(item.createdAt) >= RETRY_FOR_MS) {
      const detail = deliveryErrorText({ kind: 'gave-up', days: RETRY_FOR_DAYS, last: retryReason });
      note({ id: item.id, status: 'failed', error: detail });
      return { ...base, outcome: 'failed', detail };
    }
    const next = new Date(at.getTime() + nextAttemptDelay(item.attempts + 1, random)).toISOString();
    const detail = deliveryErrorText(retryReason);
    note({ id: item.id, status: 'retry', error: detail, next });
    return { ...base, outcome: 'retry', detail };
  }

  // Items are claimed a handful at a time, for long enough to post them: another deliverer (a
  // second process) skips them, and a claim of a deliverer that died lapses soon.
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const concurrency = options.concurrency ?? 32;
  const leaseMs = 2 * timeoutMs + 30_000;
  const destinations = (Object.keys(options.endpoints) as Destination[]).filter((d) => options.endpoints[d]);

  return {
    /** One pass over what is due now and claimed by no other deliverer; returns one result per item tried. */
    async runOnce(limit = 1000, onStart?: (total: number) => void, onResult?: (r: DeliveryResult) => void): Promise<DeliveryResult[]> {
      onStart?.(Math.min(limit, outbox.claimableCount(now().toISOString(), destinations)));
      const results: DeliveryResult[] = [];
      let queue: OutboxItem[] = [];
      let claimed = 0;
      let exhausted = false;
      // better-sqlite3 is synchronous: two workers of this pass never claim at the same time.
      const nextItem = (): OutboxItem | undefined => {
        if (!queue.length && !exhausted) {
          flush();
          const at = now();
          const n = Math.min(concurrency, limit - claimed);
          queue =
            n > 0
              ? outbox.claimDue({
                  holder,
                  now: at.toISOString(),
                  until: new Date(at.getTime() + leaseMs).toISOString(),
                  limit: n,
                  destinations,
                })
              : [];
          claimed += queue.length;
          exhausted = queue.length === 0;
        }
        return queue.shift();
      };
      const worker = async () => {
        for (let item = nextItem(); item; item = nextItem()) {
          const r = await deliver(item);
          results.push(r);
          options.onResult?.(r);
          onResult?.(r);
        }
      };
      try {
        await Promise.all(Array.from({ length: concurrency }, worker));
      } finally {
        flush();
        // Retention (docs/decisions.md#outbox-with-idempotency-keys-and-retries-for-10-days).
        outbox.prune(new Date(now().getTime() - PAYLOAD_RETENTION_DAYS * 86_400_000).toISOString());
        if (queue.length)
          outbox.release(
            holder,
            queue.map((i) => i.id),
          );
      }
      return results;
    },
    /** Due items another deliverer is posting now (claimed by it): not this pass's to post. */
    busyElsewhere: () => outbox.claimedElsewhere(holder, now().toISOString()),
  };
}

export type Deliverer = ReturnType<typeof createDeliverer>;
