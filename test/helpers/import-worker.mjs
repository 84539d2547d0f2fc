// Child process for the killed-import test: imports a CSV file with the real (built) code.
import { manualClock } from '../../dist/clock.js';
import { allowAll, createRegistrationStore, openDatabase } from '../../dist/store/index.js';
import { createCorrector, createSender, hmacPseudonymiser } from '../../dist/transmit/index.js';
import { importCsv } from '../../dist/exchange/import.js';

const [, , dbPath, file] = process.argv;
const db = openDatabase(dbPath);
// The tests' fixed moment (fixtures.ts NOW): no child depends on the day the suite runs.
const store = createRegistrationStore(db, { access: allowAll, clock: manualClock('2026-11-26T10:00:00.000Z') });
const p = hmacPseudonymiser(Buffer.alloc(32, 3));
process.stdout.write('ready\n');
await importCsv(
  {
    db,
    store,
    sender: createSender(db, store, p),
    corrector: createCorrector(db, store, p),
    user: 'importer',
    lang: 'en',
    defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' },
  },
  file,
  { type: 'P', mode: 'valid-only', batchSize: 20 },
);
process.stdout.write('done\n');
