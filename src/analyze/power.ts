import type { Power } from '../core/verdict-record.js';
import { createRng, type Rng } from '../core/rng.js';
import { binomialSampler } from './binomial-draw.js';
import { chiSquareQuantile, normalQuantile } from './distributions.js';
import type { TwoByTwo } from './mantel-haenszel.js';

const ALPHA = 0.05;
const TARGET = 0.8;
const BISECTIONS = 6;
const Z_ALPHA = normalQuantile(1 - ALPHA / 2);
const Z_POWER = normalQuantile(0.8);
const MIN_LOG_OR = Math.log(1 / 50);

/** Wraps a stream so that each Box–Muller pair gives two normal draws instead of one. */
function pairedNormals(rng: Rng): Rng {
  let spare = Number.NaN;
  return {
    next: rng.next,
    int: rng.int,
    normal: () => {
      if (!Number.isNaN(spare)) {
        const z = spare;
        spare = Number.NaN;
        return z;
      }
      const u = 1 - rng.next();
      const v = rng.next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

/** The design: per task, aligned and not-aligned counts and the task's pass probability under the null. */
interface Arm {
  aligned: number;
  other: number;
  p0: number;
}

function rejectionRate(
  design: readonly Arm[],
  oddsRatio: number,
  simulations: number,
  seed: number,
): number {
  // Common random numbers across odds ratios make the power curve monotone enough to bisect.
  const rng = pairedNormals(createRng('power', seed));
  const critical = chiSquareQuantile(1 - ALPHA, 1);
  // Each arm's draws depend on its size and rate alone, so the samplers are set up once per call.
  const aligned = design.map((arm) => {
    const odds = (arm.p0 / (1 - arm.p0)) * oddsRatio;
    return binomialSampler(arm.aligned, odds / (1 + odds));
  });
  const other = design.map((arm) => binomialSampler(arm.other, arm.p0));
  let rejected = 0;
  for (let s = 0; s < simulations; s++) {
    // The continuity-corrected CMH statistic, accumulated without building tables.
    let sumA = 0,
      sumE = 0,
      sumV = 0;
    for (let i = 0; i < design.length; i++) {
      const arm = design[i]!;
      const a = aligned[i]!(rng);
      const c = other[i]!(rng);
      const n = arm.aligned + arm.other;
      const passed = a + c;
      sumA += a;
      sumE += (arm.aligned * passed) / n;
      sumV += (arm.aligned * arm.other * passed * (n - passed)) / (n * n * (n - 1));
    }
    if (sumV > 0 && Math.max(0, Math.abs(sumA - sumE) - 0.5) ** 2 / sumV > critical) rejected += 1;
  }
  return rejected / simulations;
}

/** Observed tables as a design: tasks with both arms keep their arm sizes and a smoothed pass rate. */
function designOf(tables: readonly TwoByTwo[]): Arm[] {
  return tables
    .filter((t) => t.a + t.b > 0 && t.c + t.d > 0 && t.a + t.b + t.c + t.d > 1)
    .map((t) => {
      const n = t.a + t.b + t.c + t.d;
      return { aligned: t.a + t.b, other: t.c + t.d, p0: (t.a + t.c + 0.5) / (n + 1) };
    });
}

/** The CMH test's power at one odds ratio, by simulation on the observed design (validation compares it with reality). */
export function powerAtOddsRatio(
  tables: readonly TwoByTwo[],
  oddsRatio: number,
  simulations: number,
  seed: number,
): number | null {
  const design = designOf(tables);
  return design.length === 0 ? null : rejectionRate(design, oddsRatio, simulations, seed);
}

/**
 * The smallest odds ratio detectable at 80% power on the observed design (docs/analysis.md §10): the
 * tasks, their aligned and not-aligned counts and their pass rates (smoothed) are kept; outcomes are
 * redrawn with the aligned arm's odds multiplied by ψ and the CMH test is run at α = 0.05. ψ is found
 * by bisection on log ψ, each direction from 1, inside a bracket twice the normal-approximation guess.
 */
export function minimumDetectableEffect(
  tables: readonly TwoByTwo[],
  simulations: number,
  seed: number,
): Power | null {
  const design = designOf(tables);
  if (design.length === 0 || simulations <= 0) return null;
  // Bracket from the normal approximation (var log OR ≈ 1 / Σ w_t), so a few bisections suffice.
  const information = design.reduce(
    (acc, arm) =>
      acc +
      1 / (1 / (arm.aligned * arm.p0 * (1 - arm.p0)) + 1 / (arm.other * arm.p0 * (1 - arm.p0))),
    0,
  );
  const guess = (Z_ALPHA + Z_POWER) / Math.sqrt(information);
  const solve = (sign: number): number | null => {
    let hi = sign * Math.min(-MIN_LOG_OR, 2 * guess);
    if (rejectionRate(design, Math.exp(hi), simulations, seed) < TARGET) {
      hi = sign * -MIN_LOG_OR;
      if (rejectionRate(design, Math.exp(hi), simulations, seed) < TARGET) return null;
    }
    let lo = 0;
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
