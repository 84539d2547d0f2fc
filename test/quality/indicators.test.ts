/**
 * Every indicator on a hand-made set (dataset.ts), its expected values worked out by hand below:
 * numerator, denominator, exclusions, empty periods, and a division by zero shown "—", never 0 %.
 * The clock stands at 2026-11-26; the period is 2026 (quarters Q1-Q4).
 *
 * PCI stays (P, FP) of 2026, by admission: Q1 R1 R2 · Q2 R3 R4 R5 · Q3 R6 (FP, 2 procedures) R15 ·
 * Q4 R10. R9 is deleted; R12 and R14 were admitted in 2025.
 */
import { describe, expect, test } from 'vitest';
import { evaluate, indicatorById, INDICATORS, reportText, valueText, type Report } from '../../src/quality/index.js';
import { qualityDataset } from './dataset.js';

const YEAR = { from: '2026-01', to: '2026-12' };

function figures(r: Report, id: string) {
  const res = r.indicators.find((i) => i.id === id)!;
  return { overall: res.overall, byQuarter: Object.fromEntries(res.buckets.map((b) => [b.key.slice(5), b.figure.value])) };
}
const f = (value: number | null, numerator: number | null, denominator: number | null, excluded: number | null) => ({
  value,
  numerator,
  denominator,
  excluded,
});

