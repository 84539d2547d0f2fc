/**
 * The site's settings (the hospital's INAMI number and name, the delivery endpoints, the default
 * author group): one set for the whole installation, kept in the database so that every account
 * sees the same values and only an admin changes them, each change logged (who, when, old, new)
 * in an append-only table (docs/server.md#site-settings).
 */
import { systemClock, type Clock } from '../clock.js';
import type { Db } from './database.js';

export interface SiteSettingChange {
  id: number;
  at: string;
  user: string;
  key: string;
  old: string | null;
  new: string;
}

export function createSiteSettings(db: Db, clock: Clock = systemClock) {
  const stmt = {
    all: db.prepare('SELECT key, value FROM site_settings'),
    get: db.prepare('SELECT value FROM site_settings WHERE key = ?').pluck(),
    put: db.prepare(`INSERT INTO site_settings (key, value, updated_at, updated_by) VALUES (@key, @value, @at, @user)
      ON CONFLICT (key) DO UPDATE SET value = @value, updated_at = @at, updated_by = @user`),
    log: db.prepare('INSERT INTO site_settings_log (at, user, key, old, new) VALUES (@at, @user, @key, @old, @new)'),
    history: db.prepare('SELECT id, at, user, key, old, new FROM site_settings_log ORDER BY id DESC LIMIT ?'),
  };
  return {
    /** The values set so far, by key (a key never set is absent: its default applies). */
    values(): Record<string, string> {
      return Object.fromEntries((stmt.all.all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    },
    /** Sets values (already checked by the caller) and logs each change, in one transaction; returns the keys that changed. */
    set(user: string, values: Record<string, string>): string[] {
      return db
        .transaction(() => {
          const at = clock.now().toISOString();
          const changed: string[] = [];
          for (const [key, value] of Object.entries(values)) {
            const old = (stmt.get.get(key) as string | undefined) ?? null;
            if (old === value) continue;
            stmt.put.run({ key, value, at, user });
            stmt.log.run({ at, user, key, old, new: value });
            changed.push(key);
          }
          return changed;
        })
        .immediate();
    },
    /** The latest changes, newest first. */
    history(limit = 50): SiteSettingChange[] {
      return stmt.history.all(limit) as SiteSettingChange[];
    },
  };
}

export type SiteSettings = ReturnType<typeof createSiteSettings>;
