/** Where a reference list came from, as a person reads it: the sources angio names itself are said in their language. */
import { say } from '../messages.js';
import type { Lang } from '../registry/index.js';
import { SHIPPED_POSTAL_SOURCE, STANDARD_INPUT_SOURCE } from '../store/index.js';

export function listSourceText(lang: Lang, source: string): string {
  if (source === SHIPPED_POSTAL_SOURCE) return say(lang, 'lists.shipped');
  if (source === STANDARD_INPUT_SOURCE) return say(lang, 'lists.stdin');
  return source;
}
