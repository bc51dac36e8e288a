import {
  ALIGNMENTS,
  type Analysis,
  type AlignmentLabel,
  type TierLabel,
} from '../core/analysis-record.js';
import type { BoundaryEffect, PassRateStratum } from '../core/verdict-record.js';
import { TIERS } from '../core/records.js';
import { createRng } from '../core/rng.js';
import type { AnalysisOptions } from './analysis-options.js';
import { compareArms } from './comparison.js';
import { complexityByTier, empiricalDifficulty } from './complexity.js';
import { clusteredMean, holmAdjust, wilsonInterval } from './intervals.js';
import { lengthCurves } from './length-curves.js';
import { passAtK } from './pass-at-k.js';
import { groupedPermutationPs } from './permutation.js';
import { minimumDetectableEffect } from './power.js';
import { alignedBoundary, FLAG, type SampleTable } from './sample-table.js';
import { localTables, taskTables, type ArmOptions } from './task-tables.js';

export type VerdictSections = Pick<
  Analysis,
  'passAtK' | 'strata' | 'boundaryEffects' | 'complexity' | 'lengthCurves' | 'power'
> & {
  effectIncludingTruncated: Analysis['truncation']['effectIncludingTruncated'];
};

function tierLabelsOf(table: SampleTable): TierLabel[] {
  const present = new Set<TierLabel>(table.taskTiers.map((t) => t ?? 'untiered'));
  return [
    'all',
    ...TIERS.filter((t) => present.has(t)),
    ...(present.has('untiered') ? (['untiered'] as const) : []),
  ];
}

const inTier = (table: SampleTable, tier: TierLabel) => (task: number) =>
  tier === 'all' || (table.taskTiers[task] ?? 'untiered') === tier;

/** The sections that need verdicts (docs/analysis.md §5–8, §10). Only call when the table has scored samples. */
export function verdictSections(table: SampleTable, options: AnalysisOptions): VerdictSections {
  const arms: ArmOptions = {
    boundaries: options.boundaries,
    tolerance: options.tolerance,
    includeTruncated: false,
  };
  const tiers = tierLabelsOf(table);
  const ids: number[] = [];
  const allTables = taskTables(table, arms, () => true, ids);
  const tierOf = ids.map((t) => tiers.indexOf(table.taskTiers[t] ?? 'untiered') - 1);
  const perms = groupedPermutationPs(
    allTables,
    tierOf,
    tiers.length - 1,
    options.permutations,
    createRng('permutation', options.seed),
  );
  const effects = tiers.map((tier, j): BoundaryEffect => {
    const tables = tier === 'all' ? allTables : allTables.filter((_, i) => tierOf[i] === j - 1);
    return {
      tier,
      ...compareArms(tables),
      cmhPHolm: null,
      permutationP: tier === 'all' ? perms.all : (perms.groups[j - 1] ?? null),
      permutations: options.permutations,
      local: {
        window: options.localWindow,
        ...compareArms(
          localTables(table, { ...arms, window: options.localWindow }, inTier(table, tier)),
        ),
      },
    };
  });
  const perTierP = holmAdjust(effects.map((e) => (e.tier === 'all' ? null : e.cmhPValue)));
  const boundaryEffects = effects.map((e, i) => ({
    ...e,
    cmhPHolm: e.tier === 'all' ? e.cmhPValue : (perTierP[i] ?? null),
  }));

  const byTier = complexityByTier(table, arms);
  const empirical = empiricalDifficulty(table, arms);
  const perTask = scoredPerTask(table);
  return {
    passAtK: options.ks.map((k) =>
      passAtK(perTask, k, options.bootstrap, createRng('pass-at-k', options.seed, k)),
    ),
    strata: passRateStrata(table, options, tiers),
    boundaryEffects,
    complexity:
      byTier || empirical
        ? {
            tiers: byTier?.tiers ?? [],
            breslowDay: byTier?.breslowDay ?? null,
            trend: byTier?.trend ?? null,
            empirical,
          }
        : null,
    lengthCurves: lengthCurves(table, options.bootstrap, createRng('length-curves', options.seed)),
    power: minimumDetectableEffect(allTables, options.powerSimulations, options.seed),
    effectIncludingTruncated: compareArms(taskTables(table, { ...arms, includeTruncated: true })),
  };
}

/** Executed, non-sandbox-error samples per task (truncated included: pass@k scores every answer). */
function scoredPerTask(table: SampleTable): Map<string, { n: number; c: number }> {
  const n = new Float64Array(table.taskIds.length);
  const c = new Float64Array(table.taskIds.length);
  for (let i = 0; i < table.size; i++) {
    const flags = table.flags[i] ?? 0;
    if ((flags & FLAG.scored) === 0) continue;
    n[table.task[i] ?? 0]! += 1;
    if ((flags & FLAG.passed) !== 0) c[table.task[i] ?? 0]! += 1;
  }
  const out = new Map<string, { n: number; c: number }>();
  table.taskIds.forEach((id, t) => {
    if (n[t]! > 0) out.set(id, { n: n[t]!, c: c[t]! });
  });
  return out;
}

const ALIGNMENT_INDEX = { aligned: 0, not_aligned: 1, unknown: 2 } as const;

/** Pass rate per tier × alignment as the mean of per-task rates, task-clustered (Wilson for one task). */
function passRateStrata(
  table: SampleTable,
  options: AnalysisOptions,
  tiers: readonly TierLabel[],
): PassRateStratum[] {
  const tasks = table.taskIds.length;
  const n = new Float64Array(tasks * 3);
  const p = new Float64Array(tasks * 3);
  for (let i = 0; i < table.size; i++) {
    const flags = table.flags[i] ?? 0;
    if ((flags & (FLAG.scored | FLAG.truncated)) !== FLAG.scored) continue;
    const length = table.length[i] ?? -1;
    const a =
      length < 0 ? 2 : alignedBoundary(length, options.boundaries, options.tolerance) >= 0 ? 0 : 1;
    const k = (table.task[i] ?? 0) * 3 + a;
    n[k]! += 1;
    if ((flags & FLAG.passed) !== 0) p[k]! += 1;
  }
  const strata: PassRateStratum[] = [];
  for (const tier of tiers) {
    const keep = inTier(table, tier);
    for (const alignment of ['any', ...ALIGNMENTS] as const satisfies readonly AlignmentLabel[]) {
      const rates: number[] = [];
      let samples = 0,
        passes = 0;
      for (let t = 0; t < tasks; t++) {
        if (!keep(t)) continue;
        const idx = alignment === 'any' ? [0, 1, 2] : [ALIGNMENT_INDEX[alignment]];
        const tn = idx.reduce((acc, a) => acc + n[t * 3 + a]!, 0);
        const tp = idx.reduce((acc, a) => acc + p[t * 3 + a]!, 0);
        if (tn === 0) continue;
        rates.push(tp / tn);
        samples += tn;
        passes += tp;
      }
      const { mean, interval } = clusteredMean(rates);
      strata.push({
        tier,
        alignment,
        samples,
        passes,
        tasks: rates.length,
        passRate: mean,
        interval: rates.length === 1 ? wilsonInterval(passes, samples) : interval,
      });
    }
  }
  return strata;
}
