/**
 * Words the core gives as data (a message id of the catalogue and its values, store/violations.ts),
 * said in the user's language: an integrity finding, a refusal of the core.
 */
import { MESSAGES, say, type MessageId } from '../messages.js';
import type { Lang } from '../registry/index.js';
import type { WordValue, Words } from '../store/index.js';

/** Whether the catalogue has every id of these words (a text added without its wording keeps its English). */
export const knownWords = (w: Words): boolean =>
  w.id in MESSAGES &&
  Object.values(w.values ?? {}).every((v) => typeof v !== 'object' || ('id' in v ? knownWords(v) : v.every(knownWords)));

/** The words in `lang`, their nested words too (a list joined with ", "). */
export function wordsSaid(lang: Lang, w: Words): string {
  const value = (v: WordValue): string | number =>
    typeof v === 'string' || typeof v === 'number' ? v : 'id' in v ? wordsSaid(lang, v) : v.map((x) => wordsSaid(lang, x)).join(', ');
  return say(lang, w.id as MessageId, Object.fromEntries(Object.entries(w.values ?? {}).map(([k, v]) => [k, value(v)])));
}
