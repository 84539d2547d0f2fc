// Child process for crash tests: sends every Open registration of a database, one by one, with
// the real (built) code, printing "ready" first so the parent can kill it at a random moment.
import { manualClock } from '../../dist/clock.js';
import { allowAll, createRegistrationStore, openDatabase } from '../../dist/store/index.js';
import { createSender, hmacPseudonymiser } from '../../dist/transmit/index.js';

const db = openDatabase(process.argv[2]);
// The tests' fixed moment (fixtures.ts NOW): no child depends on the day the suite runs.
const store = createRegistrationStore(db, { access: allowAll, clock: manualClock('2026-11-26T10:00:00.000Z') });
const sender = createSender(db, store, hmacPseudonymiser(Buffer.alloc(32, 3)), { hospital: { inami: '71000000' } });
process.stdout.write('ready\n');
for (const row of store.list({ status: 'open', limit: 1000 }).reverse()) sender.send(row.id, { user: 'worker' });
process.stdout.write('done\n');
