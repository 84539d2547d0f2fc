// Child process for crash tests: sends every Open registration of a database, one by one, with
// the real (built) code, printing "ready" first so the parent can kill it at a random moment.
import { allowAll, createRegistrationStore, openDatabase } from '../../dist/store/index.js';
import { createSender, hmacPseudonymiser } from '../../dist/transmit/index.js';

const db = openDatabase(process.argv[2]);
const store = createRegistrationStore(db, { access: allowAll });
const sender = createSender(db, store, hmacPseudonymiser(Buffer.alloc(32, 3)), { today: '2026-11-26', hospital: { inami: '71000000' } });
process.stdout.write('ready\n');
for (const row of store.list({ status: 'open', limit: 1000 }).reverse()) sender.send(row.id, { user: 'worker' });
process.stdout.write('done\n');