describe('quality indicators on a hand-made set', () => {
  const d = qualityDataset();
  const report = d.ops.qualityReport('tester', { period: YEAR });

  test('the two sends of the set went through (their dates feed timeliness)', () => {
    expect(d.sent.map((s) => s.ok)).toEqual([true, true]);
  });

  test('every indicator of the list is in the report, in order', () => {
    expect(report.indicators.map((i) => i.id)).toEqual(INDICATORS.map((i) => i.id));
    expect(report.buckets).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  test.each([
    // R1 R2 | R3 R4 R5 | R6 R15 | R10: the deleted R9 and the 2025 stays do not count.
    ['volume.pci', 8, { Q1: 2, Q2: 3, Q3: 2, Q4: 1 }],
    // One procedure each, two for R6.
    ['volume.procedures', 9, { Q1: 2, Q2: 3, Q3: 3, Q4: 1 }],
    // R6 (FP) and R7 (F), both Q3.
    ['volume.ffr', 2, { Q1: 0, Q2: 0, Q3: 2, Q4: 0 }],
    ['volume.h', 1, { Q1: 1, Q2: 0, Q3: 0, Q4: 0 }],
    // R13 seen 15/02, R11 seen 20/11.
    ['volume.fu', 2, { Q1: 1, Q2: 0, Q3: 0, Q4: 1 }],
  ])('%s counts %i', (id, total, byQuarter) => {
    const x = figures(report, id);
    expect(x.overall.value).toBe(total);
    expect(x.byQuarter).toEqual(byQuarter);
  });

  test.each([
    // Radial: R1 R3 R5 R6(1st) R10 R15 of 9 procedures (R2, R4, R6's 2nd femoral).
    ['radial', f(6 / 9, 6, 9, 0), { Q1: 1 / 2, Q2: 2 / 3, Q3: 2 / 3, Q4: 1 }],
    // Stents: R1 1 DES, R2 2 BMS, R3 R4 R5 1 DES each, R6 2+1 DES, R15 1 DES; R10 none. Q4 has no stent: "—".
    ['des', f(8 / 10, 8, 10, 0), { Q1: 1 / 3, Q2: 1, Q3: 1, Q4: null }],
    // Success (< 20 % and TIMI 3): not R3 (30 %) nor R4 (TIMI 2); R10 has no answers (excluded).
    ['success', f(6 / 8, 6, 8, 1), { Q1: 1, Q2: 1 / 3, Q3: 1, Q4: null }],
    // Elective P/FP: R1 (stress ECG), R2 (no test), R6 (FP: physiology), R15 (tests not answered: excluded).
    ['elective.no-test', f(1 / 3, 1, 3, 1), { Q1: 1 / 2, Q2: null, Q3: 0, Q4: null }],
    // Elective P/F/FP: R1 R2 R6 R7 R15; physiology in R6 (FP) and R7 (F).
    ['elective.physiology', f(2 / 5, 2, 5, 0), { Q1: 0, Q2: null, Q3: 2 / 3, Q4: null }],
    // Direct STEMI: R3 50 min (≤ 60), R5 has no ECG time (excluded).
    ['stemi.d2w.direct', f(1, 1, 1, 1), { Q1: null, Q2: 1, Q3: null, Q4: null }],
    // Transferred: R4 120 min > 90: a real 0 %, not a missing value.
    ['stemi.d2w.transfer', f(0, 0, 1, 0), { Q1: null, Q2: 0, Q3: null, Q4: null }],
    // Discharge status: all but R10 (excluded); R3 died.
    ['mortality', f(1 / 7, 1, 7, 1), { Q1: 0, Q2: 1 / 3, Q3: 0, Q4: null }],
    ['mortality.stemi', f(1 / 3, 1, 3, 0), { Q1: null, Q2: 1 / 3, Q3: null, Q4: null }],
    // The only NSTEMI (R10) has no discharge status: nothing to divide, "—", with its exclusion.
    ['mortality.nstemi', f(null, 0, 0, 1), { Q1: null, Q2: null, Q3: null, Q4: null }],
    ['mortality.elective', f(0, 0, 4, 0), { Q1: 0, Q2: null, Q3: 0, Q4: null }],
    ['mortality.cathlab', f(0, 0, 7, 1), { Q1: 0, Q2: 0, Q3: 0, Q4: null }],
    // R2's access-site bleed; R4's transfusion; R6's unplanned ICU stay; no dialysis. R10 unanswered.
    ['complication.access', f(1 / 7, 1, 7, 1), { Q1: 1 / 2, Q2: 0, Q3: 0, Q4: null }],
    ['complication.bleeding', f(1 / 7, 1, 7, 1), { Q1: 0, Q2: 1 / 3, Q3: 0, Q4: null }],
    ['complication.icu', f(1 / 7, 1, 7, 1), { Q1: 0, Q2: 0, Q3: 1 / 2, Q4: null }],
    ['complication.dialysis', f(0, 0, 7, 1), { Q1: 0, Q2: 0, Q3: 0, Q4: null }],
    // Due in 2026 up to today: R12 (01/02, followed up by R13) and R14 (01/06, not).
    ['followup.done', f(1 / 2, 1, 2, null), { Q1: 1, Q2: 0, Q3: null, Q4: null }],
    // R13 says yes, R11 no.
    ['followup.new-pci', f(1 / 2, 1, 2, 0), { Q1: 1, Q2: null, Q3: null, Q4: 0 }],
    ['followup.new-cabg', f(0, 0, 2, 0), { Q1: 0, Q2: null, Q3: null, Q4: 0 }],
  ])('%s', (id, overall, byQuarter) => {
    const x = figures(report, id);
    expect(x.overall.numerator).toBe(overall.numerator);
    expect(x.overall.denominator).toBe(overall.denominator);
    expect(x.overall.excluded).toBe(overall.excluded);
    if (overall.value === null) expect(x.overall.value).toBeNull();
    else expect(x.overall.value).toBeCloseTo(overall.value, 10);
    for (const [q, v] of Object.entries(byQuarter)) {
      if (v === null) expect(x.byQuarter[q], q).toBeNull();
      else expect(x.byQuarter[q], q).toBeCloseTo(v, 10);
    }
  });

  test.each([
    // Stays with every volume: 120 (R1) 150 (R2) 200 (R3) 250 (R4) 120 (R5) 180 (R6: 100 + 80) 120 (R15): median 150; R10 excluded.
    ['contrast', 150, 7, 1],
    // eGFR < 30: R2 (28) 150 ml and R6 (25) 180 ml: (150 + 180) / 2.
    ['contrast.egfr30', 165, 2, 0],
    // Diagnosis → wire: R3 50, R4 120 (R5 excluded): (50 + 120) / 2.
    ['stemi.d2w.median', 85, 2, 1],
    // Arrival → wire: R3 07:30→08:00 and R5 10:00→10:40; R4 (transfer) 00:40→01:00, after midnight.
    ['stemi.a2w.direct', 35, 2, 0],
    ['stemi.a2w.transfer', 20, 1, 0],
    // Symptoms → wire: R3 120, R4 240 (from the day before); R5 excluded.
    ['stemi.o2w', 180, 2, 1],
  ])('%s: median %d of %d, %d excluded', (id, median, n, excluded) => {
    const x = figures(report, id).overall;
    expect(x).toEqual(f(median, null, n, excluded));
  });

  test('data quality: Open by age since discharge, timeliness, overdue follow-ups, deliveries', () => {
    const q = report.dataQuality;
    // R10 (25 d) | R7 (71 d) | R2 R4 R5 R6 R15 | R12 R14 (2025) | R8 (H), R11 R13 (FU): no discharge date.
    expect(q.open.map((o) => o.n)).toEqual([1, 1, 5, 2, 3]);
    // R1 sent 8 days after discharge, R3 204 days after: median 106, one of two within 30 days.
    expect(q.timeliness).toEqual({ sent: 2, medianDays: 106, within30: 1, share30: 0.5 });
    // R14's follow-up fell due on 01/06/2026: overdue, by more than 90 days.
    expect(q.followUpsOverdue).toEqual({ n: 1, over90: 1 });
    // R1's two items (Healthdata, insurers) wait since 20/03; R3's were made today.
    expect(q.deliveries).toEqual({ failed: 0, pendingOver48h: 2, oldestPending: '2026-03-20T10:00:00.000Z' });
  });

  test('an empty period: counts are 0, every rate and median is "—"', () => {
    const empty = d.ops.qualityReport('tester', { period: { from: '2027-01', to: '2027-03' } });
    for (const res of empty.indicators) {
      const ind = indicatorById(res.id)!;
      expect(res.overall.value, res.id).toBe(ind.kind === 'count' ? 0 : null);
      if (ind.kind !== 'count') expect(valueText(ind, res.overall.value)).toBe('—');
    }
    expect(reportText(empty)).toMatch(/In-hospital mortality after PCI\s+— \(0\/0\)/);
  });

  test('per first operator: volumes, rates beside the lab rate, binomial funnel limits', () => {
    const [a, b] = report.operators;
    // A: R1 R3 R5 R6 R15 (6 procedures); B: R2 R4. R10 has no operator.
    expect([a!.operator, a!.stays, a!.procedures, b!.operator, b!.stays, b!.procedures]).toEqual([
      '10012378580',
      5,
      6,
      '10023464580',
      2,
      2,
    ]);
    const access = b!.rates.find((r) => r.id === 'complication.access')!;
    expect(access.figure).toEqual(f(1 / 2, 1, 2, 0));
    expect(access.lab).toBeCloseTo(1 / 7, 10);
    // Bin(2, 1/7): P(0) = 36/49, P(≤1) = 48/49 ≥ 0.975, so r = 1 and α = (48/49 − 0.975) / (12/49): upper 95 % = (1 − α) / 2.
    const alpha = (48 / 49 - 0.975) / (12 / 49);
    expect(access.limits!.upper95).toBeCloseTo((1 - alpha) / 2, 10);
    // 1/2 lies above the 95 % limit (0.4906) but below the 99.8 % one: an alert, not a flag.
    expect(access.position).toBe('alert-high');
    expect(b!.flagged).toBe(false);
  });

  test('the registrations behind a numerator, and nothing else', () => {
    const ids = (indicator: string, operator?: string) =>
      d.ops
        .qualityBehind('tester', { indicator, period: YEAR, operator })
        .map((r) => r.id)
        .sort((x, y) => x - y);
    const { r1, r3, r5, r6, r10, r12, r15 } = d.ids;
    expect(ids('radial')).toEqual([r1, r3, r5, r6, r10, r15].sort((x, y) => x - y));
    expect(ids('mortality')).toEqual([r3]);
    expect(ids('radial', '10023464580')).toEqual([]);
    expect(ids('followup.done')).toEqual([r12]);
  });

  test('evaluate is the same function the report uses (one definition per indicator)', () => {
    expect(typeof evaluate).toBe('function');
    expect(INDICATORS.every((i) => i.source && i.fields.length && i.definition.numerator)).toBe(true);
  });
});
