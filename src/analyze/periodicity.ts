import type { Periodicity, PeriodicityTooth } from '../core/spike-record.js';
import type { Rng } from '../core/rng.js';
import { hazardAt } from './hazard.js';
import { nAt, nAtLeast, type LengthCounts } from './length-counts.js';

export interface PeriodicityOptions {
  period: number;
  phase: number;
  g: number;
  permutations: number;
  /** Teeth that are configured boundaries; the others are predicted (exploratory). */
  configured: readonly number[];
}

/** The teeth φ + kP (k ≥ 0) inside the observed range. */
export function teethOf(phase: number, period: number, max: number): number[] {
  const teeth: number[] = [];
  for (let v = phase; v <= max; v += period) if (v > 0) teeth.push(v);
  return teeth;
}

function summedExcess(c: LengthCounts, phase: number, period: number, g: number): number {
  let sum = 0;
  for (const v of teethOf(phase, period, c.max)) sum += hazardAt(c, v, g).excessMass ?? 0;
  return sum;
}

/**
 * Periodicity at period P and phase φ (docs/analysis.md §3): the summed excess mass at φ + kP against the
 * same sum at random phases that share φ's residue modulo the lattice g (so a reporting grid cannot
 * pass for a period). p = (1 + #{S(φ') ≥ S(φ)}) / (1 + R), with phases drawn from the seeded `rng`.
 */
export function testPeriodicity(
  c: LengthCounts,
  options: PeriodicityOptions,
  rng: Rng,
): Periodicity {
  const { period, phase, g, permutations } = options;
  const observed = summedExcess(c, phase, period, g);
  const steps = Math.max(1, Math.floor(period / g));
  let atLeast = 0;
  let drawn = 0;
  for (let r = 0; r < permutations && steps > 1; r++) {
    let other = phase;
    while (other === phase) other = (phase + g * (1 + rng.int(steps - 1))) % period;
    drawn += 1;
    if (summedExcess(c, other, period, g) >= observed - 1e-15) atLeast += 1;
  }
  const teeth: PeriodicityTooth[] = teethOf(phase, period, Math.max(c.max, phase + 4 * period)).map(
    (v) => ({
      value: v,
      count: nAt(c, v),
      reached: nAtLeast(c, v),
      excessMass: v <= c.max ? hazardAt(c, v, g).excessMass : null,
      kind: options.configured.includes(v) ? 'configured' : 'predicted',
    }),
  );
  return {
    period,
    phase,
    excess: observed,
    pValue: drawn > 0 ? (1 + atLeast) / (1 + drawn) : null,
    permutations: drawn,
    teeth,
  };
}
