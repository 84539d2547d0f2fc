/**
 * `angio report` through the built binary, on the hand-made set of test/quality/dataset.ts (its
 * figures are worked out there): a support user (read-only) reads the year 2026 as text, CSV,
 * JSON, per operator, and writes the HTML file for the quality meeting, which is never written
 * over without --force. Each wrong option is refused with its name and the reason. The report is
 * made as of 2026-11-26 (--as-of), whatever day the test runs.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { expectEach } from '../helpers/expect-each.js';
import { PHYSICIAN_A, PHYSICIAN_B } from '../helpers/fixtures.js';
import { qualityDataset } from '../quality/dataset.js';

const YEAR = ['--from', '2026-01', '--to', '2026-12', '--as-of', '2026-11-26'];
let dir: string;
let env: Record<string, string>;

// One database for the whole story (the helpers' temporary folders last one test only).
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'angio-report-'));
  const path = join(dir, 'angio.db');
  qualityDataset({ path, roles: { tester: 'staff', help: 'support' } }).core.db.close();
  env = { ANGIO_DB: path, ANGIO_USER: 'help', ANGIO_LANG: 'en' };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('angio report', () => {
  test('support reads the year by quarter: every section, the figures with what they counted, "—" for nothing to divide', () => {
    const r = angio(['report', ...YEAR], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('ANGIO quality report · 2026-01 to 2026-12 · as of 2026-11-26');
    expect(lines.find((l) => l.includes('2026-Q1'))).toMatch(/period\s+2026-Q1\s+2026-Q2\s+2026-Q3\s+2026-Q4$/);
    for (const section of ['Volumes', 'Process', 'STEMI primary PCI', 'Outcomes (in hospital)', 'One-year follow-up', 'Data quality'])
      expect(lines).toContain(section);
    const row = (title: string) => lines.find((l) => l.trimStart().startsWith(title)) ?? '';
    // Radial: 6 of 9 procedures; by quarter 1/2, 2/3, 2/3, 1.
    expect(row('Radial access')).toMatch(/66\.7 % \(6\/9\)\s+50\.0 %\s+66\.7 %\s+66\.7 %\s+100\.0 %$/);
    // DES: Q4 has no stent: "—", not 0 %.
    expect(row('DES among stents')).toMatch(/80\.0 % \(8\/10\)\s+33\.3 %\s+100\.0 %\s+100\.0 %\s+—$/);
    // The only NSTEMI has no discharge status: nothing to divide, and its exclusion said.
    expect(row('Mortality, NSTEMI')).toMatch(/— \(0\/0; 1 excl\.\)/);
    expect(row('Contrast per PCI stay')).toMatch(/150 ml \(n 7; 1 excl\.\)/);
    expect(row('PCI stays (P, FP)')).toMatch(/^\s*PCI stays \(P, FP\)\s+8\s+2\s+3\s+2\s+1$/);
    expect(row('Discharge → sent')).toContain('median 106 days, within 30 days 50.0 % (1/2)');
  });

  test('by month as CSV: one row per indicator and month, and the whole period; an empty cell where there is no value', () => {
    const r = angio(['report', ...YEAR, '--by', 'month', '--csv'], env);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const radial = rows.filter((x) => x.indicator === 'radial');
    expect(radial.map((x) => x.bucket)).toEqual(['all', ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)]);
    expect(radial[0]).toMatchObject({ value: '0.666667', numerator: '6', denominator: '9', excluded: '0' });
    const nstemi = rows.find((x) => x.indicator === 'mortality.nstemi' && x.bucket === 'all')!;
    expect(nstemi).toMatchObject({ value: '', numerator: '0', denominator: '0', excluded: '1' });
  });

  test('as JSON: each indicator with its definition, fields and source', () => {
    const r = angio(['report', ...YEAR, '--json'], env);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as {
      period: { from: string; to: string };
      buckets: string[];
      indicators: {
        id: string;
        source: string;
        fields: string[];
        overall: { value: number | null; numerator: number; denominator: number };
      }[];
    };
    expect(j.period).toEqual({ from: '2026-01', to: '2026-12' });
    expect(j.buckets).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(j.indicators.find((i) => i.id === 'des')!.overall).toMatchObject({ value: 0.8, numerator: 8, denominator: 10 });
    expect(j.indicators.find((i) => i.id === 'mortality.nstemi')!.overall.value).toBeNull();
    expectEach(j.indicators, (i) => i.source.length > 0 && i.fields.length > 0);
  });

  test('per first operator: stays, procedures and each rate beside the lab rate, with the funnel legend', () => {
    const r = angio(['report', ...YEAR, '--by', 'operator'], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.startsWith(PHYSICIAN_A))).toMatch(new RegExp(`^${PHYSICIAN_A}\\s+5\\s+6\\s`));
    // B's access-site complication rate (1 of 2) lies between the 95 % and 99.8 % limits: △.
    expect(lines.find((l) => l.startsWith(PHYSICIAN_B))).toMatch(/^10023464580\s+2\s+2\s.*50\.0 % △/);
    expect(r.stdout).toContain('lab rate: Radial access 66.7 %');
    expect(r.stdout).toContain('△/▽ between the 95 % and 99.8 % limits');
  });

  test("in the user's language", () => {
    const r = angio(['report', ...YEAR, '--lang', 'nl'], env);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('ANGIO-kwaliteitsrapport · 2026-01 tot 2026-12 · op 2026-11-26');
    expect(r.stdout).toContain('Radiale toegang (procedures)');
    expect(r.stdout).toContain('Kwaliteit van de gegevens');
    // The help wraps at the terminal's width: read as one line.
    const help = angio(['report', '--help', '--lang', 'nl'], env).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('kwaliteitsindicatoren, datakwaliteit en cijfers per operator van een periode (hele maanden)');
    expect(help).toContain('één zelfstandig HTML-bestand schrijven');
  });

  test('the HTML file: written once, 0600, refused over an existing file without --force, replaced with it', () => {
    const file = join(dir, 'quality.html');
    const first = angio(['report', ...YEAR, '--html', file], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(`Quality report 2026-01 to 2026-12 written to ${file}.\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('66.7 %');

    writeFileSync(file, 'the minutes of the last meeting');
    const again = angio(['report', ...YEAR, '--html', file], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${file} already exists. Add --force to replace it.`);
    expect(readFileSync(file, 'utf8')).toBe('the minutes of the last meeting');

    expect(angio(['report', ...YEAR, '--html', file, '--force'], env).code).toBe(0);
    // The same report again; only the minute it was made may differ.
    const made = (s: string) => s.replace(/Made by angio on [^;]+;/, '');
    expect(made(readFileSync(file, 'utf8'))).toBe(made(html));
  });

  test.each([
    [['--from', '2026-13'], '--from must be a date yyyy-mm-dd or a month yyyy-mm, not "2026-13".'],
    [['--to', '2026-02-30'], '--to must be a date yyyy-mm-dd or a month yyyy-mm, not "2026-02-30".'],
    [['--from', '2026-06', '--to', '2026-01-31'], '--from (2026-06) is after --to (2026-01): the period would be empty.'],
    [['--as-of', '26/11/2026'], '--as-of must be a date yyyy-mm-dd, not "26/11/2026".'],
    [['--by', 'week'], '--by must be quarter, month or operator, not "week".'],
    [['--json', '--csv'], 'Choose one of --json, --csv and --html.'],
    [['--force'], '--force replaces an --html file: give --html FILE too.'],
  ])('%j is refused, naming the option and the reason', (args, message) => {
    const r = angio(['report', ...args], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  test('a refusal in French when the user reads French', () => {
    const r = angio(['report', '--from', '2026-13', '--lang', 'fr'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from doit être une date aaaa-mm-jj ou un mois aaaa-mm, pas « 2026-13 ».');
  });
});
