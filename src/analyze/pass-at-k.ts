import type { PassAtK } from '../core/analysis-record.js';

/** Unbiased pass@k for one task, 1 − C(n−c, k)/C(n, k) (Chen et al. 2021); null when n < k. */
export function passAtKForTask(n: number, c: number, k: number): number | null {
  if (n < k) return null;
  if (n - c < k) return 1;
  // Product form avoids huge binomial coefficients.
  let fail = 1;
  for (let i = n - c + 1; i <= n; i++) fail *= 1 - k / i;
  return 1 - fail;
}

/** pass@k averaged over tasks; null, with the reason, when any task has fewer than k samples. */
export function passAtK(perTask: ReadonlyMap<string, { n: number; c: number }>, k: number): Omit<PassAtK, 'interval' | 'bootstrapInterval'> {
  let sum = 0;
  for (const [taskId, { n, c }] of perTask) {
    const value = passAtKForTask(n, c, k);
    if (value === null) {
      return { k, value: null, tasks: perTask.size, nullReason: `task ${taskId} has ${n} executed sample(s), fewer than k = ${k}` };
    }
    sum += value;
  }
  if (perTask.size === 0) return { k, value: null, tasks: 0, nullReason: 'no executed samples' };
  return { k, value: sum / perTask.size, tasks: perTask.size, nullReason: null };
}
