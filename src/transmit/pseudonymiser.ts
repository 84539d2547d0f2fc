/**
 * Pseudonymisation behind one interface. Default: HMAC-SHA-256 of the normalised patient
 * identifier (NISS digits, or the pseudocode input `LAST|FIRST|YYYYMMDD|SEX` of a patient without
 * NISS) under a per-installation secret, created with file mode 0600 for a database that holds no
 * pseudonym yet. Without the secret nobody can link a pseudonym back to a national number, yet the
 * same patient always gets the same pseudonym from this installation.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { StoreError } from '../store/index.js';

export interface Pseudonymiser {
  /** The pseudonym of a normalised patient identifier. */
  pseudonym(identifier: string): string;
  /** The HMAC secret, so a worker thread of this process (the CSV import's) makes the same pseudonyms. */
  readonly secret?: Uint8Array;
  /** Why no pseudonym can be made here (the secret is missing, damaged or another one): a sentence. */
  readonly unavailable?: string;
}

/** Refused: making or sending pseudonyms without this database's secret. */
export class SecretUnavailable extends StoreError {
  constructor(message: string) {
    super(message, 'forbidden');
    this.name = 'SecretUnavailable';
  }
}

/** A pseudonymiser that refuses, with its reason, every pseudonym asked of it. */
export function unavailablePseudonymiser(reason: string): Pseudonymiser {
  return {
    unavailable: reason,
    pseudonym: () => {
      throw new SecretUnavailable(reason);
    },
  };
}

export function hmacPseudonymiser(secret: Buffer): Pseudonymiser {
  if (secret.length < 32) throw new Error('the pseudonymisation secret must have at least 32 bytes');
  return { secret, pseudonym: (identifier) => createHmac('sha256', secret).update(identifier, 'utf8').digest('hex').slice(0, 32) };
}

export type SecretFile = { state: 'present'; secret: Buffer } | { state: 'missing' } | { state: 'damaged' };

/** Reads the installation secret file: its secret, or that it is missing or damaged (not hex digits). */
export function readSecret(path: string): SecretFile {
  if (!existsSync(path)) return { state: 'missing' };
  const hex = readFileSync(path, 'utf8').trim();
  return /^[0-9a-f]{64,}$/.test(hex) ? { state: 'present', secret: Buffer.from(hex, 'hex') } : { state: 'damaged' };
}

/** Creates the installation secret (32 random bytes, hex, mode 0600), or reads the one another process just made. */
export function createSecret(path: string): Buffer {
  try {
    const fd = openSync(path, 'wx', 0o600);
    writeSync(fd, randomBytes(32).toString('hex') + '\n');
    closeSync(fd);
  } catch (e) {
    if ((e as { code?: string }).code !== 'EEXIST') throw e; // another process made it first
  }
  const read = readSecret(path);
  if (read.state !== 'present') throw new Error(`The pseudonymisation secret ${path} is damaged; restore it from a backup.`);
  return read.secret;
}

/** Reads the installation secret, creating it the first time (for a database that holds no pseudonym yet). */
export function loadOrCreateSecret(path: string): Buffer {
  return createSecret(path);
}

/**
 * What the database keeps to recognise its secret: an HMAC of a fixed label under it. It tells
 * one secret from another without revealing it.
 */
export function secretFingerprint(secret: Uint8Array): string {
  return createHmac('sha256', secret).update('angio secret fingerprint', 'utf8').digest('hex');
}
