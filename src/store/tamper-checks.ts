/**
 * Checks for changes made around angio (with the sqlite3 shell, say) rather than for what a crash
 * could leave: the audit log's hash chain and the triggers that keep it append-only.
 */
import { verifyChain } from './audit-chain.js';
import type { Db } from './database.js';
import type { Violation } from './invariants.js';
import { expectedTriggers } from './migrations.js';

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
    if (found === undefined) out.push({ rule: 'triggers', detail: `${name} is missing` });
    else if (found !== normalised(sql)) out.push({ rule: 'triggers', detail: `${name} was replaced by another definition` });
  }
  return out;
}

/**
 * The first break of the audit log's hash chain, if any: from the first entry, or from the entry
 * after `after` (whose stored hash is then taken as it is).
 */
export function checkChain(db: Db, after?: number): Violation[] {
  const { broken } = verifyChain(db, after ? { after } : {});
  return broken ? [{ rule: 'audit chain', detail: broken.detail }] : [];
}
