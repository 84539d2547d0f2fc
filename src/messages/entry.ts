/**
 * How the message catalogue (src/messages.ts) is written, shared by its parts: one entry per id,
 * its English, Dutch and French, placeholders written {name}.
 */
import type { Lang } from '../registry/index.js';

export type Entry = Record<Lang, string>;

/** A part of the catalogue with its ids kept as literal types: a typo in an id fails the type-check. */
export function defineMessages<const Id extends string>(messages: Record<Id, Entry>): Record<Id, Entry> {
  return messages;
}

export const t = (en: string, nl: string, fr: string): Entry => ({ en, nl, fr });
