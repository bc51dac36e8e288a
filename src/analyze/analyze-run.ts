import { ALIGNMENTS, type Analysis, type AlignmentLabel, type BoundaryEffect, type PassRateStratum, type PlantedEffect, type TierLabel } from '../core/analysis-record.js';
import type { ExecutionRecord, SampleRecord, TaskRecord } from '../core/records.js';
import { TIERS } from '../core/records.js';
import { describeFindings } from './findings.js';
import { boundaryHazards } from './hazard.js';
import { clusteredMean, holmAdjust, wilsonInterval } from './intervals.js';
import { joinRecords, type JoinedSample } from './join.js';
import { detectLattice } from './lattice.js';
import { isInformative, mantelHaenszel, type TwoByTwo } from './mantel-haenszel.js';
import { passAtK } from './pass-at-k.js';

export interface AnalysisInput {
  runId: string;
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier'>>;
  samples: Iterable<SampleRecord>;
  executions: Iterable<ExecutionRecord>;
  boundaries: readonly number[];
  /** Alignment tolerance δ in tokens; 0 means exact. */
  tolerance: number;
  ks: readonly number[];
  planted: PlantedEffect | null;
}

/**
 * The whole analysis of one run, as data (ANALYSIS.md §1–6). Pure: the same records give the same
 * analysis. Sandbox errors never count against the model; truncated samples are reported apart and
 * left out of the boundary statistics; samples without a reasoning count are "unknown", never
 * "not aligned".
 */
export function analyzeRun(input: AnalysisInput): Analysis {
  const join = joinRecords(input.tasks, input.samples, input.executions, input.boundaries, input.tolerance);
  const scored = join.joined.filter((s) => s.verdict !== 'sandbox_error');
  const truncated = scored.filter((s) => s.truncated);
  const primary = scored.filter((s) => !s.truncated);
  const tierLabels = tierLabelsOf(scored);

  const lattice = detectLattice(scored.map((s) => s.length));
  const lengths = primary.flatMap((s) => (s.length === null ? [] : [{ length: s.length, taskId: s.taskId }]));
  const hazards = boundaryHazards(lengths, input.boundaries, lattice.g);

  const strata: PassRateStratum[] = [];
  for (const tier of tierLabels) {
    const inTier = primary.filter((s) => tier === 'all' || tierLabelOf(s) === tier);
    for (const alignment of ['any', ...ALIGNMENTS] as const) {
      strata.push(passRateStratum(tier, alignment, alignment === 'any' ? inTier : inTier.filter((s) => s.alignment === alignment)));
    }
  }

  const effects = tierLabels.map((tier) => boundaryEffect(tier, primary.filter((s) => tier === 'all' || tierLabelOf(s) === tier)));
  const perTierP = holmAdjust(effects.map((e) => (e.tier === 'all' ? null : e.cmhPValue)));
  const boundaryEffects = effects.map((e, i) => ({ ...e, cmhPHolm: e.tier === 'all' ? e.cmhPValue : (perTierP[i] ?? null), permutationP: null, permutations: 0, local: null }));

  const perTask = new Map<string, { n: number; c: number }>();
  for (const s of scored) {
    const entry = perTask.get(s.taskId) ?? { n: 0, c: 0 };
    entry.n += 1;
    entry.c += s.passed ? 1 : 0;
    perTask.set(s.taskId, entry);
  }
  const truncatedPasses = truncated.filter((s) => s.passed).length;

  const analysis: Analysis = {
    schemaVersion: 2,
    runId: input.runId,
    boundaries: [...input.boundaries],
    tolerance: input.tolerance,
    hasVerdicts: join.joined.length > 0,
    seeds: { seed: 0, permutations: 0, bootstrap: 0, periodicityPermutations: 0, powerSimulations: 0 },
    lattice,
    distribution: { samples: lengths.length, zeros: 0, mean: null, median: null, quantiles: [], max: null, binWidth: lattice.g, bins: [], marks: [] },
    scan: null,
    periodicity: null,
    groups: [],
    complexity: null,
    lengthCurves: null,
    power: null,
    absentSections: [],
    counts: {
      samples: join.samples,
      executed: join.joined.length,
      sandboxErrors: join.joined.length - scored.length,
      generationErrors: join.generationErrors,
      truncated: truncated.length,
      unknownLength: primary.filter((s) => s.alignment === 'unknown').length,
      retriedAlone: join.retriedAlone,
      changedOnRetry: join.changedOnRetry,
    },
    passAtK: input.ks.map((k) => ({ ...passAtK(perTask, k), interval: null, bootstrapInterval: null })),
    strata,
    boundaryEffects,
    hazards,
    truncation: {
      samples: truncated.length, signalled: truncated.length, outputAtCap: 0, reasoningAtBudget: 0, share: null, scored: truncated.length,
      passes: truncatedPasses, passRate: truncated.length > 0 ? truncatedPasses / truncated.length : null, hazardsIncludingTruncated: [], effectIncludingTruncated: null,
    },
    planted: input.planted,
    findings: [],
    caveats: [],
  };
  const { findings, caveats } = describeFindings(analysis, join.unexecuted);
  return { ...analysis, findings, caveats };
}

