import type { Interval } from '../core/analysis-record.js';
import type { Rng } from '../core/rng.js';

/** The 2.5% and 97.5% percentiles of bootstrap replicates (NaN replicates, from empty resamples, are dropped). */
export function percentileInterval(replicates: Float64Array, method: string): Interval | null {
  const finite = replicates.filter((x) => !Number.isNaN(x)).sort();
  if (finite.length < 20) return null;
  const at = (p: number) =>
    finite[Math.min(finite.length - 1, Math.max(0, Math.round(p * (finite.length - 1))))]!;
  return { low: at(0.025), high: at(0.975), method };
}

/**
 * Resamples tasks with replacement B times (docs/analysis.md §5: every bootstrap resamples tasks, each with
 * all its samples). `weights` receives, per replicate, how many times each task was drawn.
 */
export function taskBootstrap(
  tasks: number,
  replicates: number,
  rng: Rng,
  each: (weights: Uint32Array, replicate: number) => void,
): void {
  const weights = new Uint32Array(tasks);
  for (let r = 0; r < replicates; r++) {
    weights.fill(0);
    for (let i = 0; i < tasks; i++) weights[rng.int(tasks)]! += 1;
    each(weights, r);
  }
}
