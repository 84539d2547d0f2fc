/**
 * `angio backup`: a consistent copy of the live database, taken while others write, with the
 * pseudonymisation secret beside it, both 0600, then checked the way `angio doctor --full` checks
 * a database (docs/server.md#backups-and-restore). Admin only: the copy holds every national
 * number and the secret that links pseudonyms to them.
 *
 * The copy's secret is `angio.secret` in the copy's folder: the name a session looks for beside
 * its database, so `angio doctor --db COPY` and a restored copy find it without being told. A
 * folder of dated copies of one installation shares that one file (its secret never changes);
 * a folder holding another installation's secret is refused.
 */
import { existsSync, lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openOutputFile, type OutputFile } from '../exchange/output-file.js';
import {
  canonicalPath,
  chainHead,
  checkInvariants,
  copyDatabase,
  createInstallation,
  isSameFile,
  liveFilesOf,
  openDatabase,
  schemaVersionOf,
  wordsIn,
  type Violation,
} from '../store/index.js';
import { checkSentRegistrations, hmacPseudonymiser, readSecret, secretFingerprint } from '../transmit/index.js';
import type { Core } from './core.js';
import { assertMay } from './permissions.js';

/** The English of what the check of a copy finds beyond doctor's, by message id (src/messages/integrity.ts). */
export const BACKUP_DETAILS = {
  'integrity.secretOther': "the copy's pseudonyms were made with another secret than the one beside it",
} as const;
export type BackupRule = 'secret';
const backupWords = wordsIn<keyof typeof BACKUP_DETAILS, BackupRule>(BACKUP_DETAILS);

/** A copy that must not be made where asked: the sentence says why (the CLI exits 2). */
export class BackupRefused extends Error {
  constructor(
    message: string,
    /** Why, for a door to say it in the user's language: the live database, the secret's name, a companion file, the secret's place. */
    readonly kind: 'live' | 'secret-name' | 'companion' | 'secret-not-file' | 'other-secret',
    /** The file the refusal is about. */
    readonly file: string,
  ) {
    super(message);
    this.name = 'BackupRefused';
  }
}

export interface BackupInput {
  /** Where the copy goes. */
  file: string;
  /** Replace an existing file of that name. */
  replace?: boolean;
}

export interface BackupOutcome {
  file: string;
  /** Where the copy's secret is: written now, or already there and the same. */
  secretFile: string;
  secret: 'written' | 'kept' | 'unavailable';
  /** Why no secret went with the copy (this installation's own is missing or damaged). */
  secretProblem?: string;
  pages: number;
  bytes: number;
  schema: number;
  registrations: number;
  auditEntries: number;
  outboxItems: number;
  users: number;
  auditHead?: { id: number; hash: string | null };
  /** What the checks of the copy found: empty when it is sound. */
  problems: Violation[];
}

/** The copy's secret file: `angio.secret` beside it (the name a session looks for beside its database). */
export const backupSecretPath = (file: string): string => join(dirname(file), 'angio.secret');

const hex = (secret: Uint8Array) => `${Buffer.from(secret).toString('hex')}\n`;

/** Refuses a copy that would land on the live database, its companions, a secret, or a file with a stale write-ahead log. */
function checkDestination(core: Core, file: string, secretFile: string): void {
  const target = canonicalPath(file);
  const live = liveFilesOf(core.db);
  if (live.includes(target) || (live[0] && isSameFile(file, live[0])))
    throw new BackupRefused(`${file} is the live database or one of its files: a backup goes to another file.`, 'live', file);
  if (target === canonicalPath(secretFile) || basename(file) === 'angio.secret')
    throw new BackupRefused(
      `${file} is where the copy's pseudonymisation secret goes: name the copy otherwise (e.g. angio-backup.db).`,
      'secret-name',
      file,
    );
  for (const companion of [`${file}-wal`, `${file}-shm`, `${file}-journal`])
    if (existsSync(companion))
      throw new BackupRefused(
        `${companion} exists: a program has ${file} open, or did not close it, and SQLite would read that file with the copy; choose another name.`,
        'companion',
        companion,
      );
}

