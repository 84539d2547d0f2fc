/** A refused action said in the user's language, for the doors (docs/architecture.md#operations). */
import { say } from '../messages.js';
import type { Lang } from '../registry/index.js';
import { AccessDenied, type StoreError } from '../store/index.js';
import { knownWords, wordsSaid } from './words.js';

/** The sentence of a refusal: who, with which role, may not do what (else the store's own sentence). */
export function refusalSentence(lang: Lang, e: AccessDenied): string {
  const r = e.refusal;
  if (!r) return e.message;
  if (!r.role) return say(lang, 'refusal.unknownUser', { user: r.user });
  return say(lang, `refusal.${r.action}`, { user: r.user, role: r.role });
}

/**
 * Why the core refused, in the user's language: a refused role, or the refusal's words
 * (store/refusals.ts); a refusal the core gives no words for keeps its own sentence.
 */
export function storeErrorSentence(lang: Lang, e: StoreError): string {
  if (e instanceof AccessDenied) return refusalSentence(lang, e);
  return e.says && knownWords(e.says) ? wordsSaid(lang, e.says) : e.message;
}
