// Child process for the killed-import test: imports a CSV file with the real (built) code.
import { allowAll, createRegistrationStore, openDatabase } from '../../dist/store/index.js';
import { createCorrector, createSender, hmacPseudonymiser } from '../../dist/transmit/index.js';
import { importCsv } from '../../dist/exchange/import.js';

const [, , dbPath, file] = process.argv;
const db = openDatabase(dbPath);
const store = createRegistrationStore(db, { access: allowAll });
const p = hmacPseudonymiser(Buffer.alloc(32, 3));
process.stdout.write('ready\n');
await importCsv({ db, store, sender: createSender(db, store, p), corrector: createCorrector(db, store, p), user: 'importer', lang: 'en', defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' } },
  file, { type: 'P', mode: 'valid-only', batchSize: 20 });
process.stdout.write('done\n');
