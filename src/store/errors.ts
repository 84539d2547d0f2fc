/** Refusals of the store, each with a sentence the user can act on. Nothing is written when one is thrown. */
import type { Problem } from '../validation/index.js';

export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-found' | 'conflict' | 'not-editable' | 'invalid' | 'unknown-form' | 'forbidden',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export class ValidationFailed extends StoreError {
  constructor(
    readonly problems: Problem[],
    what = 'The data',
  ) {
    super(`${what} has ${problems.length} problem(s); nothing was saved.`, 'invalid');
  }
}
