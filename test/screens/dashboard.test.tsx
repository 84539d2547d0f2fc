/**
 * The quality dashboard in the real App, on real SQLite, with the clock at 2026-11-26: opened
 * from the table, its figures are the qualityReport operation's on the hand-made set of
 * test/quality/dataset.ts, it moves between periods, shows an indicator's definition and the
 * registrations behind its numerator and opens one, a support user can use it, it fits 80×24
 * and it reads without colour.
 */
import { stripVTControlCharacters } from 'node:util';
import chalk from 'chalk';
import { cleanup, render } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { say } from '../../src/messages.js';
import { App } from '../../src/screens/app.js';
import { indicatorById, INDICATORS, valueText, type Report } from '../../src/quality/index.js';
import type { Core, Operations } from '../../src/operations/index.js';
import type { Lang } from '../../src/registry/index.js';
import { freshCore } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';
import { completeP, PHYSICIAN_A, PHYSICIAN_B } from '../helpers/fixtures.js';
import { KEY } from '../helpers/screen.js';
import { qualityDataset } from '../quality/dataset.js';

const LEFT = '\u001B[D';
const RIGHT = '\u001B[C';

afterEach(async () => {
  await act(async () => {
    cleanup();
  });
});

/** The App over a core, as the user, in a terminal of the given size (as test/helpers/screen.tsx does, on a given core). */
async function open(core: Core, ops: Operations, o: { user?: string; rows?: number; columns?: number; lang?: Lang } = {}) {
  let r!: ReturnType<typeof render>;
  await act(async () => {
    r = render(
      <App core={core} ops={ops} user={o.user ?? 'tester'} lang={o.lang ?? 'en'} size={{ rows: o.rows ?? 24, columns: o.columns ?? 80 }} />,
    );
  });
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      await act(async () => {
        r.stdin.write(k);
      });
      await act(async () => {
        await new Promise((resolve) => setImmediate(resolve));
      });
    }
  };
  const frame = () => stripVTControlCharacters(r.lastFrame() ?? '');
  return { press, frame, raw: () => r.lastFrame() ?? '', lines: () => frame().split('\n') };
}

/** The line of the frame that shows an indicator (its title, as the dashboard cuts it). */
const lineOf = (lines: string[], title: string) => lines.find((l) => l.slice(1).startsWith(title.slice(0, 30)));

/** What the dashboard must show for an indicator of a report: its period value, what it counted, each bucket's value. */
function expectedCells(report: Report, id: string) {
  const ind = indicatorById(id)!;
  const res = report.indicators.find((i) => i.id === id)!;
  const counted =
    ind.kind === 'rate'
      ? `${res.overall.numerator}/${res.overall.denominator}`
      : ind.kind === 'median'
        ? `n ${res.overall.denominator}`
        : '';
  return {
    title: ind.title.en,
    value: valueText(ind, res.overall.value),
    counted,
    buckets: res.buckets.map((b) => valueText(ind, b.figure.value)),
  };
}

