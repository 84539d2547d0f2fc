// Child process for the crash test of confirming an answer: runs one confirmAnswer with the real
// (built) code on a database, and kills itself with SIGKILL at the named point inside it.
import { manualClock } from '../../dist/clock.js';
import { allowAll, openDatabase } from '../../dist/store/index.js';
import { hmacPseudonymiser } from '../../dist/transmit/index.js';
import { createCore, createOperations } from '../../dist/operations/index.js';

const [, , dbPath, id, killAt] = process.argv;
if (!dbPath || !id || !killAt) throw new Error('usage: confirm-worker.mjs DB ID none|after-save|while-remembering');
const db = openDatabase(dbPath);
// The tests' fixed moment (fixtures.ts NOW): no child depends on the day the suite runs.
const core = createCore(db, {
  access: allowAll,
  clock: manualClock('2026-11-26T10:00:00.000Z'),
  pseudonymiser: hmacPseudonymiser(Buffer.alloc(32, 4)),
});
const die = () => process.kill(process.pid, 'SIGKILL');
if (killAt === 'after-save') {
  const save = core.store.saveDraft;
  core.store.saveDraft = (...args) => {
    const saved = save(...args);
    die();
    return saved;
  };
}
if (killAt === 'while-remembering') core.store.answers.remember = die;
const r = core.store.mustGet(Number(id));
createOperations(core).confirmAnswer('nurse', {
  id: r.id,
  rowVersion: r.rowVersion,
  changes: { IDC_PAT: '85040216932', CD_PLC_INTDCR_1: '3' },
});
db.close();
process.stdout.write('done\n');
