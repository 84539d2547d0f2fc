/**
 * Importing an HD4DP CSV file is one operation too: the user's right is checked before a line is
 * read (a dry run only reads), then each row is written (and sent) in its own savepoint by the import (exchange/import.ts).
 */
import type { Lang } from '../registry/index.js';
import type { ImportOptions, ImportReport } from '../exchange/import.js';
import type { Core } from './core.js';
import { assertMay } from './permissions.js';

export async function importFile(core: Core, user: string, input: { file: string; lang: Lang } & ImportOptions): Promise<ImportReport> {
  // A dry run writes nothing: anyone who may read may check a file.
  if (input.mode !== 'dry-run') {
    assertMay(core, user, 'importFile');
    assertMay(core, user, 'sendRegistration');
  }
  // Loaded when a file is imported: the CSV parser and the worker are not needed at start-up.
  const { importCsv } = await import('../exchange/import.js');
  const { file, lang, ...options } = input;
  const { db, store, sender, corrector } = core;
  return importCsv({ db, store, sender, corrector, user, lang, defaults: core.authorDefaults(user) }, file, options);
}
