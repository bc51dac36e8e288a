import type { Interval } from '../core/analysis-record.js';
import { createRng } from '../core/rng.js';

/** Sign-flip p-values are exact (all 2^T sign patterns) up to this many tasks. */
export const EXACT_SIGN_FLIP_MAX_TASKS = 16;

export interface PairedDeltaOptions {
  seed: number;
  /** A label that keeps each estimate's random stream independent (e.g. "all/k=1"). */
  stream: string;
  bootstrapResamples: number;
  permutationResamples: number;
}

export interface PairedDelta {
  delta: number | null;
  interval: Interval | null;
  pValue: number | null;
}

const mean = (xs: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] ?? 0;
  return s / xs.length;
};

/**
 * The mean of per-task differences d_t = B_t − A_t, with a paired cluster bootstrap CI (tasks are
 * resampled with all their samples, so the pairing is kept) and a two-sided sign-flip permutation p:
 * under "no change" each task's difference is as likely to have either sign.
 */
export function pairedDelta(
  differences: readonly number[],
  options: PairedDeltaOptions,
): PairedDelta {
  const t = differences.length;
  if (t === 0) return { delta: null, interval: null, pValue: null };
  const observed = mean(differences);
  return {
    delta: observed,
    interval: t >= 2 ? bootstrapInterval(differences, options) : null,
    pValue: signFlipP(differences, options),
  };
}

/** Percentile interval of the mean over B resamples of the tasks (seeded). */
export function bootstrapInterval(
  differences: readonly number[],
  options: PairedDeltaOptions,
): Interval {
  const t = differences.length;
  const rng = createRng(options.seed, 'paired-bootstrap', options.stream);
  const means = new Float64Array(options.bootstrapResamples);
  for (let r = 0; r < means.length; r++) {
    let s = 0;
    for (let i = 0; i < t; i++) s += differences[rng.int(t)] ?? 0;
    means[r] = s / t;
  }
  means.sort();
  return {
    low: quantileSorted(means, 0.025),
    high: quantileSorted(means, 0.975),
    method: `paired task bootstrap, percentile 95% (B = ${options.bootstrapResamples})`,
  };
}

/** Two-sided sign-flip p: the share of sign patterns whose |mean| reaches the observed |mean|. */
export function signFlipP(differences: readonly number[], options: PairedDeltaOptions): number {
  const t = differences.length;
  // Float noise must not make the observed pattern fail to count itself.
  const observed = Math.abs(mean(differences)) - 1e-12;
  if (t <= EXACT_SIGN_FLIP_MAX_TASKS) {
    let hits = 0;
    const patterns = 2 ** t;
    for (let mask = 0; mask < patterns; mask++) {
      let s = 0;
      for (let i = 0; i < t; i++)
        s += (mask >> i) & 1 ? -(differences[i] ?? 0) : (differences[i] ?? 0);
      if (Math.abs(s / t) >= observed) hits += 1;
    }
    return hits / patterns;
  }
  const rng = createRng(options.seed, 'sign-flip', options.stream);
  let hits = 0;
  for (let r = 0; r < options.permutationResamples; r++) {
    let s = 0;
    for (let i = 0; i < t; i++)
      s += rng.next() < 0.5 ? -(differences[i] ?? 0) : (differences[i] ?? 0);
    if (Math.abs(s / t) >= observed) hits += 1;
  }
  // The observed pattern counts as one of the permutations, so p is never 0.
  return (hits + 1) / (options.permutationResamples + 1);
}

/** Linear interpolation between order statistics (type 7, as R's default quantile). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return (sorted[lo] ?? 0) + (h - lo) * ((sorted[hi] ?? 0) - (sorted[lo] ?? 0));
}
