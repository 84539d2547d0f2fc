/**
 * Checks for changes made around angio (with the sqlite3 shell, say) rather than for what a crash
 * could leave: the audit log's hash chain and the triggers that keep it append-only.
 */
import { verifyChain } from './audit-chain.js';
import type { Db } from './database.js';
import { expectedTriggers } from './migrations.js';
import { storeWords, type Violation } from './violations.js';

const { words: w, violation } = storeWords;

const normalised = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** Each trigger the migrations made that is missing, or whose SQL is no longer what they made. */
export function checkTriggers(db: Db): Violation[] {
  const present = new Map(
    (db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string; sql: string }[]).map((t) => [
      t.name,
      normalised(t.sql),
    ]),
  );
  const out: Violation[] = [];
  for (const [name, sql] of expectedTriggers()) {
    const found = present.get(name);
    if (found === undefined) out.push(violation('triggers', w('integrity.triggerMissing', { trigger: name })));
    else if (found !== normalised(sql)) out.push(violation('triggers', w('integrity.triggerReplaced', { trigger: name })));
  }
  return out;
}

/**
 * The first break of the audit log's hash chain, if any: from the first entry, or from the entry
 * after `after` (whose stored hash is then taken as it is).
 */
export function checkChain(db: Db, after?: number): Violation[] {
  const { broken } = verifyChain(db, after ? { after } : {});
  return broken ? [violation('audit chain', broken.says)] : [];
}
