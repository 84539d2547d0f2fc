/** A refused action said in the user's language, for the doors (docs/architecture.md#operations). */
import { say } from '../messages.js';
import type { Lang } from '../registry/index.js';
import type { AccessDenied } from '../store/index.js';

/** The sentence of a refusal: who, with which role, may not do what (else the store's own sentence). */
export function refusalSentence(lang: Lang, e: AccessDenied): string {
  const r = e.refusal;
  if (!r) return e.message;
  if (!r.role) return say(lang, 'refusal.unknownUser', { user: r.user });
  return say(lang, `refusal.${r.action}`, { user: r.user, role: r.role });
}
