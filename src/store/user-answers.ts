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
  return {
    last(user: string, fieldId: string): Value {
      const v = get.get(user, rememberedId(fieldId)) as string | undefined;
      return v === undefined ? undefined : (JSON.parse(v) as Value);
    },
    remember(user: string, fieldId: string, value: Value) {
      if (value === undefined || value === null || value === '') return;
      put.run(user, rememberedId(fieldId), JSON.stringify(value), clock.now().toISOString());
    },
  };
}

export type UserAnswers = ReturnType<typeof createUserAnswers>;
