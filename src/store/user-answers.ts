/**
 * Each user's last answer to the fields the catalogue marks `suggest: 'last-answer'` (access site,
 * contrast volume, device, …), keyed by the field id without its PCI block number, so the next
 * registration offers it first.
 */
import { systemClock, type Clock } from '../clock.js';
import type { Value } from '../registry/index.js';
import type { Db } from './database.js';

/** The id a remembered answer is kept under: `CD_PLC_INTDCR_3` and `CD_PLC_INTDCR_1` share one. */
export const rememberedId = (fieldId: string) => fieldId.replace(/_[1-5]$/, '');

export function createUserAnswers(db: Db, clock: Clock = systemClock) {
  const get = db.prepare('SELECT value FROM user_answers WHERE user = ? AND field = ?').pluck();
  const put = db.prepare(`INSERT INTO user_answers (user, field, value, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (user, field) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  const counts = db.prepare('SELECT code, times FROM user_choices WHERE user = ? AND field = ?');
  const count = db.prepare(`INSERT INTO user_choices (user, field, code, times, updated_at) VALUES (?, ?, ?, 1, ?)
    ON CONFLICT (user, field, code) DO UPDATE SET times = times + 1, updated_at = excluded.updated_at`);
  return {
    last(user: string, fieldId: string): Value {
      const v = get.get(user, rememberedId(fieldId)) as string | undefined;
      return v === undefined ? undefined : (JSON.parse(v) as Value);
    },
    remember(user: string, fieldId: string, value: Value) {
      if (value === undefined || value === null || value === '') return;
      put.run(user, rememberedId(fieldId), JSON.stringify(value), clock.now().toISOString());
    },
    /** Counts one more choice of each code (a multiple choice counts each of its codes once). */
    chose(user: string, fieldId: string, codes: readonly string[]) {
      const at = clock.now().toISOString();
      for (const code of new Set(codes)) if (code !== '') count.run(user, rememberedId(fieldId), code, at);
    },
    /** How often the user chose each code of a field (any PCI block): code → times; empty when never. */
    choiceCounts(user: string, fieldId: string): Map<string, number> {
      const rows = counts.all(user, rememberedId(fieldId)) as { code: string; times: number }[];
      return new Map(rows.map((r) => [r.code, r.times]));
    },
  };
}

export type UserAnswers = ReturnType<typeof createUserAnswers>;
