/**
 * A registration's answers rebuilt from its audit log alone: every change of its creation, saves,
 * send and resubmissions applied in order, from nothing. What the store holds must be that; what
 * went out at each submission was what the replay gave at that submission.
 */
import type { Data } from '../validation/index.js';
import { changesOf } from './audit.js';

/** An audit entry as the replay reads it: its action and its changes as stored. */
export interface StoredChange {
  action: string;
  changes: string;
}

/** The actions that change the answers (a correction's saves change the correction, not the answers). */
const CHANGES_ANSWERS = new Set(['create', 'save', 'send', 'resubmit']);
/** Changes recorded beside the answers, which are not answers. */
const NOT_ANSWERS = new Set(['status', 'registration_code']);

export interface Replay {
  /** The answers after the last entry. */
  answers: Data;
  /** The answers as sent by each submission (the send, then each resubmission), in order. */
  submissions: Data[];
}

export function replay(history: readonly StoredChange[]): Replay {
  const answers: Data = {};
  const submissions: Data[] = [];
  for (const h of history) {
    if (!CHANGES_ANSWERS.has(h.action)) continue;
    for (const c of changesOf(h.changes)) {
      if (NOT_ANSWERS.has(c.field)) continue;
      if (c.new === null) delete answers[c.field];
      else answers[c.field] = c.new;
    }
    if (h.action === 'send' || h.action === 'resubmit') submissions.push({ ...answers });
  }
  return { answers, submissions };
}

/** JSON with the keys of every object in order: two values are the same when these are equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
