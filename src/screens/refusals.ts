/**
 * The core's refusals in the user's language: a refused role is said through the session's
 * sentence (refusal.* in the catalogue), a rule of the store from the words it carries
 * (refused.*); a refusal without words (a missing secret, said in the session's language) keeps
 * the core's own sentence.
 */
import { OPERATION_RIGHTS, type OperationName } from '../operations/index.js';
import type { Lang } from '../registry/index.js';
import { refusalSentence, storeErrorSentence } from '../session/index.js';
import { AccessDenied, StoreError } from '../store/index.js';
import type { Services } from './services.js';

/** What an error says, in the user's language when it is a refusal of the core. */
export function errorText(lang: Lang, e: unknown): string {
  if (e instanceof StoreError) return storeErrorSentence(lang, e);
  return e instanceof Error ? e.message : String(e);
}

/** Why the user may not run an operation now (undefined: they may), in their language. */
export function whyNotSaid(s: Pick<Services, 'ops' | 'core' | 'user' | 'lang'>, operation: OperationName): string | undefined {
  const why = s.ops.whyNot(s.user, operation);
  if (!why) return undefined;
  // The role's refusal as the store makes it (with who and what), to say it in the user's language.
  try {
    s.core.access.assert(s.user, OPERATION_RIGHTS[operation]);
  } catch (e) {
    if (e instanceof AccessDenied && e.refusal) return refusalSentence(s.lang, e);
  }
  return why;
}
