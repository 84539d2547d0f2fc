/**
 * The installation secret a session makes pseudonyms with (docs/decisions.md#the-secret-is-never-made-again).
 * A database that holds no pseudonym yet gets a new secret; one that does never gets a new one,
 * which would give its patients other pseudonyms and business keys. Without its own secret (the
 * file missing, damaged, or another installation's), a session still reads, lists and checks,
 * but refuses to send or deliver, with the reason and how to restore the secret.
 */
import { resolve } from 'node:path';
import { createInstallation, type Db } from '../store/index.js';
import {
  createSecret,
  hmacPseudonymiser,
  readSecret,
  secretFingerprint,
  unavailablePseudonymiser,
  type Pseudonymiser,
} from '../transmit/index.js';

const restore = (file: string) =>
  `restore this installation's angio.secret from its backup to ${file} (or set ANGIO_SECRET_FILE to where it is); ` +
  'a new secret would give the same patients other pseudonyms, so angio makes none';

/** The pseudonymiser of the database `db` with the secret file `file`, made or refused as above. */
export function installationPseudonymiser(db: Db, path: string): Pseudonymiser {
  const file = resolve(path);
  const installation = createInstallation(db);
  const known = installation.secretFingerprint();
  let read = readSecret(file);
  if (read.state === 'missing' && !known && !installation.holdsPseudonyms()) read = { state: 'present', secret: createSecret(file) };
  if (read.state === 'missing')
    return unavailablePseudonymiser(
      `The pseudonymisation secret ${file} is missing, and this database holds pseudonyms made with it: ${restore(file)}.`,
    );
  if (read.state === 'damaged')
    return unavailablePseudonymiser(`The pseudonymisation secret ${file} is damaged (not hexadecimal digits): ${restore(file)}.`);
  const fingerprint = secretFingerprint(read.secret);
  // The first session of a database (or the first since fingerprints were kept) records its secret.
  if ((known ?? installation.recordSecretFingerprint(fingerprint)) !== fingerprint)
    return unavailablePseudonymiser(
      `The pseudonymisation secret ${file} is not the one this database's pseudonyms were made with (another installation's?): ${restore(file)}.`,
    );
  return hmacPseudonymiser(read.secret);
}
