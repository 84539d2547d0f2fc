// CSV import throughput: `angio` = the real import (parse, coerce, complete validation, store,
// send: code, audit, outbox); `raw` = the same CSV reader (csv-rows.ts) and the same writes, in one
// thread, without coercion, validation or pseudonymisation: a registration row with the columns a
// send fills (a random registration code, the patient, key and last PCI dates read from their
// cells: the indexes get the same entries), its create and send audit rows, the Healthdata outbox
// row, and the insurers' row when the file's row names a billed item; written like the import
// writes (2,000 rows per transaction, checkpoints in a thread of their own). Every one of these
// writes is there because the import does it: a baseline that skipped the code, patient or dates
// (whose indexes take inserts at random places), the billing row, or committed more often, would
// do less work than the import, and the ratio would then measure that missing work instead of
// the cost of coercion, validation and pseudonymisation. Prints JSON.
const [, , mode, file, dbPath] = process.argv;
const { openDatabase, createRegistrationStore, allowAll, startCheckpointer } = await import('../dist/store/index.js');
const db = openDatabase(dbPath);
const t0 = performance.now();
let rows = 0;
if (mode === 'angio') {
  const { importCsv } = await import('../dist/exchange/import.js');
  const { createSender, createCorrector, hmacPseudonymiser } = await import('../dist/transmit/index.js');
  const store = createRegistrationStore(db, { access: allowAll });
  const p = hmacPseudonymiser(Buffer.alloc(32, 1));
  const report = await importCsv(
    {
      db,
      store,
      sender: createSender(db, store, p),
      corrector: createCorrector(db, store, p),
      user: 'bench',
      lang: 'en',
      defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' },
    },
    file,
    { type: 'P', mode: 'valid-only', detailLimit: 0 },
  );
  rows = report.rows;
  if (report.counts.rejected) throw new Error(`${report.counts.rejected} rows rejected`);
} else {
  const { rowsOf } = await import('../dist/exchange/csv-rows.js');
  const { newRegistrationCode, NO_PCI_BILLED, NO_FFR_BILLED } = await import('../dist/transmit/index.js').then(async (t) => ({
    ...t,
    ...(await import('../dist/validation/index.js')),
  }));
  const reg =
    db.prepare(`INSERT INTO registrations (type, form_version, status, data, patient_key, key_date, last_pci_date, registration_code, business_key, created_at, created_by, updated_at, updated_by, delivery)
    VALUES ('P', '2', 'sent', ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench', 'pending')`);
  const audit = db.prepare('INSERT INTO audit_log (registration_id, at, user, action, changes) VALUES (?, ?, ?, ?, ?)');
  const outbox = db.prepare(
    `INSERT INTO outbox (registration_id, destination, kind, idempotency_key, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // header and col are set by onHeader, which rowsOf calls before it yields the first row, so
  // they are set before flush ever reads them.
  /** @type {string[]} */
  let header;
  /**
   * Positions of the columns the raw writes read (-1 for a column the file lacks).
   * @type {{ patient: number, noNiss: number, pseudocode: number, discharged: number, hospitalised: number, pciItem: number, ffrItem: number, pci: number[] }}
   */
  let col;
  /** @type {string[][]} */
  let batch = [];
  const flush = db.transaction((/** @type {string[][]} */ items) => {
    const at = new Date().toISOString();
    for (const cells of items) {
      /** @type {Record<string, string>} */
      const record = {};
      header.forEach((h, i) => {
        if (cells[i]) record[h] = cells[i];
      });
      const json = JSON.stringify(record);
      const code = newRegistrationCode();
      let lastPci = null;
      for (const i of col.pci) if (cells[i] && (!lastPci || cells[i] > lastPci)) lastPci = cells[i];
      const niss = cells[col.noNiss] === '1' ? undefined : cells[col.patient];
      const id = Number(
        reg.run(json, (niss ?? cells[col.pseudocode]) || null, cells[col.hospitalised] || null, lastPci, code, `${code}-key`, at, at)
          .lastInsertRowid,
      );
      audit.run(id, at, 'bench', 'create', json);
      audit.run(id, at, 'bench', 'send', '[]');
      outbox.run(id, 'healthdata', 'registration', `${code}/healthdata/1`, json, at, at);
      const pci = cells[col.pciItem];
      const ffr = cells[col.ffrItem];
      if (niss && ((pci && pci !== NO_PCI_BILLED) || (ffr && ffr !== NO_FFR_BILLED))) {
        const items = [
          pci && { item: pci, field: 'CD_PREST_PCI', date: cells[col.pci[0]] || null },
          ffr && { item: ffr, field: 'CD_PRES_FFR', date: null },
        ].filter(Boolean);
        const billing = {
          type: 'NI0001',
          dcd: 'HDBP0012',
          form: 'P',
          registrationCode: code,
          submission: 1,
          insured: { niss },
          items,
          admissionDate: cells[col.hospitalised] || null,
          dischargeDate: cells[col.discharged] || null,
          hospital: { name: 'Bench hospital', inami: '71000000' },
        };
        outbox.run(id, 'cin', 'billing', `${code}/cin/1`, JSON.stringify(billing), at, at);
      }
    }
  });
  /** @param {string[]} h */
  const onHeader = (h) => {
    header = h;
    col = {
      patient: h.indexOf('IDC_PAT'),
      noNiss: h.indexOf('LOC_NO_NISS'),
      pseudocode: h.indexOf('TX_IDC_PAT_GENER'),
      discharged: h.indexOf('DT_DISCH'),
      hospitalised: h.indexOf('DT_HOSPZ'),
      pciItem: h.indexOf('CD_PREST_PCI'),
      ffrItem: h.indexOf('CD_PRES_FFR'),
      pci: [1, 2, 3, 4, 5].map((n) => h.indexOf(`DT_PCI_${n}`)).filter((i) => i >= 0),
    };
  };
  const checkpoints = startCheckpointer(db);
  // The import checkpoints in a thread of its own on a database on disk; a baseline without that
  // thread would not write as the import does.
  if (!checkpoints) throw new Error(`no checkpointer for ${dbPath}: the raw baseline needs a WAL database on disk`);
  for await (const { cells } of rowsOf(file, onHeader, () => undefined)) {
    batch.push(cells);
    rows++;
    if (batch.length === 2000) {
      flush(batch);
      checkpoints.afterCommit();
      batch = [];
    }
  }
  if (batch.length) flush(batch);
  await checkpoints.close();
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ rows, seconds, rowsPerSecond: rows / seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