/** Whether the copy's secret must be written, is there already, or cannot go with it; refuses another installation's. */
function secretPlan(core: Core, secretFile: string): 'write' | 'kept' | 'unavailable' {
  const secret = core.pseudonymiser.secret;
  if (!secret) return 'unavailable';
  let st;
  try {
    st = lstatSync(secretFile);
  } catch {
    return 'write';
  }
  if (!st.isFile())
    throw new BackupRefused(
      `${secretFile} is not a regular file: angio writes the copy's pseudonymisation secret there; choose another folder.`,
      'secret-not-file',
      secretFile,
    );
  const read = readSecret(secretFile);
  if (read.state === 'present' && read.secret.equals(Buffer.from(secret))) return 'kept';
  throw new BackupRefused(
    `${secretFile} holds another pseudonymisation secret (another installation's backups?): angio never replaces one; choose another folder for this copy.`,
    'other-secret',
    secretFile,
  );
}

/** Checks the copy as `angio doctor --full` would: SQLite's integrity, every registration, the audit chain, the pseudonyms. */
function checkCopy(path: string, secret: Uint8Array | undefined) {
  const copy = openDatabase(path, { mustExist: true });
  try {
    const problems = checkInvariants(copy);
    if (secret) {
      const known = createInstallation(copy).secretFingerprint();
      if (known && known !== secretFingerprint(secret))
        problems.push(backupWords.violation('secret', backupWords.words('integrity.secretOther')));
      problems.push(...checkSentRegistrations(copy, { pseudonymiser: hmacPseudonymiser(Buffer.from(secret)) }));
    }
    const count = (table: string) => copy.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const head = chainHead(copy);
    return {
      schema: schemaVersionOf(copy),
      registrations: count('registrations'),
      auditEntries: count('audit_log'),
      outboxItems: count('outbox'),
      users: count('users'),
      ...(head ? { auditHead: head } : {}),
      problems,
    };
  } finally {
    copy.close();
  }
}

const ended = (out: OutputFile) =>
  new Promise<void>((resolve, reject) => {
    if (out.stream.closed) return resolve();
    out.stream.once('error', reject);
    out.stream.once('close', () => resolve());
    out.stream.end();
  });

/**
 * Copies the live database to `input.file` (written under a temporary name, 0600, and put in place
 * only when complete and checked), and its secret beside it. Refuses, before anything is written,
 * a destination that is the live database or one of its files, an existing file unless
 * `replace`, and a folder with another installation's secret.
 */
export async function backupDatabase(core: Core, user: string, input: BackupInput): Promise<BackupOutcome> {
  assertMay(core, user, 'backupDatabase');
  const file = input.file;
  const secretFile = backupSecretPath(file);
  checkDestination(core, file, secretFile);
  const plan = secretPlan(core, secretFile);
  const secret = core.pseudonymiser.secret;
  const out = openOutputFile(file, { replace: input.replace ?? false });
  let outcome: Awaited<ReturnType<typeof copyDatabase>> & ReturnType<typeof checkCopy>;
  try {
    await ended(out);
    const copied = await copyDatabase(core.db, out.temporaryPath);
    outcome = { ...copied, ...checkCopy(out.temporaryPath, secret) };
    // The secret first: a copy never stands in its folder without the secret it needs.
    if (plan === 'write' && secret) {
      const secretOut = openOutputFile(secretFile);
      secretOut.stream.write(hex(secret));
      await secretOut.commit();
    }
    await out.commit();
  } catch (e) {
    await out.discard();
    throw e;
  }
  return {
    file,
    secretFile,
    secret: plan === 'write' ? 'written' : plan,
    ...(plan === 'unavailable' ? { secretProblem: core.pseudonymiser.unavailable ?? 'this installation has no secret' } : {}),
    ...outcome,
  };
}
