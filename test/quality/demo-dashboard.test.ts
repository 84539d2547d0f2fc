/**
 * The demo database gives a dashboard worth looking at: a bulk demo (written from templates, each
 * registration with its own clinical story) shows a cath lab's rates as PCI registries report
 * them, four operators of different volumes, the smallest flagged for its access-site
 * complications, and sends that mostly follow the discharge within a month. Each demo
 * registration's facts and counts of required answers are those of its own answers.
 */
import { describe, expect, test } from 'vitest';
import { formOf, type TypeCode } from '../../src/registry/index.js';
import { FACT_COLUMNS, factsOf } from '../../src/store/index.js';
import { completeness, type Data } from '../../src/validation/index.js';
import { freshCore } from '../helpers/db.js';

describe('the demo database on the dashboard', () => {
  const { core, ops } = freshCore();
  // More than the bulk threshold: written from templates, as `angio demo --records 1000000` is.
  const made = ops.createDemo('tester', { records: 6000, seed: 7 });
  const report = ops.qualityReport('tester', { period: { from: '2024-07', to: '2026-06' }, asOf: '2026-11-26' });
  const value = (id: string) => report.indicators.find((i) => i.id === id)!.overall.value!;

  test('the bulk path wrote it', () => {
    expect(made.created).toBe(6000);
  });

  test.each([
    // id, low, high: the ranges PCI registries report (docs/quality.md), wide enough for one seed.
    ['radial', 0.75, 0.95],
    ['des', 0.9, 1],
    ['success', 0.8, 0.97],
    ['elective.no-test', 0.1, 0.5],
    ['stemi.d2w.direct', 0.55, 0.95],
    ['stemi.d2w.transfer', 0.55, 0.95],
    ['stemi.d2w.median', 35, 80],
    ['stemi.o2w', 90, 300],
    ['mortality', 0.01, 0.06],
    ['mortality.stemi', 0.02, 0.12],
    ['mortality.elective', 0, 0.02],
    ['complication.access', 0.005, 0.05],
    ['contrast', 100, 200],
  ])('%s lies between %d and %d', (id, low, high) => {
    expect(value(id)).toBeGreaterThanOrEqual(low);
    expect(value(id)).toBeLessThanOrEqual(high);
  });

  test('patients with eGFR under 30 get less contrast (median) than the others', () => {
    expect(value('contrast.egfr30')).toBeLessThan(value('contrast'));
  });

  test('four first operators of different volumes; the smallest is flagged for its access-site complications', () => {
    const stays = report.operators.map((o) => o.stays);
    expect(stays).toHaveLength(4);
    expect([...stays].sort((a, b) => b - a)).toEqual(stays);
    expect(new Set(stays).size).toBe(4);
    const smallest = report.operators.at(-1)!;
    expect(smallest.rates.find((r) => r.id === 'complication.access')!.position).toBe('high');
    expect(smallest.flagged).toBe(true);
  });

  test('sent mostly within a month of discharge, a few months late for some', () => {
    const t = report.dataQuality.timeliness;
    expect(t.medianDays).toBeGreaterThanOrEqual(5);
    expect(t.medianDays).toBeLessThanOrEqual(30);
    expect(t.share30).toBeGreaterThan(0.5);
    expect(t.share30).toBeLessThan(0.95);
  });

  test("every registration's facts and required counts are those of its own answers", () => {
    const rows = core.db
      .prepare(
        `SELECT r.type, r.data, r.required_filled AS filled, r.required_total AS total, ${FACT_COLUMNS.map((c) => `f.${c}`).join(', ')}
        FROM registrations r JOIN registration_facts f ON f.registration_id = r.id`,
      )
      .all() as ({ type: TypeCode; data: string; filled: number; total: number } & Record<string, unknown>)[];
    const wrong = rows.flatMap((r) => {
      const data = JSON.parse(r.data) as Data;
      const counts = completeness(formOf(r.type), data);
      const facts = factsOf(r.type, data);
      const differ = FACT_COLUMNS.filter((c, i) => facts[i] !== r[c]).map(
        (c) => `${c}: ${String(r[c])} ≠ ${String(facts[FACT_COLUMNS.indexOf(c)])}`,
      );
      if (counts.filled !== r.filled || counts.total !== r.total)
        differ.push(`required ${r.filled}/${r.total} ≠ ${counts.filled}/${counts.total}`);
      return differ.length ? [differ.join(', ')] : [];
    });
    expect(rows.length).toBeGreaterThan(1000);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
