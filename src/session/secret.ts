/**
 * The installation secret a session makes pseudonyms with (docs/decisions.md#the-secret-is-never-made-again).
 * A database that holds no pseudonym yet gets a new secret; one that does never gets a new one,
 * which would give its patients other pseudonyms and business keys. Without its own secret (the
 * file missing, damaged, or another installation's), a session still reads, lists and checks,
 * but refuses to send or deliver, with the reason and how to restore the secret.
 */
import { resolve } from 'node:path';
import type { Lang } from '../registry/index.js';
import { say } from '../messages.js';
import { createInstallation, type Db } from '../store/index.js';
import {
  createSecret,
  hmacPseudonymiser,
  readSecret,
  secretFingerprint,
  unavailablePseudonymiser,
  type Pseudonymiser,
} from '../transmit/index.js';

/** The pseudonymiser of the database `db` with the secret file `file`, made or refused (in `lang`) as above. */
export function installationPseudonymiser(db: Db, path: string, lang: Lang): Pseudonymiser {
  const file = resolve(path);
  const installation = createInstallation(db);
  const known = installation.secretFingerprint();
  let read = readSecret(file);
  if (read.state === 'missing' && !known && !installation.holdsPseudonyms()) read = { state: 'present', secret: createSecret(file) };
  const restore = say(lang, 'secret.restore', { file });
  if (read.state === 'missing') return unavailablePseudonymiser(say(lang, 'secret.missing', { file, restore }));
  if (read.state === 'damaged') return unavailablePseudonymiser(say(lang, 'secret.damaged', { file, restore }));
  const fingerprint = secretFingerprint(read.secret);
  // The first session of a database (or the first since fingerprints were kept) records its secret.
  if ((known ?? installation.recordSecretFingerprint(fingerprint)) !== fingerprint)
    return unavailablePseudonymiser(say(lang, 'secret.another', { file, restore }));
  return hmacPseudonymiser(read.secret);
}
