/** Sending, resubmitting a correction, and sending failed deliveries again. */
import type { OutboxItem, OutboxStatus } from '../store/index.js';
import { createDeliverer, type Deliverer, type DelivererOptions, type ResubmitResult, type SendResult } from '../transmit/index.js';
import type { Core } from './core.js';
import { assertMay } from './permissions.js';

/** Complete validation → registration code → Sent → outbox, in one transaction (transmit/send.ts). */
export function sendRegistration(core: Core, user: string, input: { id: number; rowVersion?: number }): SendResult {
  assertMay(core, user, 'sendRegistration');
  return core.sender.send(input.id, { user, ...(input.rowVersion !== undefined ? { rowVersion: input.rowVersion } : {}) });
}

/** The correction of a Sent registration, sent again in full with the same code (transmit/corrections.ts). */
export function resubmitCorrection(core: Core, user: string, input: { id: number; reason?: string }): ResubmitResult {
  assertMay(core, user, 'resubmitCorrection');
  return core.corrector.resubmit(input.id, { user, ...(input.reason ? { reason: input.reason } : {}) });
}

/**
 * The failed delivery items of a registration go back to the outbox, due now (after the cause,
 * such as a wrong endpoint, was fixed). Returns the items queued again.
 */
export function retryFailedDeliveries(core: Core, user: string, input: { id: number }): OutboxItem[] {
  assertMay(core, user, 'retryFailedDeliveries');
  core.store.mustGet(input.id);
  return core.db
    .transaction(() => {
      const failed = core.outbox.ofRegistration(input.id).filter((i) => i.status === 'failed');
      for (const item of failed) core.outbox.requeue(item.id);
      return failed;
    })
    .immediate();
}

/** Outbox items newest first (a page before an id), of one status or all. */
export function outboxItems(core: Core, user: string, input: { status?: OutboxStatus; before?: number; limit?: number }): OutboxItem[] {
  assertMay(core, user, 'readOutbox');
  return core.outbox.list(input);
}

/** One outbox item with its payload and claim; undefined when there is none with that id. */
export function outboxItem(core: Core, user: string, input: { id: number }) {
  assertMay(core, user, 'readOutbox');
  return core.outbox.get(input.id);
}

/**
 * Failed delivery items go back to the outbox, due now: these items, or every failed one. Each
 * requeued item keeps its idempotency key, so the receiver never gets a registration twice.
 * Returns the ids requeued; an id that is not a failed item is named in `notFailed`.
 */
export function retryOutboxItems(
  core: Core,
  user: string,
  input: { ids: number[] } | { allFailed: true },
): { requeued: number[]; notFailed: number[] } {
  assertMay(core, user, 'retryOutboxItems');
  return core.db
    .transaction(() => {
      const ids = 'ids' in input ? input.ids : core.outbox.failedIds();
      const requeued: number[] = [];
      const notFailed: number[] = [];
      for (const id of ids) (core.outbox.get(id)?.status === 'failed' && core.outbox.requeue(id) ? requeued : notFailed).push(id);
      return { requeued, notFailed };
    })
    .immediate();
}

/** Every pending item becomes due now, once: the backlog after an outage is delivered without waiting for its backoff. */
export function deliverPendingNow(core: Core, user: string): number {
  assertMay(core, user, 'deliverPendingNow');
  return core.outbox.dueNow(core.clock.now().toISOString());
}

/**
 * A deliverer of the outbox for the user: delivering posts billing messages with the NISS to the
 * insurers, so it takes the right to send, like sending itself.
 */
export function openDelivery(core: Core, user: string, options: DelivererOptions): Deliverer {
  assertMay(core, user, 'deliverOutbox');
  return createDeliverer(core.outbox, options);
}
