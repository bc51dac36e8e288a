import type { Interval } from '../core/analysis-record.js';
import { createRng } from '../core/rng.js';

/**
 * Sign-flip p-values are exact (all 2^D sign patterns of the D tasks whose difference is not 0) up to
 * this many differing tasks: 2^20 patterns by Gray code cost about as much as 10,000 simulated ones.
 */
export const EXACT_SIGN_FLIP_MAX_TASKS = 20;

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
  /** How the sign-flip p was obtained: exact over the differing tasks, or simulated (and with what R). */
  pMethod: string | null;
}

export interface SignFlipResult {
  pValue: number;
  /** Tasks whose difference is not 0: the only ones whose sign can flip. */
  differing: number;
  exact: boolean;
  method: string;
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
  if (t === 0) return { delta: null, interval: null, pValue: null, pMethod: null };
  const observed = mean(differences);
  const flip = signFlip(differences, options);
  return {
    delta: observed,
    interval: t >= 2 ? bootstrapInterval(differences, options) : null,
    pValue: flip.pValue,
    pMethod: flip.method,
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
  return signFlip(differences, options).pValue;
}

/**
 * The sign-flip test over the tasks whose difference is not 0: a zero changes no sum, so it leaves
 * the distribution unchanged. Exact enumeration (Gray code: one sign changes per step) over up to
 * {@link EXACT_SIGN_FLIP_MAX_TASKS} differing tasks, a seeded simulation beyond.
 */
export function signFlip(
  differences: readonly number[],
  options: PairedDeltaOptions,
): SignFlipResult {
  const d = differences.filter((x) => x !== 0);
  const n = d.length;
  let total = 0;
  for (const x of d) total += x;
  // Float noise must not make the observed pattern fail to count itself.
  const observed = Math.abs(total) - 1e-9 * (1 + d.reduce((s, x) => s + Math.abs(x), 0));
  if (n === 0) return { pValue: 1, differing: 0, exact: true, method: 'exact: no task differs' };
  if (n <= EXACT_SIGN_FLIP_MAX_TASKS) {
    const patterns = 2 ** n;
    let s = total;
    let hits = Math.abs(s) >= observed ? 1 : 0;
    const sign = new Int8Array(n).fill(1);
    for (let step = 1; step < patterns; step++) {
      const i = 31 - Math.clz32(step & -step);
      s -= 2 * sign[i]! * d[i]!;
      sign[i] = -sign[i]! as 1 | -1;
      if (Math.abs(s) >= observed) hits += 1;
    }
    return {
      pValue: hits / patterns,
      differing: n,
      exact: true,
      method: `exact over ${n} differing task(s), 2^${n} sign patterns`,
    };
  }
  const rng = createRng(options.seed, 'sign-flip', options.stream);
  let hits = 0;
  for (let r = 0; r < options.permutationResamples; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += rng.next() < 0.5 ? -d[i]! : d[i]!;
    if (Math.abs(s) >= observed) hits += 1;
  }
  // The observed pattern counts as one of the permutations, so p is never 0.
  return {
    pValue: (hits + 1) / (options.permutationResamples + 1),
    differing: n,
    exact: false,
    method: `simulated over ${n} differing tasks, R = ${options.permutationResamples}, seeded`,
  };
}

/** Linear interpolation between order statistics (type 7, as R's default quantile). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return (sorted[lo] ?? 0) + (h - lo) * ((sorted[hi] ?? 0) - (sorted[lo] ?? 0));
}
