// Delivery rate to the reference receiver on loopback (the receiver runs in its own process).
// `angio` = the outbox deliverer (state kept per item, idempotency keys); `raw` = the same POSTs
// with the same concurrency and no bookkeeping. Prints JSON.
import { spawn } from 'node:child_process';
const [, , mode, dbPath, countText] = process.argv;
const n = Number(countText);
const { openDatabase, createRegistrationStore, createOutbox, allowAll } = await import('../dist/store/index.js');
const { createSender, createDeliverer, hmacPseudonymiser } = await import('../dist/transmit/index.js');
const { generateData } = await import('../dist/demo/generate.js');
const { createRandom } = await import('../dist/demo/random.js');
const port = 20000 + Math.floor(Math.random() * 20000);
const receiver = spawn(process.execPath, ['dist/cli/main.js', 'receiver', '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await /** @type {Promise<void>} */ (
  new Promise((resolve) =>
    receiver.stdout.on('data', (d) => {
      if (d.toString().includes('listening')) resolve();
    }),
  )
);
const db = openDatabase(dbPath);
const store = createRegistrationStore(db, { access: allowAll });
const sender = createSender(db, store, hmacPseudonymiser(Buffer.alloc(32, 1)));
const r = createRandom(9);
db.transaction(() => {
  for (let i = 0; i < n; i++) {
    const data = generateData({ type: 'P', random: r, today: Date.now(), complete: true, user: 'bench' });
    if (data.CD_PREST_PCI === 'BI0153') data.LOC_CONSENT = '1';
    sender.createAndSend('P', data, 'bench');
  }
})();
const outbox = createOutbox(db);
const endpoints = { healthdata: `http://127.0.0.1:${port}/healthdata`, cin: `http://127.0.0.1:${port}/cin` };
const items = outbox.due(new Date(Date.now() + 1000).toISOString(), 10 * n);
const t0 = performance.now();
if (mode === 'angio') {
  const d = createDeliverer(outbox, { endpoints, concurrency: 32 });
  while (outbox.summary().pending > 0) await d.runOnce(5000);
} else {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const it = items[next++];
      const res = await fetch(endpoints[it.destination], {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `raw/${it.idempotencyKey}` },
        body: it.payload,
      });
      await res.text();
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}
const seconds = (performance.now() - t0) / 1000;
receiver.kill('SIGTERM');
console.log(JSON.stringify({ registrations: n, items: items.length, seconds, registrationsPerSecond: n / seconds }));
process.exit(0);
