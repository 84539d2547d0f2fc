// CSV import throughput: `angio` = the real import (parse, coerce, complete validation, store,
// send: code, audit, outbox); `raw` = the same CSV reader (csv-rows.ts) and the same writes
// (registration row, two audit rows, an outbox row of the same size) without coercion or
// validation, in one thread. Prints JSON.
const [, , mode, file, dbPath] = process.argv;
const { openDatabase, createRegistrationStore, allowAll } = await import('../dist/store/index.js');
const db = openDatabase(dbPath);
const t0 = performance.now();
let rows = 0;
if (mode === 'angio') {
  const { importCsv } = await import('../dist/exchange/import.js');
  const { createSender, createCorrector, hmacPseudonymiser } = await import('../dist/transmit/index.js');
  const store = createRegistrationStore(db, { access: allowAll });
  const p = hmacPseudonymiser(Buffer.alloc(32, 1));
  const report = await importCsv({ db, store, sender: createSender(db, store, p), corrector: createCorrector(db, store, p), user: 'bench', lang: 'en', defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' } },
    file, { type: 'P', mode: 'valid-only', detailLimit: 0 });
  rows = report.rows;
  if (report.counts.rejected) throw new Error(`${report.counts.rejected} rows rejected`);
} else {
  const { rowsOf } = await import('../dist/exchange/csv-rows.js');
  const reg = db.prepare(`INSERT INTO registrations (type, form_version, status, data, created_at, created_by, updated_at, updated_by) VALUES ('P', '2', 'sent', ?, ?, 'bench', ?, 'bench')`);
  const audit = db.prepare('INSERT INTO audit_log (registration_id, at, user, action, changes) VALUES (?, ?, ?, ?, ?)');
  const outbox = db.prepare(`INSERT INTO outbox (registration_id, destination, kind, idempotency_key, payload, next_attempt_at, created_at) VALUES (?, 'healthdata', 'registration', ?, ?, ?, ?)`);
  let header;
  let batch = [];
  const flush = db.transaction((items) => {
    const at = new Date().toISOString();
    for (const cells of items) {
      const record = {};
      header.forEach((h, i) => { if (cells[i]) record[h] = cells[i]; });
      const json = JSON.stringify(record);
      const id = Number(reg.run(json, at, at).lastInsertRowid);
      audit.run(id, at, 'bench', 'create', json);
      audit.run(id, at, 'bench', 'send', '[]');
      outbox.run(id, `raw-${id}`, json, at, at);
    }
  });
  for await (const { cells } of rowsOf(file, (h) => { header = h; }, () => undefined)) {
    batch.push(cells);
    rows++;
    if (batch.length === 500) { flush(batch); batch = []; }
  }
  if (batch.length) flush(batch);
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ rows, seconds, rowsPerSecond: rows / seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
