/**
 * The curl session of docs/api.md, run as an integrator would run it: the built binary's
 * `angio serve` on loopback over a database made by `angio init`, the documented blocks run in
 * order by bash with the real curl, and each answer compared with the one the page shows. A
 * change to the API that the page does not follow fails here, not at an integrator's desk.
 *
 * How the page shortens an answer, and how it is compared:
 * - a ```text block is the output exactly;
 * - a ```json block is the JSON body; a ```http block is the status line, some headers (each must
 *   be there with that value) and, after a blank line, the JSON body;
 * - in JSON, a key "…" in an object stands for keys left out (without it, the keys are exactly
 *   those shown); an item "…" in a list for items left out there (without one, the lists are as
 *   long); a value "…" for any value;
 * - the values of VARYING keys differ on every run (or every release) and are compared by type.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { angio, BIN } from '../helpers/cli.js';

const PAGE = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
const DOCUMENTED_BASE = 'http://127.0.0.1:8787';
const ELIDED = '…';

/** Keys whose values the page cannot know: the moment, a random code, the secret's pseudonym, the schema and release. */
const VARYING = new Set(['createdAt', 'updatedAt', 'registrationCode', 'businessKey', 'schemaVersion', 'version']);

interface Step {
  command: string;
  expected?: { kind: 'text' | 'json' | 'http'; body: string };
}

/** The blocks of the page's section "A session with curl": each sh block, and the output block right after it. */
function sessionSteps(): Step[] {
  const start = PAGE.indexOf('\n## A session with curl\n');
  const end = PAGE.indexOf('\n## ', start + 1);
  const section = PAGE.slice(start, end === -1 ? undefined : end);
  const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1]!,
    body: m[2]!,
    from: m.index,
    to: m.index + m[0].length,
  }));
  const steps: Step[] = [];
  for (const [i, b] of blocks.entries()) {
    if (b.lang === 'sh') steps.push({ command: b.body });
    else if ((b.lang === 'text' || b.lang === 'json' || b.lang === 'http') && blocks[i - 1]?.lang === 'sh') {
      // An output belongs to the command just above it, with nothing but blank lines between.
      expect(section.slice(blocks[i - 1]!.to, b.from).trim(), `the text before the ${b.lang} block at ${b.from}`).toBe('');
      steps.at(-1)!.expected = { kind: b.lang, body: b.body };
    } else throw new Error(`a ${b.lang || 'plain'} block in the session that follows no command: ${b.body.slice(0, 60)}`);
  }
  return steps;
}

/** Where the documented JSON differs from the real one, each as "path: what". */
function differences(documented: unknown, real: unknown, path = '$', key = ''): string[] {
  if (documented === ELIDED) return [];
  if (VARYING.has(key))
    return typeof documented === typeof real ? [] : [`${path}: a ${typeof documented} on the page, ${JSON.stringify(real)}`];
  if (Array.isArray(documented)) {
    if (!Array.isArray(real)) return [`${path}: a list on the page, ${JSON.stringify(real)?.slice(0, 80)}`];
    return listDifferences(documented, real, path);
  }
  if (typeof documented === 'object' && documented !== null) {
    if (typeof real !== 'object' || real === null || Array.isArray(real))
      return [`${path}: an object on the page, ${JSON.stringify(real)?.slice(0, 80)}`];
    const d = documented as Record<string, unknown>;
    const r = real as Record<string, unknown>;
    const out = Object.keys(d)
      .filter((k) => k !== ELIDED)
      .flatMap((k) => (k in r ? differences(d[k], r[k], `${path}.${k}`, k) : [`${path}.${k}: on the page, not in the answer`]));
    if (!(ELIDED in d))
      out.push(
        ...Object.keys(r)
          .filter((k) => !(k in d))
          .map((k) => `${path}.${k}: in the answer, not on the page (or "…")`),
      );
    return out;
  }
  return documented === real ? [] : [`${path}: ${JSON.stringify(documented)} on the page, ${JSON.stringify(real)}`];
}

/** The page's items in the answer's list, in order; "…" skips any number of the answer's items. */
function listDifferences(documented: unknown[], real: unknown[], path: string): string[] {
  let j = 0;
  let skipping = false;
  for (const [i, item] of documented.entries()) {
    if (item === ELIDED) {
      skipping = true;
      continue;
    }
    if (skipping) {
      while (j < real.length && differences(item, real[j], `${path}[${j}]`).length) j++;
      if (j === real.length) return [`${path}: item ${i} of the page is not in the answer: ${JSON.stringify(item).slice(0, 80)}`];
    } else {
      if (j >= real.length) return [`${path}: the answer has ${real.length} items, the page more`];
      const d = differences(item, real[j], `${path}[${j}]`);
      if (d.length) return d;
    }
    j++;
    skipping = false;
  }
  return skipping || j === real.length ? [] : [`${path}: the answer has ${real.length} items, the page ${j} (or a "…")`];
}

