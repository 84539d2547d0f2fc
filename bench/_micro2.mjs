const { interpretedBatches } = await import('../dist/exchange/row-batches.js');
const { readPlan } = await import('../dist/exchange/csv-rows.js');
const { formOf } = await import('../dist/registry/index.js');
const { openDatabase, createRegistrationStore, allowAll, createOutbox } = await import('../dist/store/index.js');
const { createSender, hmacPseudonymiser } = await import('../dist/transmit/index.js');
const { rmSync } = await import('node:fs');
const file = process.argv[2];
const path = `/tmp/micro2.db`; rmSync(path, { force: true }); rmSync(path + '-wal', { force: true });
const db = openDatabase(path);
for (const p of (process.env.PRAGMAS ?? '').split(',').filter(Boolean)) db.pragma(p);
const store = createRegistrationStore(db, { access: allowAll });
const sender = createSender(db, store, hmacPseudonymiser(Buffer.alloc(32, 1)));
const prepared = [];
for await (const b of interpretedBatches(file, { form: formOf('P'), plan: await readPlan(file, 'P'), defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' }, lang: 'en', lists: store.lists, batchSize: 500, prepare: sender.prepare })) for (const { r } of b.rows) prepared.push(r.prepared);
const outbox = createOutbox(db);
const BS = +(process.env.BS ?? 500);
let tCommit = 0;
console.error('START');
const t0 = performance.now();
for (let i = 0; i < prepared.length; i += BS) {
  db.exec('BEGIN');
  for (const p of prepared.slice(i, i + BS)) {
    const at = new Date().toISOString();
    const id = store.createSent({ ...p.row, user: 'u' }, at); outbox.enqueueSerialised(id, p.outbox, at);
  }
  const c = performance.now(); db.exec('COMMIT'); tCommit += performance.now() - c;
}
const ms = performance.now() - t0;
console.log(process.env.PRAGMAS ?? '', 'BS', BS, (ms * 1000 / prepared.length).toFixed(1), 'µs/row; commit', (tCommit * 1000 / prepared.length).toFixed(1), 'µs/row', db.pragma('synchronous', { simple: true }), db.pragma('wal_autocheckpoint', { simple: true }));
