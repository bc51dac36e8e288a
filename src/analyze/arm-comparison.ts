import type { TierLabel } from '../core/analysis-record.js';
import type { ArmComparison, ArmDelta, ArmRow } from '../core/arm-record.js';
import { pairedRatio } from './arm-stats.js';
import type { ArmTasks } from './arm-tasks.js';
import { holmAdjust } from './multiple-testing.js';
import { pairedDelta } from './paired-delta.js';
import type { SampleTable } from './sample-table.js';

export interface ArmComparisonOptions {
  seed: number;
  bootstrap: number;
  permutations: number;
}

/**
 * Each arm against the baseline, paired on the tasks both hold (README "Arms"): Δ pass@1 as the mean
 * of per-task differences (paired task bootstrap CI, sign-flip p) and the ratio of mean reasoning
 * tokens (paired task bootstrap CI, swap-permutation p). Holm adjusts each tier's p-values over the
 * arms compared, separately for pass@1 and for tokens.
 */
export function compareArms(
  table: SampleTable,
  summed: readonly ArmTasks[],
  rows: readonly ArmRow[],
  base: number,
  tiers: readonly TierLabel[],
  options: ArmComparisonOptions,
): ArmComparison[] {
  const baseline = summed[base]!;
  const others = summed.map((_, i) => i).filter((i) => i !== base);
  const deltas = others.map((i) =>
    tiers.map((tier) => armDelta(table, baseline, summed[i]!, tier, rows[i]!.id, options)),
  );
  for (let k = 0; k < tiers.length; k++) {
    const passHolm = holmAdjust(deltas.map((d) => d[k]!.passP));
    const tokenHolm = holmAdjust(deltas.map((d) => d[k]!.tokenP));
    deltas.forEach((d, j) => {
      d[k]!.passPHolm = passHolm[j] ?? null;
      d[k]!.tokenPHolm = tokenHolm[j] ?? null;
    });
  }
  return others.map((i, j) => ({ arm: rows[i]!.id, baseline: rows[base]!.id, tiers: deltas[j]! }));
}

/** Positions of the tasks both arms hold on a tier, matched by table task index. */
export function sharedTasks(
  table: SampleTable,
  a: ArmTasks,
  b: ArmTasks,
  tier: TierLabel,
): [number[], number[]] {
  const inB = new Map<number, number>();
  for (let t = 0; t < b.task.length; t++) inB.set(b.task[t]!, t);
  const ia: number[] = [];
  const ib: number[] = [];
  for (let t = 0; t < a.task.length; t++) {
    const task = a.task[t]!;
    const j = inB.get(task);
    if (j === undefined) continue;
    if (tier !== 'all' && (table.taskTiers[task] ?? 'untiered') !== tier) continue;
    ia.push(t);
    ib.push(j);
  }
  return [ia, ib];
}

function armDelta(
  table: SampleTable,
  base: ArmTasks,
  arm: ArmTasks,
  tier: TierLabel,
  id: string,
  options: ArmComparisonOptions,
): ArmDelta {
  const [ia, ib] = sharedTasks(table, base, arm, tier);
  const scored = ia
    .map((t, k) => [t, ib[k]!] as const)
    .filter(([t, u]) => {
      return base.scored[t]! > 0 && arm.scored[u]! > 0;
    });
  const stream = `${id}/${tier}`;
  const pass = pairedDelta(
    scored.map(([t, u]) => arm.passes[u]! / arm.scored[u]! - base.passes[t]! / base.scored[t]!),
    {
      seed: options.seed,
      stream: `arm-pass/${stream}`,
      bootstrapResamples: options.bootstrap,
      permutationResamples: options.permutations,
    },
  );
  const counted = ia
    .map((t, k) => [t, ib[k]!] as const)
    .filter(([t, u]) => base.reasoningCount[t]! > 0 && arm.reasoningCount[u]! > 0);
  const tokens = pairedRatio(
    {
      sums: counted.map(([t]) => base.reasoningSum[t]!),
      counts: counted.map(([t]) => base.reasoningCount[t]!),
    },
    {
      sums: counted.map(([, u]) => arm.reasoningSum[u]!),
      counts: counted.map(([, u]) => arm.reasoningCount[u]!),
    },
    {
      seed: options.seed,
      stream: `arm-tokens/${stream}`,
      bootstrap: options.bootstrap,
      permutations: options.permutations,
    },
  );
  return {
    tier,
    passTasks: scored.length,
    tokenTasks: counted.length,
    passDelta: pass.delta,
    passInterval: pass.interval,
    passP: pass.pValue,
    passPHolm: null,
    tokenRatio: tokens.ratio,
    tokenInterval: tokens.interval,
    tokenP: tokens.pValue,
    tokenPHolm: null,
  };
}
