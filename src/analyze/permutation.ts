import type { Rng } from '../core/rng.js';
import { lnChoose } from './distributions.js';
import type { TwoByTwo } from './mantel-haenszel.js';

/**
 * The exact within-task permutation test (ANALYSIS.md §6): the aligned labels are shuffled inside each
 * task, keeping each task's count of aligned samples (and of passes). Under that shuffle a task's
 * aligned passes follow a hypergeometric law, so one draw per task from its precomputed CDF is the
 * same as a shuffle, at O(log n) instead of O(n). The statistic is Σ aligned passes, two-sided about
 * its null mean; p = (1 + #{|S* − E| ≥ |S − E|}) / (1 + R).
 */
export function withinTaskPermutationP(tables: readonly TwoByTwo[], permutations: number, rng: Rng): number | null {
  const laws: { lo: number; cdf: Float64Array; guide: Uint32Array }[] = [];
  let observed = 0;
  let expected = 0;
  // A task whose count can take one value only adds the same constant to S, S* and E.
  let fixed = 0;
  for (const t of tables) {
    const n = t.a + t.b + t.c + t.d;
    if (n === 0) continue;
    const m = t.a + t.b;
    const passes = t.a + t.c;
    observed += t.a;
    expected += (m * passes) / n;
    const lo = Math.max(0, m + passes - n);
    const hi = Math.min(m, passes);
    if (hi > lo) {
      const cdf = hypergeometricCdf(n, passes, m, lo, hi);
      laws.push({ lo, cdf, guide: guideTable(cdf) });
    }
    else fixed += t.a;
  }
  if (laws.length === 0 || permutations <= 0) return null;
  const distance = Math.abs(observed - expected) - 1e-9;
  let extreme = 0;
  for (let r = 0; r < permutations; r++) {
    let s = fixed;
    for (const law of laws) s += law.lo + drawIndex(law.cdf, law.guide, rng.next());
    if (Math.abs(s - expected) >= distance) extreme += 1;
  }
  return (1 + extreme) / (1 + permutations);
}

function hypergeometricCdf(n: number, passes: number, m: number, lo: number, hi: number): Float64Array {
  const cdf = new Float64Array(hi - lo + 1);
  const total = lnChoose(n, m);
  let acc = 0;
  for (let k = lo; k <= hi; k++) {
    acc += Math.exp(lnChoose(passes, k) + lnChoose(n - passes, m - k) - total);
    cdf[k - lo] = acc;
  }
  for (let k = 0; k < cdf.length; k++) cdf[k] = cdf[k]! / acc;
  return cdf;
}

/**
 * A guide table (Chen & Asau 1974): guide[j] is the first index whose CDF exceeds j/K, so a draw
 * starts there and scans forward one or two steps on average instead of a binary search.
 */
function guideTable(cdf: Float64Array): Uint32Array {
  const k = cdf.length;
  const guide = new Uint32Array(k);
  let i = 0;
  for (let j = 0; j < k; j++) {
    while (i < k - 1 && cdf[i]! <= j / k) i += 1;
    guide[j] = i;
  }
  return guide;
}

/** The first index whose CDF value exceeds u. */
function drawIndex(cdf: Float64Array, guide: Uint32Array, u: number): number {
  let i = guide[Math.floor(u * guide.length)]!;
  while (i < cdf.length - 1 && cdf[i]! <= u) i += 1;
  return i;
}
