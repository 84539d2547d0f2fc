/**
 * Pseudonymisation behind one interface. Default: HMAC-SHA-256 of the normalised patient
 * identifier (NISS digits, or the pseudocode input `LAST|FIRST|YYYYMMDD|SEX` of a patient without
 * NISS) under a per-installation secret, created on first use with file mode 0600. Without the
 * secret nobody can link a pseudonym back to a national number, yet the same patient always gets
 * the same pseudonym from this installation.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';

export interface Pseudonymiser {
  /** The pseudonym of a normalised patient identifier. */
  pseudonym(identifier: string): string;
  /** The HMAC secret, so a worker thread of this process (the CSV import's) makes the same pseudonyms. */
  readonly secret?: Uint8Array;
}

export function hmacPseudonymiser(secret: Buffer): Pseudonymiser {
  if (secret.length < 32) throw new Error('the pseudonymisation secret must have at least 32 bytes');
  return { secret, pseudonym: (identifier) => createHmac('sha256', secret).update(identifier, 'utf8').digest('hex').slice(0, 32) };
}

/** Reads the installation secret, creating it (32 random bytes, hex, mode 0600) the first time. */
export function loadOrCreateSecret(path: string): Buffer {
  if (!existsSync(path)) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, randomBytes(32).toString('hex') + '\n');
      closeSync(fd);
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e; // another process made it first
    }
  }
  const hex = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-f]{64,}$/.test(hex)) throw new Error(`The pseudonymisation secret ${path} is damaged; restore it from a backup.`);
  return Buffer.from(hex, 'hex');
}