const json = (text: string, what: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what} is not JSON: ${text.slice(0, 200)}`);
  }
};

/** An HTTP answer as curl -i prints it: the status line and headers, and the body after the first blank line. */
function headAndBody(text: string): [string, string] {
  const blank = text.indexOf('\n\n');
  return blank === -1 ? [text, ''] : [text.slice(0, blank), text.slice(blank + 2)];
}

/** Where a step's real output differs from the page's. */
function outputDifferences(expected: NonNullable<Step['expected']>, output: string): string[] {
  if (expected.kind === 'text')
    return output.trim() === expected.body.trim() ? [] : [`the page says ${expected.body.trim()}, the output is ${output.trim()}`];
  if (expected.kind === 'json') return differences(json(expected.body, 'the page'), json(output, 'the answer'));
  const [pageHead, pageBody] = headAndBody(expected.body);
  const [realHead, realBody] = headAndBody(output.replace(/\r/g, ''));
  const [pageStatus, ...pageHeaders] = pageHead!.trim().split('\n');
  const [realStatus, ...realHeaders] = realHead!.trim().split('\n');
  const header = (lines: string[], name: string) =>
    lines.find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.replace(/^[^:]+:\s*/, '');
  const out = pageStatus === realStatus ? [] : [`status: ${pageStatus} on the page, ${realStatus}`];
  for (const line of pageHeaders) {
    const [name, value] = [line.split(':')[0]!, line.replace(/^[^:]+:\s*/, '')];
    if (header(realHeaders, name) !== value) out.push(`header ${name}: ${value} on the page, ${header(realHeaders, name)}`);
  }
  return [...out, ...differences(json(pageBody, 'the page'), json(realBody, 'the answer'))];
}

let server: ChildProcess | undefined;
let base = '';
let dir = '';
let env: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'angio-docs-session-'));
  env = { ANGIO_DB: join(dir, 'angio.db') };
  const init = angio(['init'], env);
  expect(init.code, init.stderr).toBe(0);
  server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    env: { ...process.env, ANGIO_USER: 'tester', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let said = '';
    server!.stdout!.on('data', (d: Buffer) => {
      said += d.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(said);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    server!.stderr!.on('data', (d: Buffer) => (said += d.toString()));
    server!.on('exit', (code) => reject(new Error(`angio serve stopped (${code}): ${said}`)));
  });
}, 60_000);

afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const stopped = new Promise((resolve) => server!.once('exit', resolve));
  server.kill('SIGTERM');
  await stopped;
});

/** Runs the steps in one bash, so that what one sets (TOKEN, p.json) the next has; the output of each. */
async function run(steps: Step[]): Promise<string[]> {
  const marker = (i: number) => `@@ step ${i} @@`;
  const script = [
    `angio() { "${process.execPath}" "${BIN}" "$@"; }`,
    'exec 2>&1',
    ...steps.map((s, i) => `echo '${marker(i)}'\n${s.command.replaceAll(DOCUMENTED_BASE, base)}`),
    `echo '${marker(steps.length)}'`,
  ].join('\n');
  const output = await new Promise<string>((resolve, reject) => {
    const bash = spawn('bash', ['-c', script], {
      cwd: dir,
      env: { ...process.env, ANGIO_USER: 'tester', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    bash.stdout.on('data', (d: Buffer) => (out += d.toString()));
    bash.stderr.on('data', (d: Buffer) => (out += d.toString()));
    bash.on('error', reject);
    bash.on('close', () => resolve(out));
  });
  return steps.map((_, i) => {
    const from = output.indexOf(`${marker(i)}\n`);
    const to = output.indexOf(`${marker(i + 1)}\n`);
    if (from === -1 || to === -1) throw new Error(`step ${i} did not finish: ${output.slice(-400)}`);
    return output.slice(from + marker(i).length + 1, to);
  });
}

/** A step named by its curl command's first line (or its first line). */
const label = (command: string) => {
  const lines = command.trim().split('\n');
  return (lines.find((l) => l.includes('curl ')) ?? lines[0]!).slice(0, 100);
};

test('the curl session of docs/api.md gives the answers the page shows, from discovery to the registration code', async () => {
  const steps = sessionSteps();
  const checked = steps.filter((s) => s.expected);
  expect(checked.length).toBeGreaterThan(10);
  expect(steps.some((s) => s.command.includes('/registrations/1/send'))).toBe(true);
  const outputs = await run(steps);
  const wrong = steps.flatMap((s, i) =>
    s.expected ? outputDifferences(s.expected, outputs[i]!).map((d) => `${label(s.command)} → ${d}`) : [],
  );
  expect(wrong).toEqual([]);
}, 120_000);

test('the comparison itself notices a wrong value, a missing key, an extra key and a missing item', () => {
  expect(differences({ a: 1, b: [1, ELIDED] }, { a: 1, b: [1, 2, 3] })).toEqual([]);
  expect(differences({ a: 1 }, { a: 2 })).toEqual(['$.a: 1 on the page, 2']);
  expect(differences({ a: 1, [ELIDED]: ELIDED }, { b: 1 })).toEqual(['$.a: on the page, not in the answer']);
  expect(differences({ a: 1 }, { a: 1, b: 2 })).toEqual(['$.b: in the answer, not on the page (or "…")']);
  expect(differences([ELIDED, { id: 'X' }, ELIDED], [{ id: 'A' }, { id: 'B' }])).toHaveLength(1);
  expect(differences([1, 2], [1, 2, 3])).toHaveLength(1);
  expect(differences({ createdAt: '2026-03-10T08:00:00Z' }, { createdAt: '2027-01-01T00:00:00Z' })).toEqual([]);
  expect(differences({ createdAt: '2026-03-10T08:00:00Z' }, { createdAt: null })).toHaveLength(1);
});
