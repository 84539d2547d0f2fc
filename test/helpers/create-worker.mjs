// Child process for the backup test: a colleague encoding while the admin backs up. Creates
// registrations with the real (built) code, one transaction each, until it is killed; says
// "ready" once it has written a few, so the test starts the backup while it is busy.
import { manualClock } from '../../dist/clock.js';
import { allowAll, openDatabase } from '../../dist/store/index.js';
import { hmacPseudonymiser } from '../../dist/transmit/index.js';
import { createCore, createOperations } from '../../dist/operations/index.js';

const [, , dbPath, dataJson] = process.argv;
if (!dbPath || !dataJson) throw new Error('usage: create-worker.mjs DB DATA_JSON');
const db = openDatabase(dbPath);
// The tests' fixed moment (fixtures.ts NOW): no child depends on the day the suite runs.
const core = createCore(db, {
  access: allowAll,
  clock: manualClock('2026-11-26T10:00:00.000Z'),
  pseudonymiser: hmacPseudonymiser(Buffer.alloc(32, 1)),
});
const ops = createOperations(core);
const data = JSON.parse(dataJson);
for (let n = 1; ; n++) {
  ops.createRegistration('nurse', { type: 'P', data });
  if (n === 20) process.stdout.write('ready\n');
  // Let the event loop breathe so SIGTERM (and stdout) get through.
  if (n % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
}
