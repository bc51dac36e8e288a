import type { TierLabel } from '../core/analysis-record.js';
import type { DeltaEstimate, FlippedTask } from '../core/comparison-record.js';
import { compareNatural } from '../core/natural-order.js';
import type { CompareInput } from './compare-runs.js';
import type { JoinedSample } from './join.js';
import { pairedDelta } from './paired-delta.js';
import { passAtKForTask } from './pass-at-k.js';

/** The pass-rate side of a comparison of two runs (compare-runs.ts): per-task pass@k deltas, and flips. */

/** A task's scored samples in one run, by condition. */
export type TaskSamples = Map<string, JoinedSample[]>;

/** The samples of each task, grouped by `groupKey` (the condition, or one group when conditions are pooled). */
export function byTask(
  samples: readonly JoinedSample[],
  groupKey: (s: JoinedSample) => string,
): Map<string, TaskSamples> {
  const tasks = new Map<string, TaskSamples>();
  for (const s of samples) {
    const groups = tasks.get(s.taskId) ?? new Map<string, JoinedSample[]>();
    const key = groupKey(s);
    groups.set(key, [...(groups.get(key) ?? []), s]);
    tasks.set(s.taskId, groups);
  }
  return tasks;
}

/** A task's pass@k in one run: the mean over its (shared) conditions; null when a condition has n < k. */
function taskRate(groups: TaskSamples, k: number): number | null {
  let sum = 0;
  for (const xs of groups.values()) {
    const value = passAtKForTask(xs.length, xs.filter((s) => s.passed).length, k);
    if (value === null) return null;
    sum += value;
  }
  return sum / groups.size;
}

/** The paired B − A difference in pass@k over the given tasks, with its interval and p. */
export function deltaEstimate(
  tier: TierLabel,
  k: number,
  ids: readonly string[],
  tasksA: Map<string, TaskSamples>,
  tasksB: Map<string, TaskSamples>,
  input: CompareInput,
): DeltaEstimate {
  const empty = {
    tier,
    k,
    tasks: ids.length,
    a: null,
    b: null,
    delta: null,
    interval: null,
    pValue: null,
    pMethod: null,
    excludesZero: null,
  };
  if (ids.length === 0) return { ...empty, nullReason: 'no shared tasks' };
  const ra: number[] = [];
  const rb: number[] = [];
  for (const id of ids) {
    const a = taskRate(tasksA.get(id)!, k);
    const b = taskRate(tasksB.get(id)!, k);
    if (a === null || b === null)
      return {
        ...empty,
        nullReason: `task ${id} has fewer than k = ${k} executed samples in run ${a === null ? 'A' : 'B'}`,
      };
    ra.push(a);
    rb.push(b);
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const paired = pairedDelta(
    rb.map((b, i) => b - (ra[i] ?? 0)),
    {
      seed: input.seed,
      stream: `${tier}/k=${k}`,
      bootstrapResamples: input.bootstrapResamples,
      permutationResamples: input.permutationResamples,
    },
  );
  return {
    tier,
    k,
    tasks: ids.length,
    a: mean(ra),
    b: mean(rb),
    delta: paired.delta,
    interval: paired.interval,
    pValue: paired.pValue,
    pMethod: paired.pMethod,
    excludesZero: paired.interval ? paired.interval.low > 0 || paired.interval.high < 0 : null,
    nullReason: null,
  };
}

/** Tasks that pass (pooled rate > 0.5) in one run and not in the other. */
export function flippedTasks(
  shared: readonly string[],
  tasksA: Map<string, TaskSamples>,
  tasksB: Map<string, TaskSamples>,
  tierOf: (id: string) => TierLabel,
): FlippedTask[] {
  const pooledRate = (groups: TaskSamples) => {
    const all = [...groups.values()].flat();
    return all.filter((s) => s.passed).length / all.length;
  };
  // Natural order, so that a reader scanning the list finds HumanEval/23 before HumanEval/120.
  return [...shared].sort(compareNatural).flatMap((taskId): FlippedTask[] => {
    const passRateA = pooledRate(tasksA.get(taskId)!);
    const passRateB = pooledRate(tasksB.get(taskId)!);
    const passedA = passRateA > 0.5;
    const passedB = passRateB > 0.5;
    if (passedA === passedB) return [];
    return [
      {
        taskId,
        tier: tierOf(taskId),
        passRateA,
        passRateB,
        direction: passedA ? 'regressed' : 'improved',
      },
    ];
  });
}
