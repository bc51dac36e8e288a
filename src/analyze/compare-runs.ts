import type { TierLabel } from '../core/analysis-record.js';
import type { Comparison, Pairing, RunSummary } from '../core/comparison-record.js';
import type { ExecutionRecord, SampleRecord, TaskRecord } from '../core/records.js';
import { TIERS } from '../core/records.js';
import { hazardChanges, oddsRatioChange, trendChange } from './boundary-change.js';
import { describeComparison } from './compare-verdict.js';
import { boundaryHazards } from './hazard.js';
import { joinRecords, type JoinedSample } from './join.js';
import { detectLattice } from './lattice.js';
import { mantelHaenszel, type MantelHaenszelResult, type TwoByTwo } from './mantel-haenszel.js';
import { byTask, deltaEstimate, flippedTasks } from './compare-pass-rates.js';
import { evaluateGate, type GateRule } from './regression-gate.js';
import { compareLengthCost } from './compare-length.js';
import type { PriceTable } from '../core/arm-record.js';

/** One run as the comparison needs it: its identity, its tasks' tiers, and its records. */
export interface ComparedRun {
  summary: Omit<RunSummary, 'tasks'>;
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier'>>;
  /** Prices per model, for cost per solved task (null or absent: no cost). */
  prices?: PriceTable | null;
  samples: Iterable<SampleRecord>;
  executions: Iterable<ExecutionRecord>;
}

export interface CompareInput {
  a: ComparedRun;
  b: ComparedRun;
  boundaries: readonly number[];
  tolerance: number;
  /** pass@k values besides pass@1. */
  ks: readonly number[];
  seed: number;
  bootstrapResamples: number;
  permutationResamples: number;
  alpha: number;
  gate: readonly GateRule[];
}

/**
 * Paired comparison of two runs (docs/analysis.md §9). Pure. Runs are paired by task, and by condition
 * where both have the same condition ids; only the tasks both runs executed are compared, and the
 * differences are averaged over tasks so that every statistic keeps the pairing.
 */
export function compareRuns(input: CompareInput): Comparison {
  const warnings: string[] = [];
  const scoredA = scored(input.a, input);
  const scoredB = scored(input.b, input);
  const conditionsA = new Set(scoredA.map((s) => s.conditionId));
  const conditionsB = new Set(scoredB.map((s) => s.conditionId));
  const sharedConditions = [...conditionsA].filter((c) => conditionsB.has(c)).sort();
  const byCondition = sharedConditions.length > 0;
  if (!byCondition)
    warnings.push(
      `the runs share no condition id (A: ${[...conditionsA].join(', ') || 'none'}; B: ${[...conditionsB].join(', ') || 'none'}), so conditions are pooled within each task`,
    );
  else if (sharedConditions.length < Math.max(conditionsA.size, conditionsB.size))
    warnings.push(`only the shared conditions are compared: ${sharedConditions.join(', ')}`);
  const keep = (s: JoinedSample) => !byCondition || sharedConditions.includes(s.conditionId);
  const groupKey = (s: JoinedSample) => (byCondition ? s.conditionId : '*');
  const tasksA = byTask(scoredA.filter(keep), groupKey);
  const tasksB = byTask(scoredB.filter(keep), groupKey);
  const shared = [...tasksA.keys()].filter((t) => tasksB.has(t)).sort();

  const corpusHashesDiffer = input.a.summary.corpusHash !== input.b.summary.corpusHash;
  if (corpusHashesDiffer)
    warnings.push(
      `the runs used different corpora (${input.a.summary.corpusHash.slice(0, 12)} vs ${input.b.summary.corpusHash.slice(0, 12)}); only the ${shared.length} tasks both executed are compared`,
    );
  const tierOf = tierResolver(input, shared, warnings);
  const pairing: Pairing = {
    by: byCondition ? 'task+condition' : 'task',
    sharedTasks: shared.length,
    onlyInA: [...tasksA.keys()].filter((t) => !tasksB.has(t)).length,
    onlyInB: [...tasksB.keys()].filter((t) => !tasksA.has(t)).length,
    conditions: byCondition
      ? sharedConditions
      : [...new Set([...conditionsA, ...conditionsB])].sort(),
    corpusHashesDiffer,
  };

  const tierLabels: TierLabel[] = [
    'all',
    ...TIERS.filter((t) => shared.some((id) => tierOf(id) === t)),
  ];
  const deltas = tierLabels.flatMap((tier) => {
    const ids = shared.filter((id) => tier === 'all' || tierOf(id) === tier);
    return [1, ...input.ks.filter((k) => k > 1)].map((k) =>
      deltaEstimate(tier, k, ids, tasksA, tasksB, input),
    );
  });

  const sharedSet = new Set(shared);
  const primaryA = scoredA.filter((s) => sharedSet.has(s.taskId) && keep(s) && !s.truncated);
  const primaryB = scoredB.filter((s) => sharedSet.has(s.taskId) && keep(s) && !s.truncated);
  const latticeA = detectLattice(scoredA.map((s) => s.length));
  const latticeB = detectLattice(scoredB.map((s) => s.length));
  const hazards = hazardChanges(
    hazardsOf(primaryA, input.boundaries, latticeA.g),
    hazardsOf(primaryB, input.boundaries, latticeB.g),
  );
  const mhA = boundaryOddsRatios(primaryA, tierLabels, tierOf);
  const mhB = boundaryOddsRatios(primaryB, tierLabels, tierOf);
  const oddsRatios = tierLabels.map((tier) =>
    oddsRatioChange(tier, mhA.get(tier)!, mhB.get(tier)!),
  );

  const latticeChanged = latticeA.g !== latticeB.g;
  const comparison: Comparison = {
    schemaVersion: 1,
    runA: { ...input.a.summary, tasks: tasksA.size },
    runB: { ...input.b.summary, tasks: tasksB.size },
    pairing,
    seed: input.seed,
    bootstrapResamples: input.bootstrapResamples,
    permutationResamples: input.permutationResamples,
    alpha: input.alpha,
    deltas,
    flipped: flippedTasks(shared, tasksA, tasksB, tierOf),
    hazards,
    oddsRatios,
    trend: trendChange(mhA, mhB),
    lattice: {
      a: latticeA.g,
      b: latticeB.g,
      changed: latticeChanged,
      note: latticeChanged
        ? `the reporting lattice changed from g = ${latticeA.g} to g = ${latticeB.g}: a change in how counts are reported, not in the model`
        : `same reporting lattice in both runs (g = ${latticeA.g})`,
    },
    lengthCost: compareLengthCost(
      { ...input.a, prices: input.a.prices ?? null },
      { ...input.b, prices: input.b.prices ?? null },
      {
        tasks: shared,
        keep: (c) => !byCondition || sharedConditions.includes(c),
        seed: input.seed,
        bootstrap: input.bootstrapResamples,
        permutations: input.permutationResamples,
      },
    ),
    changed: false,
    verdict: [],
    warnings,
    gate: [],
  };
  const described = describeComparison(comparison);
  return { ...described, gate: evaluateGate(described, input.gate) };
}

