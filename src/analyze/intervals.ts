import type { Interval } from '../core/analysis-record.js';
import { normalQuantile } from './distributions.js';

const Z95 = normalQuantile(0.975);

/** Wilson score interval for an independent count (one task, or independent draws). */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  if (n === 0) return null;
  const p = successes / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return {
    low: Math.max(0, centre - half),
    high: Math.min(1, centre + half),
    method: 'Wilson score 95%',
  };
}

/**
 * Mean over tasks of per-task rates, with the task-clustered standard error
 * √(Σ(p̂_t − p̂)² / (T(T−1))) (docs/analysis.md §5). Needs at least two tasks for an interval.
 */
export function clusteredMean(
  taskRates: readonly number[],
  z = Z95,
): { mean: number | null; interval: Interval | null } {
  const t = taskRates.length;
  if (t === 0) return { mean: null, interval: null };
  const mean = taskRates.reduce((a, b) => a + b, 0) / t;
  if (t < 2) return { mean, interval: null };
  const se = Math.sqrt(taskRates.reduce((a, p) => a + (p - mean) ** 2, 0) / (t * (t - 1)));
  return {
    mean,
    interval: {
      low: Math.max(0, mean - z * se),
      high: Math.min(1, mean + z * se),
      method: 'task-clustered normal 95%',
    },
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export { holmAdjust } from './multiple-testing.js';
