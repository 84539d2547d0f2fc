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

/** Below this many successes the walk starts at 0, exactly as the definition reads. */
const FAR = 1000;

// Lanczos's approximation of log Γ (g = 7, nine terms), good to about fifteen digits.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x: number): number {
  const z = x - 1;
  let a = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** log C(n, k); exactly 0 for k = 0. */
const logChoose = (n: number, k: number) => (k === 0 ? 0 : logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1));

/**
 * The interpolated p-quantile of Bin(n, θ), as a proportion of n: the smallest r with
 * P(X ≤ r) ≥ p, moved down by the share of the step at r that p does not need.
 */
export function binomialLimit(p: number, n: number, theta: number): number {
  if (n <= 0) return Number.NaN;
  if (theta <= 0) return 0;
  if (theta >= 1) return 1;
  // One pass up the distribution, the cumulative sum carried along: an operator's n can be
  // tens of thousands at a large lab, and the four limits of every rate are drawn each time. A
  // large one starts twelve standard deviations below the mean, where the mass left below
  // (under 1e-30) counts for nothing, rather than at 0.
  const ratio = Math.log(theta) - Math.log1p(-theta);
  const from = Math.floor(n * theta - 12 * Math.sqrt(n * theta * (1 - theta)));
  let r = from > FAR ? from : 0;
  let term = logChoose(n, r) + r * Math.log(theta) + (n - r) * Math.log1p(-theta); // log P(X = r)
  let below = 0;
  let cdf = Math.exp(term);
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
