/**
 * Funnel-plot control limits for a proportion (Spiegelhalter, "Funnel plots for comparing
 * institutional performance", Statistics in Medicine 2005; see docs/quality.md): around the
 * lab's overall rate θ, the range an operator with n cases would fall in by chance alone, from
 * the exact binomial distribution with the paper's interpolation between its discrete steps.
 * 95 % limits mark a possible alert, 99.8 % limits (about three standard deviations) an alarm.
 */

/** The cumulative binomial probability P(X ≤ r) for X ~ Bin(n, p). */
export function binomialCdf(r: number, n: number, p: number): number {
  if (r < 0) return 0;
  if (r >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  // Summed in log space, term by term: n can be thousands.
  let term = n * Math.log1p(-p); // log P(X = 0)
  let sum = Math.exp(term);
  const ratio = Math.log(p) - Math.log1p(-p);
  for (let k = 1; k <= r; k++) {
    term += Math.log(n - k + 1) - Math.log(k) + ratio;
    sum += Math.exp(term);
  }
  return Math.min(1, sum);
}

/**
 * The interpolated p-quantile of Bin(n, θ), as a proportion of n: the smallest r with
 * P(X ≤ r) ≥ p, moved down by the share of the step at r that p does not need.
 */
export function binomialLimit(p: number, n: number, theta: number): number {
  if (n <= 0) return Number.NaN;
  if (theta <= 0) return 0;
  if (theta >= 1) return 1;
  // One pass up the distribution, the cumulative sum carried along: an operator's n can be
  // tens of thousands at a large lab, and the four limits of every rate are drawn each time.
  let term = n * Math.log1p(-theta); // log P(X = 0)
  const ratio = Math.log(theta) - Math.log1p(-theta);
  let below = 0;
  let cdf = Math.exp(term);
  let r = 0;
  while (cdf < p && r < n) {
    r++;
    term += Math.log(n - r + 1) - Math.log(r) + ratio;
    below = cdf;
    cdf = Math.min(1, cdf + Math.exp(term));
  }
  if (r === n) cdf = 1;
  const alpha = cdf - below > 0 ? (cdf - p) / (cdf - below) : 0;
  return Math.min(1, Math.max(0, (r - alpha) / n));
}

export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** The 95 % and 99.8 % limits for n cases around the rate θ. */
export function funnelLimits(n: number, theta: number): FunnelLimits {
  return {
    lower95: binomialLimit(0.025, n, theta),
    upper95: binomialLimit(0.975, n, theta),
    lower998: binomialLimit(0.001, n, theta),
    upper998: binomialLimit(0.999, n, theta),
  };
}

/** Where an observed rate falls: within the 95 % limits, between 95 % and 99.8 % (alert), or outside 99.8 % (flagged). */
export function funnelPosition(rate: number, l: FunnelLimits): 'within' | 'alert-high' | 'alert-low' | 'high' | 'low' {
  if (rate > l.upper998) return 'high';
  if (rate < l.lower998) return 'low';
  if (rate > l.upper95) return 'alert-high';
  if (rate < l.lower95) return 'alert-low';
  return 'within';
}
