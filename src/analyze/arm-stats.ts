import type { Interval } from '../core/analysis-record.js';
import { createRng } from '../core/rng.js';
import { quantileSorted } from './paired-delta.js';

/**
 * The statistics of arms, on per-task sums (README "Arms"). Every interval resamples tasks, each with
 * all its samples, so that the pairing of two arms on one task is kept; every stream is seeded.
 */

/** Per task: a sum and the number of samples it is over (e.g. reasoning tokens over samples with a count). */
export interface TaskSums {
  sums: ArrayLike<number>;
  counts: ArrayLike<number>;
}

export interface ResampleOptions {
  seed: number;
  /** Keeps each estimate's random stream independent, e.g. "arm=high/complex/tokens". */
  stream: string;
  bootstrap: number;
  permutations: number;
}

/** Σ sums / Σ counts: the mean per sample, pooled over tasks; null when there is no sample. */
export function meanOfSums(x: TaskSums): number | null {
  let s = 0;
  let n = 0;
  for (let t = 0; t < x.counts.length; t++) {
    s += x.sums[t] ?? 0;
    n += x.counts[t] ?? 0;
  }
  return n > 0 ? s / n : null;
}

/** Percentile 95% interval of a statistic over task resamples; null with fewer than two tasks. */
function bootstrapInterval(
  tasks: number,
  options: ResampleOptions,
  tag: string,
  statistic: (weights: Uint32Array) => number,
): Interval | null {
  if (tasks < 2 || options.bootstrap <= 0) return null;
  const rng = createRng(options.seed, tag, options.stream);
  const weights = new Uint32Array(tasks);
  const values: number[] = [];
  for (let r = 0; r < options.bootstrap; r++) {
    weights.fill(0);
    for (let i = 0; i < tasks; i++) weights[rng.int(tasks)]! += 1;
    const v = statistic(weights);
    if (Number.isFinite(v)) values.push(v);
  }
  // A resample with no sample at all has no mean; too many of those and no interval is honest.
  if (values.length < options.bootstrap / 2) return null;
  values.sort((a, b) => a - b);
  return {
    low: quantileSorted(values, 0.025),
    high: quantileSorted(values, 0.975),
    method: `task bootstrap, percentile 95% (B = ${options.bootstrap})`,
  };
}

const weightedMean = (x: TaskSums, w: ArrayLike<number>): number => {
  let s = 0;
  let n = 0;
  for (let t = 0; t < w.length; t++) {
    s += (w[t] ?? 0) * (x.sums[t] ?? 0);
    n += (w[t] ?? 0) * (x.counts[t] ?? 0);
  }
  return n > 0 ? s / n : Number.NaN;
};

/** The pooled mean per sample with a task-clustered bootstrap interval. */
export function meanWithInterval(
  x: TaskSums,
  options: ResampleOptions,
): { mean: number | null; interval: Interval | null } {
  const mean = meanOfSums(x);
  if (mean === null) return { mean, interval: null };
  return {
    mean,
    interval: bootstrapInterval(x.counts.length, options, 'arm-mean', (w) => weightedMean(x, w)),
  };
}

export interface PairedRatio {
  ratio: number | null;
  interval: Interval | null;
  pValue: number | null;
}

/** Swap patterns are enumerated exactly up to this many tasks. */
const EXACT_SWAP_MAX_TASKS = 16;

/**
 * The ratio of mean per-sample values of arm B over arm A on the same tasks (index t is one task in
 * both), with a paired task-bootstrap interval (both arms take the same resampled tasks) and a
 * two-sided swap-permutation p: under "no difference" the two arms' samples of a task are
 * exchangeable, so each task's pair of sums may be swapped; p is the share of swap patterns whose
 * |log ratio| reaches the observed one (exact up to 16 tasks, else R random patterns plus the observed).
 */
export function pairedRatio(a: TaskSums, b: TaskSums, options: ResampleOptions): PairedRatio {
  const tasks = a.counts.length;
  const ma = meanOfSums(a);
  const mb = meanOfSums(b);
  if (ma === null || mb === null || ma <= 0) return { ratio: null, interval: null, pValue: null };
  const ratio = mb / ma;
  const interval = bootstrapInterval(tasks, options, 'arm-ratio', (w) => {
    const ra = weightedMean(a, w);
    return ra > 0 ? weightedMean(b, w) / ra : Number.NaN;
  });
  const observed = Math.abs(Math.log(ratio)) - 1e-12;
  const swapped = (flip: (t: number) => boolean): number => {
    let sa = 0,
      na = 0,
      sb = 0,
      nb = 0;
    for (let t = 0; t < tasks; t++) {
      const swap = flip(t);
      const [x, y] = swap ? [b, a] : [a, b];
      sa += x.sums[t] ?? 0;
      na += x.counts[t] ?? 0;
      sb += y.sums[t] ?? 0;
      nb += y.counts[t] ?? 0;
    }
    const r = na > 0 && nb > 0 && sa > 0 ? sb / nb / (sa / na) : Number.NaN;
    return r > 0 ? Math.abs(Math.log(r)) : Number.POSITIVE_INFINITY;
  };
  let pValue: number;
  if (tasks <= EXACT_SWAP_MAX_TASKS) {
    let hits = 0;
    const patterns = 2 ** tasks;
    for (let mask = 0; mask < patterns; mask++)
      if (swapped((t) => ((mask >> t) & 1) === 1) >= observed) hits += 1;
    pValue = hits / patterns;
  } else {
    const rng = createRng(options.seed, 'arm-swap', options.stream);
    let hits = 0;
    for (let r = 0; r < options.permutations; r++)
      if (swapped(() => rng.next() < 0.5) >= observed) hits += 1;
    pValue = (hits + 1) / (options.permutations + 1);
  }
  return { ratio, interval, pValue };
}

/**
 * Type-7 quantiles of values, one per q: sorted once, as a Float64Array (its native numeric sort
 * is several times faster than a comparator on a million values, and an arm's tier may hold that many).
 */
export function quantilesOf(values: ArrayLike<number>, qs: readonly number[]): (number | null)[] {
  if (values.length === 0) return qs.map(() => null);
  const sorted = Float64Array.from(values).sort();
  return qs.map((q) => quantileSorted(sorted, q));
}

/** Σ spent / Σ passes (tokens or dollars per solved task); null when nothing was solved or spent is unknown. */
export function perSolved(spent: number | null, passes: number): number | null {
  return spent === null || passes === 0 ? null : spent / passes;
}

/**
 * The cost of one sample in US dollars: input at the input price, the visible output at the output
 * price and the reasoning at the reasoning price (output tokens include reasoning). Null without counts.
 */
export function sampleCost(
  prices: { input: number; output: number; reasoning?: number },
  input: number | null,
  output: number | null,
  reasoning: number | null,
): number | null {
  if (input === null || output === null) return null;
  const thinking = Math.min(reasoning ?? 0, output);
  return (
    (input * prices.input +
      (output - thinking) * prices.output +
      thinking * (prices.reasoning ?? prices.output)) /
    1e6
  );
}
