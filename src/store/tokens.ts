/**
 * API tokens: shown once when created, stored as a SHA-256 hash, compared in constant time.
 * A token is `angio_<id>_<secret>`: the id finds the row, the secret proves possession.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { systemClock, type Clock } from '../clock.js';
import type { Db } from './database.js';
import { refuse } from './errors.js';

const hash = (secret: string) => createHash('sha256').update(secret, 'utf8').digest();

export interface TokenInfo {
  id: number;
  user: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function createTokens(db: Db, clock: Clock = systemClock) {
  const stmt = {
    insert: db.prepare('INSERT INTO api_tokens (user, token_hash, label, created_at) VALUES (?, ?, ?, ?)'),
    get: db.prepare('SELECT id, user, token_hash AS hash, revoked_at AS revokedAt FROM api_tokens WHERE id = ?'),
    used: db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?'),
    list: db.prepare(
      'SELECT id, user, label, created_at AS createdAt, last_used_at AS lastUsedAt, revoked_at AS revokedAt FROM api_tokens ORDER BY id',
    ),
    revoke: db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    userExists: db.prepare('SELECT 1 FROM users WHERE name = ?').pluck(),
  };
  return {
    /** Creates a token for a user; the returned text is never stored and cannot be shown again. */
    create(user: string, label?: string): { id: number; token: string } {
      if (!stmt.userExists.get(user)) throw refuse('not-found', 'refused.noUserForToken', { user });
      const secret = randomBytes(32).toString('base64url');
      const id = Number(stmt.insert.run(user, hash(secret).toString('hex'), label ?? null, clock.now().toISOString()).lastInsertRowid);
      return { id, token: `angio_${id}_${secret}` };
    },
    /** The user a presented token belongs to, or undefined (unknown, malformed or revoked). */
    verify(presented: string): string | undefined {
      const m = /^angio_(\d+)_([A-Za-z0-9_-]{43})$/.exec(presented);
      if (!m) return undefined;
      const row = stmt.get.get(Number(m[1])) as { id: number; user: string; hash: string; revokedAt: string | null } | undefined;
      const expected = row ? Buffer.from(row.hash, 'hex') : Buffer.alloc(32);
      const ok = timingSafeEqual(expected, hash(m[2]!)) && row !== undefined && row.revokedAt === null;
      if (!ok) return undefined;
      stmt.used.run(clock.now().toISOString(), row.id);
      return row.user;
    },
    list: () => stmt.list.all() as TokenInfo[],
    revoke(id: number) {
      if (stmt.revoke.run(clock.now().toISOString(), id).changes !== 1) throw refuse('not-found', 'refused.noToken', { id });
    },
  };
}

export type Tokens = ReturnType<typeof createTokens>;
