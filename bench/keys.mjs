// Keypress → new frame, in-process with the real App over a real database (ink-testing-library
// renders without Ink's frame throttle, so this is the app's own cost). Prints JSON.
process.env.NODE_ENV = 'production';
const [, , what, dbPath] = process.argv;
if (what === 'baseline') {
  // Ink's own cost: a frame of 30 lines of text that changes on every key, nothing else.
  const { render } = await import('ink-testing-library');
  const React = await import('react');
  const { Box, Text, useInput } = await import('ink');
  const { median } = await import('./lib.mjs');
  function Lines() {
    const [n, setN] = React.useState(0);
    useInput(() => setN((x) => x + 1));
    return React.createElement(
      Box,
      { flexDirection: 'column' },
      Array.from({ length: 30 }, (_, i) => React.createElement(Text, { key: i, wrap: 'truncate' }, `row ${n + i} ${'·'.repeat(80)}`)),
    );
  }
  const app = render(React.createElement(Lines));
  const tick = () => new Promise((r) => setImmediate(r));
  await tick();
  const times = [];
  for (let i = 0; i < 60; i++) {
    const before = app.lastFrame();
    const t0 = performance.now();
    app.stdin.write('j');
    while (app.lastFrame() === before) await tick();
    times.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ median: median(times.slice(10)) }));
  process.exit(0);
}
const { render } = await import('ink-testing-library');
const React = await import('react');
const { App } = await import('../dist/screens/app.js');
const { openDatabase, allowAll } = await import('../dist/store/index.js');
const { hmacPseudonymiser } = await import('../dist/transmit/index.js');
const { createCore, createOperations } = await import('../dist/operations/index.js');
const { median } = await import('./lib.mjs');

const db = openDatabase(dbPath);
const core = createCore(db, { access: allowAll, pseudonymiser: hmacPseudonymiser(Buffer.alloc(32, 1)) });
const app = render(
  React.createElement(App, {
    core,
    ops: createOperations(core),
    user: 'bench',
    lang: 'en',
    size: { rows: 30, columns: 100 },
  }),
);
const frame = () => app.lastFrame() ?? '';
const tick = () => new Promise((r) => setImmediate(r));
/**
 * Milliseconds from writing `key` to the next changed frame.
 * @param {string} key
 */
async function press(key) {
  const before = frame();
  const t0 = performance.now();
  app.stdin.write(key);
  for (let i = 0; i < 100000 && frame() === before; i++) await tick();
  if (frame() === before) throw new Error(`the key ${JSON.stringify(key)} changed nothing on the screen:\n${frame()}`);
  return performance.now() - t0;
}
await tick();
await tick();
const K = { down: '\u001B[B', up: '\u001B[A', pgdn: '\u001B[6~', enter: '\r', esc: '\u001B' };
/** @type {Record<string, number[]>} */
const samples = {};
/**
 * @param {string} name
 * @param {string} key
 * @param {number} n
 */
const measure = async (name, key, n) => {
  samples[name] = [];
  for (let i = 0; i < n; i++) samples[name].push(await press(key));
};
if (what === 'table') {
  for (let i = 0; i < 5; i++) await press('j'); // warm up
  await measure('scroll (j)', 'j', 40);
  await measure('page (PgDn)', K.pgdn, 20);
  samples['jump to end / start (G, g)'] = [];
  for (let i = 0; i < 5; i++) samples['jump to end / start (G, g)'].push(await press('G'), await press('g'));
  await press('/');
  samples['filter (typing)'] = [];
  for (const ch of '8504021') samples['filter (typing)'].push(await press(ch));
} else {
  // the newest open FP registration, in its form
  /** @param {...string} keys */
  const setup = async (...keys) => {
    for (const k of keys) {
      app.stdin.write(k);
      for (let i = 0; i < 200; i++) await tick();
    }
  };
  await setup('t', 'y', 'y', 'y', 'y', K.enter);
  if (!/FP · Hospitalisation with FFR and PCI/.test(frame())) throw new Error(`the FP form did not open:\n${frame()}`);
  await setup(K.pgdn, K.pgdn);
  await measure('next field (↓)', K.down, 12);
  samples['next / previous step (PgDn, PgUp)'] = [];
  for (let i = 0; i < 4; i++) samples['next / previous step (PgDn, PgUp)'].push(await press(K.pgdn), await press('\u001B[5~'));
  // the admission step's height: a number field, typed into
  await setup('\u001B[5~', '\u001B[5~', '\u001B[5~', '\u001B[5~', '\u001B[5~', '\u001B[5~', K.pgdn, K.pgdn, K.down, K.down, '\u0018');
  if (!/› Height.*▏/.test(frame())) throw new Error(`the height field is not focused:\n${frame()}`);
  samples['type a digit'] = [];
  for (let i = 0; i < 12; i++) samples['type a digit'].push(await press(String(1 + (i % 9))));
}
const all = Object.values(samples).flat();
console.log(
  JSON.stringify({ median: median(all), byKey: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, +median(v).toFixed(2)])) }),
);
app.unmount();
db.close();
process.exit(0);
