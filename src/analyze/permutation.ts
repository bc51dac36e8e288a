import type { Rng } from '../core/rng.js';
import { lnChoose } from './distributions.js';
import type { TwoByTwo } from './mantel-haenszel.js';

/**
 * The exact within-task permutation test (docs/analysis.md §6): the aligned labels are shuffled inside each
 * task, keeping each task's count of aligned samples (and of passes). Under that shuffle a task's
 * aligned passes follow a hypergeometric law, so one draw per task from its precomputed CDF is the
 * same as a shuffle, at O(1) with a guide table instead of O(n). The statistic is Σ aligned passes,
 * two-sided about its null mean; p = (1 + #{|S* − E| ≥ |S − E|}) / (1 + R).
 */
export function withinTaskPermutationP(
  tables: readonly TwoByTwo[],
  permutations: number,
  rng: Rng,
): number | null {
  return (
    groupedPermutationPs(
      tables,
      tables.map(() => 0),
      1,
      permutations,
      rng,
    ).groups[0] ?? null
  );
}

/**
 * The same test for several groups of tasks at once (the tiers) and for all of them together, from
 * one set of shuffles: each task is drawn once per permutation and its draw counts towards its group
 * and towards the total. Each p is exact on its own; they are merely not independent.
 */
export function groupedPermutationPs(
  tables: readonly TwoByTwo[],
  groupOf: readonly number[],
  groups: number,
  permutations: number,
  rng: Rng,
): { all: number | null; groups: (number | null)[] } {
  const laws: { lo: number; cdf: Float64Array; guide: Uint32Array; group: number }[] = [];
  const observed = new Float64Array(groups + 1);
  const expected = new Float64Array(groups + 1);
  // A task whose count can take one value only adds the same constant to S, S* and E.
  const fixed = new Float64Array(groups + 1);
  const varying = new Uint32Array(groups + 1);
  tables.forEach((t, i) => {
    const n = t.a + t.b + t.c + t.d;
    const g = groupOf[i] ?? -1;
    if (n === 0 || g < 0) return;
    const m = t.a + t.b;
    const passes = t.a + t.c;
    const lo = Math.max(0, m + passes - n);
    const hi = Math.min(m, passes);
    for (const k of [g, groups]) {
      observed[k]! += t.a;
      expected[k]! += (m * passes) / n;
      if (hi <= lo) fixed[k]! += t.a;
      else varying[k]! += 1;
    }
    if (hi > lo) {
      const cdf = hypergeometricCdf(n, passes, m, lo, hi);
      laws.push({ lo, cdf, guide: guideTable(cdf), group: g });
    }
  });
  if (permutations <= 0) return { all: null, groups: Array.from({ length: groups }, () => null) };
  const distance = observed.map((o, k) => Math.abs(o - expected[k]!) - 1e-9);
  const extreme = new Uint32Array(groups + 1);
  const sums = new Float64Array(groups + 1);
  // R × tasks draws: the laws are packed into flat arrays (each law's CDF and guide at its offset),
  // which the loop below reads without an object or an iterator per draw. Same draws, same order.
  const packed = packLaws(laws);
  const count = laws.length;
  for (let r = 0; r < permutations; r++) {
    sums.set(fixed);
    let all = 0;
    for (let l = 0; l < count; l++) {
      const at = packed.offset[l]!;
      const size = packed.size[l]!;
      const u = rng.next();
      let i = packed.guide[at + Math.floor(u * size)]!;
      while (i < size - 1 && packed.cdf[at + i]! <= u) i += 1;
      const draw = packed.lo[l]! + i;
      sums[packed.group[l]!]! += draw;
      all += draw;
    }
    // Integer draws: summing them apart and adding once is exact, as adding each in turn was.
    sums[groups]! += all;
    for (let k = 0; k <= groups; k++)
      if (Math.abs(sums[k]! - expected[k]!) >= distance[k]!) extreme[k]! += 1;
  }
  const p = (k: number) => (varying[k]! > 0 ? (1 + extreme[k]!) / (1 + permutations) : null);
  return { all: p(groups), groups: Array.from({ length: groups }, (_, k) => p(k)) };
}

/** The laws as flat arrays: each law's CDF and guide table at its offset. */
function packLaws(
  laws: readonly { lo: number; cdf: Float64Array; guide: Uint32Array; group: number }[],
) {
  const offset = new Uint32Array(laws.length);
  const size = new Uint32Array(laws.length);
  const lo = new Float64Array(laws.length);
  const group = new Uint32Array(laws.length);
  let total = 0;
  laws.forEach((law, l) => {
    offset[l] = total;
    size[l] = law.cdf.length;
    lo[l] = law.lo;
    group[l] = law.group;
    total += law.cdf.length;
  });
  const cdf = new Float64Array(total);
  const guide = new Uint32Array(total);
  laws.forEach((law, l) => {
    cdf.set(law.cdf, offset[l]);
    guide.set(law.guide, offset[l]);
  });
  return { offset, size, lo, group, cdf, guide };
}

function hypergeometricCdf(
  n: number,
  passes: number,
  m: number,
  lo: number,
  hi: number,
): Float64Array {
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
