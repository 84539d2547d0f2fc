/** Refusals of the store, each with a sentence the user can act on. Nothing is written when one is thrown. */
import type { Problem } from '../validation/index.js';
import { refusalText, type RefusalId } from './refusals.js';
import type { WordValue, Words } from './violations.js';

export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-found' | 'conflict' | 'not-editable' | 'invalid' | 'unknown-form' | 'forbidden',
    /**
     * The sentence as a message id of the doors' catalogue and its values (refusals.ts), so that a
     * door says it in the user's language; `message` stays English.
     */
    readonly says?: Words,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** A refusal of the core by its message id: the English sentence and the words a door says it with. */
export function refuse(reason: StoreError['reason'], id: RefusalId, values?: Record<string, WordValue>): StoreError {
  const { message, says } = refusalText(id, values);
  return new StoreError(message, reason, says);
}

/** Answers that do not pass the draft checks; the problems say why, field by field. */
export class ValidationFailed extends StoreError {
  constructor(readonly problems: Problem[]) {
    const { message, says } = refusalText('refused.invalid', { n: problems.length });
    super(message, 'invalid', says);
  }
}
