import type { PassAtK } from '../core/verdict-record.js';
import type { Rng } from '../core/rng.js';
import { percentileInterval, taskBootstrap } from './bootstrap.js';
import { clusteredMean } from './intervals.js';

/** Unbiased pass@k for one task, 1 − C(n−c, k)/C(n, k) (Chen et al. 2021); null when n < k. */
export function passAtKForTask(n: number, c: number, k: number): number | null {
  if (n < k) return null;
  if (n - c < k) return 1;
  // Product form avoids huge binomial coefficients.
  let fail = 1;
  for (let i = n - c + 1; i <= n; i++) fail *= 1 - k / i;
  return 1 - fail;
}

/**
 * pass@k averaged over tasks, with a task-clustered normal interval and a seeded bootstrap over tasks;
 * null, with the reason, when any task has fewer than k samples (never a false 1.0).
 */
export function passAtK(
  perTask: ReadonlyMap<string, { n: number; c: number }>,
  k: number,
  bootstrap = 0,
  rng?: Rng,
): PassAtK {
  const values = new Float64Array(perTask.size);
  let t = 0;
  for (const [taskId, { n, c }] of perTask) {
    const value = passAtKForTask(n, c, k);
    if (value === null) {
      return {
        k,
        value: null,
        tasks: perTask.size,
        nullReason: `task ${taskId} has ${n} executed sample(s), fewer than k = ${k}`,
        interval: null,
        bootstrapInterval: null,
      };
    }
    values[t++] = value;
  }
  if (perTask.size === 0)
    return {
      k,
      value: null,
      tasks: 0,
      nullReason: 'no executed samples',
      interval: null,
      bootstrapInterval: null,
    };
  const { mean, interval } = clusteredMean([...values]);
  let bootstrapInterval = null;
  if (bootstrap > 0 && rng && values.length > 1) {
    const replicates = new Float64Array(bootstrap);
    taskBootstrap(values.length, bootstrap, rng, (w, r) => {
      let sum = 0;
      for (let i = 0; i < values.length; i++) sum += w[i]! * values[i]!;
      replicates[r] = sum / values.length;
    });
    bootstrapInterval = percentileInterval(
      replicates,
      `task bootstrap percentile 95% (B = ${bootstrap})`,
    );
  }
  return { k, value: mean, tasks: perTask.size, nullReason: null, interval, bootstrapInterval };
}