function tierLabelOf(s: JoinedSample): TierLabel {
  return s.tier ?? 'untiered';
}

function tierLabelsOf(samples: readonly JoinedSample[]): TierLabel[] {
  const present = new Set(samples.map(tierLabelOf));
  return ['all', ...TIERS.filter((t) => present.has(t)), ...(present.has('untiered') ? (['untiered'] as const) : [])];
}

function groupByTask(samples: readonly JoinedSample[]): Map<string, JoinedSample[]> {
  const byTask = new Map<string, JoinedSample[]>();
  for (const s of samples) byTask.set(s.taskId, [...(byTask.get(s.taskId) ?? []), s]);
  return byTask;
}

/** Pass rate as the mean of per-task rates, with a task-clustered interval (Wilson for a single task). */
function passRateStratum(tier: TierLabel, alignment: AlignmentLabel, samples: readonly JoinedSample[]): PassRateStratum {
  const byTask = groupByTask(samples);
  const rates = [...byTask.values()].map((xs) => xs.filter((s) => s.passed).length / xs.length);
  const passes = samples.filter((s) => s.passed).length;
  const { mean, interval } = clusteredMean(rates);
  return {
    tier,
    alignment,
    samples: samples.length,
    passes,
    tasks: byTask.size,
    passRate: mean,
    interval: byTask.size === 1 ? wilsonInterval(passes, samples.length) : interval,
  };
}

/** Within-task comparison of aligned against not-aligned samples (ANALYSIS.md §6). */
function boundaryEffect(tier: TierLabel, samples: readonly JoinedSample[]): Omit<BoundaryEffect, 'cmhPHolm' | 'permutationP' | 'permutations' | 'local'> {
  const tables: TwoByTwo[] = [];
  for (const xs of groupByTask(samples.filter((s) => s.alignment !== 'unknown')).values()) {
    const t = { a: 0, b: 0, c: 0, d: 0 };
    for (const s of xs) {
      if (s.alignment === 'aligned') s.passed ? (t.a += 1) : (t.b += 1);
      else s.passed ? (t.c += 1) : (t.d += 1);
    }
    tables.push(t);
  }
  const mh = mantelHaenszel(tables);
  const bothArms = tables.filter((t) => t.a + t.b > 0 && t.c + t.d > 0);
  const sum = (f: (t: TwoByTwo) => number) => bothArms.reduce((acc, t) => acc + f(t), 0);
  const alignedN = sum((t) => t.a + t.b);
  const notAlignedN = sum((t) => t.c + t.d);
  return {
    tier,
    informativeTasks: tables.filter(isInformative).length,
    alignedSamples: tables.reduce((acc, t) => acc + t.a + t.b, 0),
    notAlignedSamples: tables.reduce((acc, t) => acc + t.c + t.d, 0),
    alignedPassRate: alignedN > 0 ? sum((t) => t.a) / alignedN : null,
    notAlignedPassRate: notAlignedN > 0 ? sum((t) => t.c) / notAlignedN : null,
    oddsRatio: mh.oddsRatio,
    oddsRatioInterval: mh.oddsRatioInterval,
    riskDifferencePp: mh.riskDifference === null ? null : mh.riskDifference * 100,
    cmhPValue: mh.pValue,
  };
}
