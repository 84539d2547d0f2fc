// A writer for the crash harness: saves, imports and sends on one database with the real (built)
// code, as fast as it can, until it is killed. Prints "ready" once the database is open.
import { allowAll, createRegistrationStore, openDatabase } from '../dist/store/index.js';
import { createCorrector, createSender, hmacPseudonymiser } from '../dist/transmit/index.js';
import { importCsv } from '../dist/exchange/import.js';
import { generateData } from '../dist/demo/generate.js';
import { createRandom } from '../dist/demo/random.js';

/** @typedef {import('../dist/registry/index.js').TypeCode} TypeCode */

const [, , dbPath, csvPath, seedText] = process.argv;
const db = openDatabase(dbPath);
const store = createRegistrationStore(db, { access: allowAll });
const p = hmacPseudonymiser(Buffer.alloc(32, 8));
const sender = createSender(db, store, p);
const corrector = createCorrector(db, store, p);
const r = createRandom(Number(seedText));
const user = 'crash';
/** @type {readonly TypeCode[]} */
const TYPES = ['P', 'FP', 'H', 'F'];
process.stdout.write('ready\n');
// If the harness itself dies, nobody will kill this writer: stop when the parent is gone.
const parent = process.ppid;
for (;;) {
  if (process.ppid !== parent) process.exit(0);
  const op = r.int(0, 9);
  const type = r.pick(TYPES);
  const data = generateData({ type, random: r, today: Date.now(), complete: r.chance(0.7), user });
  try {
    if (op <= 3) {
      // a draft saved field by field, as the form does
      const reg = store.create({ type, data: {}, user });
      let row = reg;
      for (const [k, v] of Object.entries(data).slice(0, r.int(3, 25)))
        row = store.patch(reg.id, { changes: { [k]: v }, rowVersion: row.rowVersion, user });
      if (r.chance(0.1)) store.delete(reg.id, { user });
    } else if (op <= 6) {
      const reg = store.create({ type, data, user });
      sender.send(reg.id, { user });
    } else if (op === 7) {
      const sent = store.list({ status: 'sent', limit: 20 });
      const target = sent.length ? r.pick(sent) : undefined;
      if (target) {
        const started = store.startCorrection(target.id, { user });
        store.patch(target.id, { changes: { TX_AUTHOR: `corrected-${r.int(1, 1e6)}@h.example` }, rowVersion: started.rowVersion, user });
        corrector.resubmit(target.id, { user });
      }
    } else {
      await importCsv(
        { db, store, sender, corrector, user, lang: 'en', defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' } },
        csvPath,
        { type: 'P', mode: 'valid-only', resubmit: r.chance(0.5), batchSize: 7 },
      );
    }
  } catch (e) {
    if (!/changed by someone else|can no longer be edited|no correction|cannot be sent|only an Open/.test(String(e))) throw e;
  }
}
