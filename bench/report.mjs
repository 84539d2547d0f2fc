// The quality report over a demo database, in one process, against the same run's baseline: one
// SQL GROUP BY over an indexed column of the same table (the facts' registration type, which has
// its own index). Both read the same warm file, alternately, several times. Prints JSON.
//   node bench/report.mjs DB FROM TO AS_OF     (months yyyy-mm, day yyyy-mm-dd)
//   node bench/report.mjs DB --group-by        (the baseline alone, as a process of its own)
const [, , dbPath, from, to, asOf] = process.argv;
const { openDatabase } = await import('../dist/store/index.js');
const db = openDatabase(dbPath, { readonly: true });
const groupBy = () => db.prepare('SELECT type, count(*) AS n FROM registration_facts GROUP BY type').all();

if (from === '--group-by') {
  console.log(JSON.stringify(groupBy()));
} else {
  const { computeReport } = await import('../dist/quality/index.js');
  /** @type {number[]} */
  const cpu = [];
  const time = (/** @type {() => unknown} */ f) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    return performance.now() - t0;
  };
  const query = { period: { from, to }, by: /** @type {const} */ ('quarter'), asOf, now: `${asOf}T12:00:00.000Z` };
  /** @type {number[]} */
  const reports = [];
  /** @type {number[]} */
  const baselines = [];
  // The first of each warms the page cache and prepares the statements; the medians are of the rest.
  for (let i = 0; i < 6; i++) {
    baselines.push(time(groupBy));
    reports.push(time(() => computeReport(db, query)));
  }
  const registrations = /** @type {number} */ (db.prepare('SELECT count(*) FROM registration_facts').pluck().get());
  const { median } = await import('./lib.mjs');
  // The CPU time beside the wall time: on a shared machine the first says what the report costs, whatever the others do.
  const reportCpuMs = median(cpu.filter((_, i) => i % 2 === 1).slice(1));
  console.log(JSON.stringify({ registrations, reportMs: median(reports.slice(1)), groupByMs: median(baselines.slice(1)), reportCpuMs }));
}
db.close();
