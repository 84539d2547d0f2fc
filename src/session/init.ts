/**
 * `angio init`: a new installation — the database, its pseudonymisation secret and the person
 * running it as its admin — or a database file that exists but was never set up. A database that
 * has users already is left alone: init never takes one over.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { systemClock, type Clock } from '../clock.js';
import { createAccess, createInstallation, latestSchemaVersion, openDatabase } from '../store/index.js';
import { say } from '../messages.js';
import { databasePath, secretPath, UsageError, currentUser, languageOf, type GlobalOptions } from './session.js';
import { installationPseudonymiser } from './secret.js';

export interface Initialised {
  database: string;
  /** Whether init created the database file (else it found an empty one). */
  created: boolean;
  schema: number;
  secret: string;
  /** Why the secret is unusable (a database holding pseudonyms without its secret), if it is. */
  secretProblem?: string;
  admin: string;
}

export function initialise(o: GlobalOptions, clock: Clock = systemClock): Initialised {
  const database = resolve(databasePath(o));
  const lang = languageOf(o);
  const created = !existsSync(database);
  const db = openDatabase(database);
  try {
    const users = createAccess(db);
    const admins = users.list().filter((u) => u.role === 'admin');
    if (users.list().length)
      throw new UsageError(
        say(lang, 'session.initialisedAlready', {
          path: database,
          admins: admins.map((u) => u.name).join(', ') || say(lang, 'session.nobody'),
        }),
      );
    const admin = currentUser(database);
    db.transaction(() => {
      users.claimFirstAdmin(admin);
      createInstallation(db).recordInitialised(clock.now().toISOString(), admin);
    }).immediate();
    const secret = resolve(secretPath(database));
    const pseudonymiser = installationPseudonymiser(db, secret, lang);
    return {
      database,
      created,
      schema: latestSchemaVersion(),
      secret,
      ...(pseudonymiser.unavailable ? { secretProblem: pseudonymiser.unavailable } : {}),
      admin,
    };
  } finally {
    db.close();
  }
}
