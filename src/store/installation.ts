/**
 * Facts about the installation a database belongs to, kept in the database itself: the
 * fingerprint of the secret its pseudonyms are made with (docs/decisions.md#the-secret-is-never-made-again).
 */
import type { Db } from './database.js';

const FINGERPRINT = 'secret-fingerprint';
const INITIALISED = 'initialised';

export function createInstallation(db: Db) {
  const get = db.prepare('SELECT value FROM installation WHERE key = ?').pluck();
  const put = db.prepare('INSERT OR IGNORE INTO installation (key, value) VALUES (?, ?)');
  // A Sent registration has a business key, an outbox item a pseudonym: both were made with the secret.
  const used = db.prepare(`SELECT EXISTS (SELECT 1 FROM registrations WHERE status = 'sent') OR EXISTS (SELECT 1 FROM outbox)`).pluck();
  return {
    /** The fingerprint of the secret this database's pseudonyms are made with, once known. */
    secretFingerprint: (): string | undefined => get.get(FINGERPRINT) as string | undefined,
    /** Records the fingerprint unless one is known already; returns the one now recorded. */
    recordSecretFingerprint(fingerprint: string): string {
      put.run(FINGERPRINT, fingerprint);
      return get.get(FINGERPRINT) as string;
    },
    /** When and by whom `angio init` (or a first start) set the database up, as "at by user". */
    initialised: (): { at: string; by: string } | undefined => {
      const v = get.get(INITIALISED) as string | undefined;
      return v ? (JSON.parse(v) as { at: string; by: string }) : undefined;
    },
    recordInitialised(at: string, by: string): void {
      put.run(INITIALISED, JSON.stringify({ at, by }));
    },
    /** Whether pseudonyms were made for this database already (a secret made now would not give them again). */
    holdsPseudonyms: (): boolean => used.get() === 1 || get.get(FINGERPRINT) !== undefined,
  };
}
