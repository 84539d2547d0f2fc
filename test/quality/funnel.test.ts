/**
 * The funnel plot's limits: the interpolated binomial quantile computed in one pass equals the one
 * defined by the cumulative distribution (the smallest r with P(X ≤ r) ≥ p, moved down by the
 * share of the step at r that p does not need), for small and large operators and every rate.
 */
import { describe, expect, test } from 'vitest';
import { binomialCdf, binomialLimit, funnelLimits, funnelPosition } from '../../src/quality/funnel.js';
import { funnelSvg } from '../../src/quality/svg.js';

/** The definition, read literally (slow: a fresh sum for each r). */
function byDefinition(p: number, n: number, theta: number): number {
  let r = 0;
  while (binomialCdf(r, n, theta) < p && r < n) r++;
  const cdf = binomialCdf(r, n, theta);
  const below = binomialCdf(r - 1, n, theta);
  const alpha = cdf - below > 0 ? (cdf - p) / (cdf - below) : 0;
  return Math.min(1, Math.max(0, (r - alpha) / n));
}

/** The one pass up from 0, for n too large for the definition's fresh sums (the walk the limit shortens). */
function walkedFromZero(p: number, n: number, theta: number): number {
  let term = n * Math.log1p(-theta);
  const ratio = Math.log(theta) - Math.log1p(-theta);
  let below = 0;
  let cdf = Math.exp(term);
  let r = 0;
  while (cdf < p && r < n) {
    r++;
    term += Math.log(n - r + 1) - Math.log(r) + ratio;
    below = cdf;
    cdf = cdf + Math.exp(term);
  }
  return (r - (cdf - p) / (cdf - below)) / n;
}

describe('funnel limits', () => {
  const cases = [1, 2, 7, 30, 120, 400].flatMap((n) => [0.02, 0.1, 0.5, 0.87, 0.99].map((theta) => ({ n, theta })));

  test.each(cases)('n $n around $theta: each limit as the definition gives it', ({ n, theta }) => {
    for (const p of [0.001, 0.025, 0.975, 0.999]) expect(binomialLimit(p, n, theta)).toBeCloseTo(byDefinition(p, n, theta), 12);
  });

  test.each([5_000, 40_000, 150_000].flatMap((n) => [0.03, 0.5, 0.86].map((theta) => ({ n, theta }))))(
    'n $n around $theta: starting far below the mean changes nothing',
    ({ n, theta }) => {
      // To eight digits: a walk of a hundred thousand steps carries rounding of its own.
      for (const p of [0.001, 0.025, 0.975, 0.999]) expect(binomialLimit(p, n, theta)).toBeCloseTo(walkedFromZero(p, n, theta), 8);
    },
  );

  test('the limits narrow as an operator does more cases, and hold the lab rate between them', () => {
    const small = funnelLimits(20, 0.1);
    const large = funnelLimits(7500, 0.1);
    expect(small.lower998).toBeLessThanOrEqual(small.lower95);
    expect(small.upper95).toBeLessThanOrEqual(small.upper998);
    expect(large.upper998 - large.lower998).toBeLessThan(small.upper998 - small.lower998);
    expect(large.lower95).toBeLessThan(0.1);
    expect(large.upper95).toBeGreaterThan(0.1);
    // About two standard errors either side for a large n: √(0.1 · 0.9 / 7500) ≈ 0.0035.
    expect(large.upper95 - 0.1).toBeCloseTo(1.96 * Math.sqrt(0.09 / 7500), 3);
    expect(funnelPosition(0.2, large)).toBe('high');
    expect(funnelPosition(0.1, large)).toBe('within');
  });
});

describe("the funnel plot's points, as the HTML report draws them", () => {
  const points = [
    { label: 'Peeters An', n: 40, rate: 0.875, flagged: false },
    { label: 'Dubois Marc', n: 12, rate: 0.5, flagged: true },
  ];
  test('each point names its operator, rate and cases in the report’s language', () => {
    expect(funnelSvg('Radial', 0.8, points, 'en')).toContain('<title>Peeters An: 87.5 % of 40</title>');
    expect(funnelSvg('Radiaal', 0.8, points, 'nl')).toContain('<title>Dubois Marc: 50,0 % van 12 (buiten 99,8 %)</title>');
    expect(funnelSvg('Radial', 0.8, points, 'fr')).toContain('<title>Peeters An : 87,5 % sur 40</title>');
  });
});
