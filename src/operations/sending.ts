/** Sending, resubmitting a correction, and sending failed deliveries again. */
import type { OutboxItem } from '../store/index.js';
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

/**
 * A deliverer of the outbox for the user: delivering posts billing messages with the NISS to the
 * insurers, so it takes the right to send, like sending itself.
 */
export function openDelivery(core: Core, user: string, options: DelivererOptions): Deliverer {
  assertMay(core, user, 'deliverOutbox');
  return createDeliverer(core.outbox, options);
}