function scored(run: ComparedRun, input: CompareInput): JoinedSample[] {
  const join = joinRecords(
    run.tasks,
    run.samples,
    run.executions,
    input.boundaries,
    input.tolerance,
  );
  // Infrastructure failures never count against a model, in either run.
  return join.joined.filter((s) => s.verdict !== 'sandbox_error');
}

/** B's tier wins when the two corpora disagree about a task; the disagreement is reported. */
function tierResolver(
  input: CompareInput,
  shared: readonly string[],
  warnings: string[],
): (taskId: string) => TierLabel {
  const disagree = shared.filter((id) => {
    const ta = input.a.tasks.get(id)?.tier;
    const tb = input.b.tasks.get(id)?.tier;
    return ta !== undefined && tb !== undefined && ta !== tb;
  });
  if (disagree.length > 0)
    warnings.push(
      `${disagree.length} shared task(s) have different tiers in the two corpora (e.g. ${disagree[0]}); run B's tiers are used`,
    );
  return (id) => input.b.tasks.get(id)?.tier ?? input.a.tasks.get(id)?.tier ?? 'untiered';
}

function hazardsOf(samples: readonly JoinedSample[], boundaries: readonly number[], g: number) {
  return boundaryHazards(
    samples.flatMap((s) => (s.length === null ? [] : [{ length: s.length, taskId: s.taskId }])),
    boundaries,
    g,
  );
}

/** The within-task boundary odds ratio per tier label (docs/analysis.md §6), as in a single run's analysis. */
function boundaryOddsRatios(
  samples: readonly JoinedSample[],
  tiers: readonly TierLabel[],
  tierOf: (id: string) => TierLabel,
): Map<TierLabel, MantelHaenszelResult> {
  const tables = new Map<string, TwoByTwo>();
  for (const s of samples) {
    if (s.alignment === 'unknown') continue;
    const t = tables.get(s.taskId) ?? { a: 0, b: 0, c: 0, d: 0 };
    if (s.alignment === 'aligned') s.passed ? (t.a += 1) : (t.b += 1);
    else s.passed ? (t.c += 1) : (t.d += 1);
    tables.set(s.taskId, t);
  }
  return new Map(
    tiers.map((tier) => [
      tier,
      mantelHaenszel(
        [...tables].filter(([id]) => tier === 'all' || tierOf(id) === tier).map(([, t]) => t),
      ),
    ]),
  );
}
