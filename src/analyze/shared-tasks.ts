import { BenchError } from '../core/errors.js';

/** `--min-shared`: a task count ("40") or a share of the larger run's executed tasks ("50%"). */
export type MinShared = { count: number } | { percent: number };

export const DEFAULT_MIN_SHARED: MinShared = { percent: 50 };

export function parseMinShared(value: string | undefined): MinShared {
  if (value === undefined) return DEFAULT_MIN_SHARED;
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value.trim());
  const n = match ? Number(match[1]) : NaN;
  if (!match || (match[2] === '%' ? n > 100 : !Number.isInteger(n)))
    throw new BenchError(
      'USAGE',
      `option --min-shared: expected a task count (e.g. 40) or a percentage of the larger run's tasks (e.g. 50%), received '${value}'`,
    );
  return match[2] === '%' ? { percent: n } : { count: n };
}

/**
 * A comparison over nothing, or over far fewer tasks than the runs hold, proves nothing, so a gate
 * on it must not pass: this throws COMPARE_TOO_FEW unless the runs share at least one executed task
 * and at least `min` of them.
 */
export function checkSharedTasks(
  pairing: { sharedTasks: number; onlyInA: number; onlyInB: number },
  min: MinShared,
): void {
  const inA = pairing.sharedTasks + pairing.onlyInA;
  const inB = pairing.sharedTasks + pairing.onlyInB;
  const larger = Math.max(inA, inB);
  const needed = Math.max(1, 'count' in min ? min.count : Math.ceil((min.percent / 100) * larger));
  if (pairing.sharedTasks >= needed) return;
  const rule = 'count' in min ? `${min.count}` : `${min.percent}% of ${larger}`;
  throw new BenchError(
    'COMPARE_TOO_FEW',
    `the runs share ${pairing.sharedTasks} executed task(s) (A has ${inA}, B has ${inB}); at least ${needed} are needed (--min-shared ${rule}), so nothing can be concluded and no gate can pass`,
    inA === 0 || inB === 0
      ? `run ${inA === 0 ? 'A' : 'B'} has no executed samples: execute it first (rerun its \`bbench run\` command to resume)`
      : 'compare runs over the same corpus, or lower --min-shared if a partial comparison is intended',
  );
}
