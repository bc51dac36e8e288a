import type { Power } from '../core/analysis-record.js';
import { createRng, type Rng } from '../core/rng.js';
import { mantelHaenszel, type TwoByTwo } from './mantel-haenszel.js';

const ALPHA = 0.05;
const TARGET = 0.8;
const BISECTIONS = 9;
const MIN_LOG_OR = Math.log(1 / 50);

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

/** The design: per task, aligned and not-aligned counts and the task's pass probability under the null. */
interface Arm {
  aligned: number;
  other: number;
  p0: number;
}

function rejectionRate(design: readonly Arm[], oddsRatio: number, simulations: number, seed: number): number {
  // Common random numbers across odds ratios make the power curve monotone enough to bisect.
  const rng = createRng('power', seed);
  let rejected = 0;
  const tables: TwoByTwo[] = design.map(() => ({ a: 0, b: 0, c: 0, d: 0 }));
  for (let s = 0; s < simulations; s++) {
    design.forEach((arm, i) => {
      const odds = (arm.p0 / (1 - arm.p0)) * oddsRatio;
      const a = drawBinomial(arm.aligned, odds / (1 + odds), rng);
      const c = drawBinomial(arm.other, arm.p0, rng);
      tables[i] = { a, b: arm.aligned - a, c, d: arm.other - c };
    });
    const p = mantelHaenszel(tables).pValue;
    if (p !== null && p < ALPHA) rejected += 1;
  }
  return rejected / simulations;
}

/**
 * The smallest odds ratio detectable at 80% power on the observed design (ANALYSIS.md §10): the
 * tasks, their aligned and not-aligned counts and their pass rates (smoothed) are kept; outcomes are
 * redrawn with the aligned arm's odds multiplied by ψ and the CMH test is run at α = 0.05. ψ is found
 * by bisection on log ψ, each direction from 1.
 */
export function minimumDetectableEffect(tables: readonly TwoByTwo[], simulations: number, seed: number): Power | null {
  const design: Arm[] = tables
    .filter((t) => t.a + t.b > 0 && t.c + t.d > 0)
    .map((t) => {
      const n = t.a + t.b + t.c + t.d;
      return { aligned: t.a + t.b, other: t.c + t.d, p0: (t.a + t.c + 0.5) / (n + 1) };
    });
  if (design.length === 0 || simulations <= 0) return null;
  const solve = (sign: number): number | null => {
    const edge = sign * -MIN_LOG_OR;
    if (rejectionRate(design, Math.exp(edge), simulations, seed) < TARGET) return null;
    let lo = 0;
    let hi = edge;
    for (let i = 0; i < BISECTIONS; i++) {
      const mid = (lo + hi) / 2;
      if (rejectionRate(design, Math.exp(mid), simulations, seed) >= TARGET) hi = mid;
      else lo = mid;
    }
    return Math.exp(hi);
  };
  return {
    alpha: ALPHA,
    target: TARGET,
    simulations,
    minDetectableOddsRatio: solve(-1),
    minDetectableOddsRatioAbove: solve(1),
    method: `simulation on the observed design: ${design.length} tasks with both arms keep their arm sizes and smoothed pass rates; CMH at α = ${ALPHA}; bisection on log OR (${BISECTIONS} steps, ${simulations} simulations each, seeded)`,
  };
}
