/**
 * Submitting one record from the API. Not part of the operations object that every door loads:
 * it pulls in the CSV exchange code, which the terminal UI does not need at start-up.
 */
import type { Lang, TypeCode } from '../registry/index.js';
import type { ReadyRow } from '../exchange/row-batches.js';
import { submitRecord as submit, type SubmitResult } from '../exchange/submit.js';
import type { Core } from './core.js';
import { assertMay } from './permissions.js';

/**
 * One record from a door that is not the form (an API payload), written like an imported row:
 * matched by business key, created or updated while Open, sent unless it is a draft, or
 * resubmitted as a correction of a Sent one (exchange/submit.ts).
 */
export function submitRecord(
  core: Core,
  user: string,
  input: { type: TypeCode; record: ReadyRow; resubmit: boolean; lang: Lang },
): SubmitResult {
  assertMay(core, user, 'importFile');
  if (!input.record.draft) assertMay(core, user, 'sendRegistration');
  const { db, store, sender, corrector } = core;
  return submit({ db, store, sender, corrector, user, lang: input.lang }, input.type, input.record, { resubmit: input.resubmit });
}