describe('the quality dashboard', () => {
  test('r in the table opens it on the four quarters up to this month; Esc goes back to the table', async () => {
    const d = qualityDataset();
    const app = await open(d.core, d.ops);
    expect(app.frame()).toContain('r:quality');
    await app.press('r');
    expect(app.lines()[0]).toBe('Quality dashboard · 2026-Q1 – 2026-Q4 · by quarter · as of 26/11/2026');
    expect(app.frame()).toContain('[Indicators]');
    expect(app.frame()).toMatch(/›PCI stays \(P, FP\) +8 /);
    await app.press(KEY.esc);
    expect(app.frame()).toContain('Open ');
    expect(app.frame()).not.toContain('Quality dashboard');
  });

  test('every figure shown is the qualityReport operation’s: period, counted and each quarter', async () => {
    const d = qualityDataset();
    const report = d.ops.qualityReport('tester', { period: { from: '2026-01', to: '2026-11' }, by: 'quarter' });
    const app = await open(d.core, d.ops, { rows: 50, columns: 100 });
    await app.press('r');
    const lines = app.lines();
    const rows = INDICATORS.map((ind) => ({ id: ind.id, line: lineOf(lines, ind.title.en), ...expectedCells(report, ind.id) }));
    expectEach(
      rows,
      (x) =>
        x.line !== undefined &&
        new RegExp(
          ` ${x.value.replace('.', '\\.')} +${x.counted.replace('/', '\\/')} +\\S{4} +${x.buckets.map((b) => b.replace('.', '\\.')).join(' +')}$`,
        ).test(x.line.trimEnd()),
      'indicator line',
    );
    // Worked out by hand in test/quality/indicators.test.ts: radial 6 of 9 procedures; no stent in Q4 and
    // no NSTEMI with a discharge status: nothing to divide by is "—", never 0 %.
    expect(lineOf(lines, 'Radial access')).toMatch(/66\.7 % +6\/9 +▄▆▆█ +50\.0 % +66\.7 % +66\.7 % +100\.0 %$/);
    expect(lineOf(lines, 'DES among stents')).toMatch(/80\.0 % +8\/10 +▃██· +33\.3 % +100\.0 % +100\.0 % +—$/);
    expect(lineOf(lines, 'Mortality, NSTEMI')).toMatch(/ — +0\/0 +···· +— +— +— +—$/);
  });

  test('← → move by a period, p chooses quarters, months or a year, and each shows the operation’s figures', async () => {
    const d = qualityDataset();
    const app = await open(d.core, d.ops, { rows: 30, columns: 100 });
    await app.press('r', LEFT);
    expect(app.lines()[0]).toContain('2025-Q4 – 2026-Q3 · by quarter');
    const earlier = d.ops.qualityReport('tester', { period: { from: '2025-10', to: '2026-09' }, by: 'quarter' });
    const stays = expectedCells(earlier, 'volume.pci');
    expect(stays.value).toBe('7');
    expect(lineOf(app.lines(), 'PCI stays')).toMatch(new RegExp(` ${stays.value} .* ${stays.buckets.at(-1)}$`));

    await app.press('p');
    expect(app.lines()[0]).toContain('2025-10 – 2026-09 · by month');
    const months = d.ops.qualityReport('tester', { period: { from: '2025-10', to: '2026-09' }, by: 'month' });
    expect(lineOf(app.lines(), 'Radial access')).toContain(` ${expectedCells(months, 'radial').value} `);
    expect(app.frame()).toContain('per month');

    await app.press('p');
    expect(app.lines()[0]).toContain('2026 · calendar year');
    await app.press(RIGHT);
    expect(app.frame()).toContain('This is the latest period: it ends this month.');
    await app.press(LEFT);
    expect(app.lines()[0]).toContain('2025 · calendar year');
    // 2025 holds the two PCI stays whose follow-ups fell due in 2026 (R12, R14).
    expect(lineOf(app.lines(), 'PCI stays')).toMatch(/ 2 /);
  });

  test('Enter on an indicator shows its definition and the registrations behind its numerator; Enter opens one', async () => {
    const d = qualityDataset();
    const app = await open(d.core, d.ops);
    await app.press('r', 'j', 'j', 'j', 'j', 'j');
    expect(app.frame()).toMatch(/›Radial access/);
    await app.press(KEY.enter);
    const f = app.frame();
    expect(f).toContain('Radial access (procedures) · 2026-Q1 – 2026-Q4');
    expect(f).toContain('66.7 % · numerator 6 · denominator 9 · excluded 0');
    expect(f).toMatch(/Numerator +PCI procedures through the radial artery/);
    expect(f).toMatch(/Denominator +PCI procedures whose access site is answered/);
    expect(f).toMatch(/Excluded +procedures without an access site/);
    expect(f).toMatch(/Source +ESC 2023 ACS guideline/);
    const behind = d.ops.qualityBehind('tester', { indicator: 'radial', period: { from: '2026-01', to: '2026-11' } });
    // The radial stays: R1 R3 R5 R6 R10 R15 (R2 and R4 were femoral).
    const { r1, r3, r5, r6, r10, r15 } = d.ids;
    expect(behind.map((b) => b.id).sort((a, b) => a - b)).toEqual([r1, r3, r5, r6, r10, r15].sort((a, b) => a - b));
    expect(f).toContain(`Registrations behind the numerator: ${behind.length}`);
    const shown = app.lines().filter((l) => /^[ ›]#\d+ /.test(l));
    expect(shown.map((l) => Number(/#(\d+)/.exec(l)![1]))).toEqual(behind.slice(0, shown.length).map((b) => b.id));
    // The newest first: R10 (admitted in October, still Open) opens in its form.
    expect(behind[0]!.id).toBe(r10);
    await app.press(KEY.enter);
    expect(app.frame()).toMatch(new RegExp(`#${r10} P · .* · open`));
    await app.press(KEY.esc);
    expect(app.frame()).toContain('Radial access (procedures) · 2026-Q1 – 2026-Q4');
    // A Sent one opens read-only, as from the table.
    const sentRow = behind.findIndex((b) => b.status === 'sent');
    expect(sentRow).toBeGreaterThan(0);
    await app.press(...Array<string>(sentRow).fill('j'), KEY.enter);
    expect(app.frame()).toContain(`#${behind[sentRow]!.id} P`);
    expect(app.frame()).toContain('Read-only');
    await app.press(KEY.esc, KEY.esc);
    expect(app.frame()).toMatch(/›Radial access/);
  });

  test('a figure changed through a registration opened from the dashboard shows when coming back', async () => {
    const d = qualityDataset();
    const app = await open(d.core, d.ops, { rows: 30, columns: 100 });
    await app.press('r', 'j', 'j', 'j', 'j', 'j', KEY.enter, KEY.enter);
    // R10, opened from the list, is deleted meanwhile: one radial procedure fewer.
    d.ops.deleteRegistration('tester', { id: d.ids.r10 });
    await app.press(KEY.esc, KEY.esc);
    expect(lineOf(app.lines(), 'Radial access')).toMatch(/62\.5 % +5\/8 /);
  });
});

/** Twenty PCI stays of 2026: ten radial by operator A, ten femoral by operator B; a support user reads. */
function twoOperators() {
  const { core, ops } = freshCore({ roles: { helpdesk: 'support' } });
  for (let i = 0; i < 20; i++) {
    const day = `2026-0${1 + (i % 8)}-1${i % 10}`;
    core.store.create({
      type: 'P',
      user: 'boss',
      data: {
        ...completeP(),
        DT_HOSPZ: day,
        DT_PCI_1: day,
        DT_DISCH: day,
        CD_DOCTOR_INTVNT_CARDIOL_1: i < 10 ? PHYSICIAN_A : PHYSICIAN_B,
        CD_PLC_INTDCR_1: i < 10 ? '3' : '1',
      },
    });
  }
  return { core, ops };
}

describe('the dashboard for everyone who reads', () => {
  test('a support user (read-only) uses it: figures, operators with their funnel limits, registrations opened read-only', async () => {
    const { core, ops } = twoOperators();
    const app = await open(core, ops, { user: 'helpdesk' });
    await app.press('r');
    expect(lineOf(app.lines(), 'PCI stays')).toMatch(/ 20 /);
    await app.press(KEY.tab, KEY.tab);
    expect(app.frame()).toContain('[Operators]');
    // Ten of ten and none of ten around a lab rate of 50 %: both outside the 99.8 % limits.
    expect(app.frame()).toMatch(new RegExp(`›!${PHYSICIAN_A} +10 +10 +100\\.0 %▲`));
    expect(app.frame()).toMatch(new RegExp(` !${PHYSICIAN_B} +10 +10 +0\\.0 %▼`));
    expect(app.frame()).toContain(`${PHYSICIAN_A} · ! flagged`);
    expect(app.frame()).toMatch(/radial 100\.0 % \(10\/10\) · lab 50\.0 % · 95 % \d+\.\d–\d+\.\d · 99\.8 % \d+\.\d–\d+\.\d ▲/);
    await app.press(KEY.tab, 'j', 'j', 'j', 'j', 'j', KEY.enter);
    expect(app.frame()).toContain('Registrations behind the numerator: 10');
    await app.press(KEY.enter);
    expect(app.frame()).toMatch(/Read-only: User "helpdesk" has the role support/);
  });
});

describe('the dashboard writes numbers as the language does', () => {
  test.each([
    ['fr', 'radial', 'labo'],
    ['nl', 'radiaal', 'labo'],
  ] as const)('in %s every rate and limit has a decimal comma, also in the operator’s line', async (lang, radial, lab) => {
    const { core, ops } = twoOperators();
    const app = await open(core, ops, { user: 'helpdesk', lang });
    await app.press('r', KEY.tab, KEY.tab);
    expect(app.frame()).toMatch(new RegExp(`›!${PHYSICIAN_A} +10 +10 +100,0 %▲`));
    expect(app.frame()).toMatch(new RegExp(` !${PHYSICIAN_B} +10 +10 +0,0 %▼`));
    expect(app.frame()).toMatch(
      new RegExp(`${radial} 100,0 % \\(10/10\\) · ${lab} 50,0 % · 95 % \\d+,\\d–\\d+,\\d · 99,8 % \\d+,\\d–\\d+,\\d ▲`),
    );
    expect(app.frame()).not.toMatch(/\d\.\d/);
  });
});

describe('the dashboard on a small terminal and without colour', () => {
  test.each(['en', 'nl', 'fr'] as const)(
    'at 80×24 (%s) no line is wider than 80 columns, in every section and on an indicator',
    async (lang) => {
      const d = qualityDataset();
      const app = await open(d.core, d.ops, { lang });
      const frames: string[] = [];
      await app.press('r');
      frames.push(app.frame());
      await app.press(KEY.pageDown, KEY.pageDown);
      frames.push(app.frame());
      await app.press(KEY.tab);
      frames.push(app.frame());
      await app.press(KEY.tab);
      frames.push(app.frame());
      await app.press(KEY.tab, 'p');
      frames.push(app.frame());
      await app.press(KEY.enter);
      frames.push(app.frame());
      const lines = frames.flatMap((f) => f.split('\n'));
      expectEach(lines, (l) => [...l].length <= 80, 'line');
      // Column headers and the ages of Open registrations are never cut (a long title may be).
      expect(frames[0]!.split('\n')[2]).toContain(say(lang, 'dashboard.col.trend'));
      expect(frames[3]!.split('\n')[2]).toContain(say(lang, 'operators.operator'));
      expectEach(
        frames[2]!.split('\n').filter((l) => /^ {2}\S.* \d+ /.test(l)),
        (l) => !l.includes('…'),
        'line of Open registrations by age',
      );
      expectEach(frames, (f) => f.split('\n').length <= 24, 'frame');
    },
  );

  test('with NO_COLOR no colour is drawn, and flags, selection, sections and missing values read from characters alone', async () => {
    const saved = { level: chalk.level, noColor: process.env.NO_COLOR };
    // Colour on, as in a real terminal, so that this test fails if the screen used any with NO_COLOR.
    chalk.level = 1;
    try {
      const { core, ops } = twoOperators();
      const coloured = await open(core, ops, { user: 'helpdesk' });
      await coloured.press('r', KEY.tab, KEY.tab);
      // eslint-disable-next-line no-control-regex -- the escape sequence of a foreground colour is what is looked for
      expect(coloured.raw()).toMatch(/\u001B\[3[1-7]m/);
      await act(async () => {
        cleanup();
      });
      process.env.NO_COLOR = '1';
      const app = await open(core, ops, { user: 'helpdesk' });
      await app.press('r', KEY.tab, KEY.tab);
      // eslint-disable-next-line no-control-regex -- any foreground colour's escape sequence
      expect(app.raw()).not.toMatch(/\u001B\[(3[0-7]|9[0-7]|38;)/);
      expect(app.frame()).toContain('[Operators]');
      expect(app.frame()).toMatch(/›!\d+ .*▲/);
      expect(app.frame()).toMatch(/ !\d+ .*▼/);
      await app.press(KEY.tab);
      expect(app.frame()).toMatch(/›PCI stays/);
      expect(app.frame()).toMatch(/Contrast if eGFR < 30 \(median\) +— +n 0 +····/);
    } finally {
      chalk.level = saved.level;
      if (saved.noColor === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved.noColor;
    }
  });
});
