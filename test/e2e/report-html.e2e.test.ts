/**
 * End to end, in a real browser: the HTML report `angio report --html` writes for the quality
 * meeting opens in headless Chromium (Debian's, which CI installs) with its charts and figures,
 * and makes no network request. Chromium is pointed at a proxy this test serves: any request the
 * page makes reaches it. A page that does load a remote image shows that the proxy sees it.
 * Without Chromium the test fails and says so: a browser test that skips proves nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { qualityDataset } from '../quality/dataset.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
let dir: string;
let proxy: Server;
const sockets = new Set<Socket>();
/** What reached the proxy: plain requests by URL, HTTPS tunnels by host. */
const seen: string[] = [];
/**
 * The browser's own calls home (sign-in, time, connectivity, Android sync), which no flag fully silences in
 * headless Chromium: they come from the browser, whatever page it shows, so they are not the
 * page's requests. The file itself holds no address at all (checked below).
 */
const BROWSER_OWN = /^(CONNECT )?(https?:\/\/)?([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)[:/]/;
const pageRequests = (from: number) => seen.slice(from).filter((s) => !BROWSER_OWN.test(s));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'angio-html-'));
  proxy = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(404).end();
  });
  proxy.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.destroy();
  });
  proxy.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => proxy.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** The DOM of a page once loaded, as headless Chromium sees it, every request sent to the test's proxy. */
function dumpDom(file: string, profile: string): Promise<string> {
  const port = (proxy.address() as AddressInfo).port;
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--no-pings',
    '--metrics-recording-only',
    '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,SignInProfileCreation,AccountConsistency',
    `--user-data-dir=${join(dir, profile)}`,
    `--proxy-server=http://127.0.0.1:${port}`,
    // Even names that would resolve locally go through the proxy, so nothing escapes it.
    '--proxy-bypass-list=<-loopback>',
    '--virtual-time-budget=3000',
    '--dump-dom',
    pathToFileURL(file).href,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: dir } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && out.includes('</html>')) resolve(out);
      else reject(new Error(`Chromium exited ${code}: ${err.slice(-2000)}`));
    });
  });
}

describe('the HTML report in a real browser', () => {
  test('Chromium is installed (Debian package chromium; CI installs it)', () => {
    expect(existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}: install Debian's "chromium" package or set CHROMIUM to its path.`).toBe(true);
  });

  test('a page that loads a remote image is seen by the proxy (the check below can fail)', async () => {
    const page = join(dir, 'probe.html');
    writeFileSync(page, '<!DOCTYPE html><html><body><img src="http://report-probe.example/pixel.png"></body></html>');
    const before = seen.length;
    await dumpDom(page, 'probe');
    expect(pageRequests(before)).toEqual(['http://report-probe.example/pixel.png']);
  }, 90_000);

  test('the report opens with its charts and figures, and makes no request', async () => {
    const db = join(dir, 'angio.db');
    qualityDataset({ path: db }).core.db.close();
    const file = join(dir, 'quality.html');
    const r = angio(['report', '--from', '2026-01', '--to', '2026-12', '--as-of', '2026-11-26', '--html', file], {
      ANGIO_DB: db,
      ANGIO_LANG: 'en',
    });
    expect(r.stderr).toBe('');
    const html = readFileSync(file, 'utf8');
    // Nothing in the file could be fetched: no http(s) address, no script, a policy that forbids fetching.
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<iframe|<object|@import|url\(/i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );

    const before = seen.length;
    const dom = await dumpDom(file, 'report');
    expect(pageRequests(before)).toEqual([]);

    // Parsed by the browser: the trend bars (one chart per indicator), the funnel plots with their limits and dots.
    const bars = dom.match(/<svg class="bars"/g) ?? [];
    expect(bars.length).toBeGreaterThanOrEqual(20);
    const funnels = dom.match(/<svg class="funnel"[\s\S]*?<\/svg>/g) ?? [];
    expect(funnels.length).toBeGreaterThan(0);
    for (const f of funnels) {
      expect(f).toContain('class="l95"');
      expect(f).toContain('class="l998"');
      expect(f).toMatch(/<circle [^>]*class="(dot|flag)"/);
    }
    // The figures of the hand-made set (test/quality/indicators.test.ts).
    const text = dom.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toMatch(/Radial access \(procedures\) 66\.7 % 6\/9/);
    expect(text).toMatch(/DES among stents 80\.0 % 8\/10/);
    expect(text).toMatch(/Mortality, NSTEMI — 0\/0; 1 excl\./);
    expect(text).toContain('Per first operator');
    expect(text).toContain('Data quality');
  }, 90_000);
});
