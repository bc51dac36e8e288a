import type { Rng } from '../core/rng.js';

/** One binomial draw: exact for small n·p·(1−p), normal with continuity for large (error well below the simulation noise). */
export function drawBinomial(n: number, p: number, rng: Rng): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const variance = n * p * (1 - p);
  if (n <= 40) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng.next() < p) k += 1;
    return k;
  }
  if (variance < 30) {
    // Inversion by the pmf recursion, O(n·p) steps.
    const u = rng.next();
    const ratio = p / (1 - p);
    let pmf = Math.exp(n * Math.log1p(-p));
    let cdf = pmf;
    let k = 0;
    while (cdf < u && k < n) {
      pmf *= (ratio * (n - k)) / (k + 1);
      k += 1;
      cdf += pmf;
    }
    return k;
  }
  return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(variance) * rng.normal())));
}

/**
 * drawBinomial for one (n, p) drawn many times: the same draws from the same stream, bit for bit,
 * with the work that depends on n and p alone done once. The inversion's CDF is the recursion's own
 * running sums, kept in a table and searched (it never decreases, so the first entry ≥ u is the
 * step where the recursion would stop), instead of an exp, a log and O(n·p) steps per draw.
 */
export function binomialSampler(n: number, p: number): (rng: Rng) => number {
  if (n <= 0 || p <= 0) return () => 0;
  if (p >= 1) return () => n;
  const variance = n * p * (1 - p);
  if (n <= 40)
    return (rng) => {
      let k = 0;
      for (let i = 0; i < n; i++) if (rng.next() < p) k += 1;
      return k;
    };
  if (variance < 30) {
    const ratio = p / (1 - p);
    // cdf[k] for k < n; the recursion stops at n whatever the sum.
    const cdf = new Float64Array(n);
    let pmf = Math.exp(n * Math.log1p(-p));
    let sum = pmf;
    cdf[0] = sum;
    for (let k = 0; k < n - 1; k++) {
      pmf *= (ratio * (n - k)) / (k + 1);
      sum += pmf;
      cdf[k + 1] = sum;
    }
    return (rng) => {
      const u = rng.next();
      // The first k < n with cdf[k] ≥ u, else n.
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cdf[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
  }
  const mean = n * p;
  const sd = Math.sqrt(variance);
  return (rng) => Math.min(n, Math.max(0, Math.round(mean + sd * rng.normal())));
}
