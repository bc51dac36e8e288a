import { resolveAnalysisOptions, type AnalysisOptions } from '../analyze/analysis-options.js';
import { analyzeTable } from '../analyze/analyze-run.js';
import { createSampleTableBuilder } from '../analyze/sample-table-builder.js';
import type { SampleTable } from '../analyze/sample-table.js';
import { powerAtOddsRatio } from '../analyze/power.js';
import { taskTables } from '../analyze/task-tables.js';
import type { Analysis } from '../core/analysis-record.js';
import type { SampleRecord, TaskRecord, Tier } from '../core/records.js';
import {
  DEFAULT_SIMULATED_CONFIG,
  drawSimulated,
  type SimulatedModelConfig,
} from '../providers/simulated.js';
import {
  covers,
  estimate,
  executionOf,
  sampleOf,
  type ProportionEstimate,
} from './validation-records.js';

/**
 * Validation by simulation (docs/analysis.md §10): many experiments with the simulated model's own
 * generator, each verdict drawn from its planted correctness instead of a sandbox run, analysed by the
 * real pipeline. It measures what the statistics promise: coverage of the MH odds-ratio interval,
 * the rejection rate under the null, power at a planted effect, and that a 64-token reporting lattice
 * with no boundary effect is reported as g = 64 and not as boundary spikes.
 */
/** The planted odds ratio for coverage and power: about 80% power on the bundled corpus (156 tasks) at 20 samples per task, so the power check can miss in either direction. */
export const DEFAULT_VALIDATION_ODDS_RATIO = 0.72;

export interface ValidationPlan {
  replications: { effect: number; null: number; lattice: number };
  samplesPerTask: number;
  /** Odds ratio planted in every tier for the coverage and power experiments. */
  plantedOddsRatio: number;
  seed: number;
}

export interface ValidationResult {
  plan: ValidationPlan;
  coverage: ProportionEstimate;
  /** Coverage of the local comparison's (±20% window) MH OR interval: stopping is independent of length there too. */
  localCoverage: ProportionEstimate;
  power: ProportionEstimate;
  /** The analysis's own power estimate at the planted odds ratio, on the first experiment's design. */
  predictedPower: number | null;
  typeOneError: ProportionEstimate;
  /** Breslow–Day and trend-test rejections when the planted odds ratio is the same in every tier (their null). */
  homogeneityTypeOneError: ProportionEstimate;
  trendTypeOneError: ProportionEstimate;
  /** The exact within-task permutation test's rejection rate under the null (R = 999). */
  permutationTypeOneError: ProportionEstimate;
  lattice: {
    replications: number;
    detected64: number;
    boundarySpikeFindings: number;
    scanDiscoveries: number;
  };
  /** The same experiments with exact counts (g = 1) and no spikes: any spike finding is false. */
  exactNoSpikes: { replications: number; boundarySpikeFindings: number; scanDiscoveries: number };
  meanOddsRatio: number;
  seconds: number;
}

type CorpusTask = Pick<TaskRecord, 'task_id' | 'tier' | 'canonical_solution'>;

const ALPHA = 0.05;
const NULL_PERMUTATIONS = 999;

/** One simulated experiment, analysed: records are built in memory and streamed into the table. */
export function simulateExperiment(
  tasks: readonly CorpusTask[],
  config: SimulatedModelConfig,
  samplesPerTask: number,
  runId: string,
): Analysis {
  const { table, options } = simulateTable(tasks, config, samplesPerTask, runId);
  return analyzeTable(table, options);
}

/** The records of one simulated experiment as a sample table, with the analysis options to apply. */
export function simulateTable(
  tasks: readonly CorpusTask[],
  config: SimulatedModelConfig,
  samplesPerTask: number,
  runId: string,
): { table: SampleTable; options: AnalysisOptions } {
  const tiers = new Map(tasks.map((t) => [t.task_id, { tier: t.tier }]));
  const builder = createSampleTableBuilder(tiers, config.seed);
  const samples: SampleRecord[] = [];
  for (const task of tasks) {
    for (let i = 0; i < samplesPerTask; i++) {
      const draw = drawSimulated(config, task, 'default', i);
      const s = sampleOf(task.task_id, i, draw.reported, draw.truncated, config.maxOutputTokens);
      samples.push(s);
      if (draw.correct !== null || draw.truncated)
        builder.addExecution(executionOf(s, draw.correct === true));
    }
  }
  for (const s of samples) builder.addSample(s);
  // The expensive resampling sections are off: each is checked on its own in the unit tests.
  const options = resolveAnalysisOptions({
    runId,
    tasks: tiers,
    boundaries: config.boundaries,
    tolerance: 0,
    ks: [1],
    planted: null,
    seed: config.seed,
    permutations: 0,
    bootstrap: 0,
    periodicityPermutations: 0,
    powerSimulations: 0,
  });
  return { table: builder.build(), options };
}

const uniform = (or: number): Record<Tier, number> => ({ simple: or, moderate: or, complex: or });

/** Runs the three experiments of the plan. `onProgress` is told how many replications are done. */
export function runValidation(
  tasks: readonly CorpusTask[],
  plan: ValidationPlan,
  onProgress: (done: number, total: number) => void = () => undefined,
): ValidationResult {
  const started = performance.now();
  const total = plan.replications.effect + plan.replications.null + plan.replications.lattice;
  let done = 0;
  const step = () => onProgress(++done, total);
  const base: SimulatedModelConfig = { ...DEFAULT_SIMULATED_CONFIG, seed: plan.seed };
  const effect = runEffectExperiments(tasks, plan, base, step);
  const nullEffect = runNullExperiments(tasks, plan, base, step);
  const { lattice, exactNoSpikes } = runLatticeExperiments(tasks, plan, base, step);
  return {
    plan,
    coverage: estimate(effect.covered, plan.replications.effect, 0.95),
    localCoverage: estimate(effect.localCovered, effect.localTrials, 0.95),
    power: estimate(effect.rejected, plan.replications.effect, 0.5),
    predictedPower: effect.predictedPower,
    typeOneError: estimate(nullEffect.cmhRejections, plan.replications.null, ALPHA),
    permutationTypeOneError: estimate(
      nullEffect.permutationRejections,
      plan.replications.null,
      ALPHA,
    ),
    homogeneityTypeOneError: estimate(effect.bdRejections, effect.tierTests, ALPHA),
    trendTypeOneError: estimate(effect.trendRejections, effect.tierTests, ALPHA),
    lattice,
    exactNoSpikes,
    meanOddsRatio: effect.logOrN > 0 ? Math.exp(effect.logOrSum / effect.logOrN) : Number.NaN,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The planted odds ratio in every tier: how often the intervals cover it and CMH rejects, and, since
 * the ratio is the same in every tier, how often Breslow–Day and the trend test reject (their null).
 */
function runEffectExperiments(
  tasks: readonly CorpusTask[],
  plan: ValidationPlan,
  base: SimulatedModelConfig,
  step: () => void,
) {
  const tally = {
    covered: 0,
    rejected: 0,
    logOrSum: 0,
    logOrN: 0,
    predictedPower: null as number | null,
    bdRejections: 0,
    trendRejections: 0,
    tierTests: 0,
    localCovered: 0,
    localTrials: 0,
  };
  for (let r = 0; r < plan.replications.effect; r++) {
    const config = {
      ...base,
      seed: plan.seed * 100_000 + r,
      alignedOddsRatio: uniform(plan.plantedOddsRatio),
    };
    const { table, options } = simulateTable(tasks, config, plan.samplesPerTask, `effect-${r}`);
    if (r === 0)
      tally.predictedPower = powerAtOddsRatio(
        taskTables(table, {
          boundaries: options.boundaries,
          tolerance: 0,
          includeTruncated: false,
        }),
        plan.plantedOddsRatio,
        1_000,
        plan.seed,
      );
    const analysis = analyzeTable(table, options);
    const all = allTasks(analysis);
    if (analysis.complexity?.breslowDay && analysis.complexity.trend) {
      tally.tierTests += 1;
      if (analysis.complexity.breslowDay.pValue < ALPHA) tally.bdRejections += 1;
      if (analysis.complexity.trend.pValue < ALPHA) tally.trendRejections += 1;
    }
    const local = all?.local?.oddsRatioInterval;
    if (local) {
      tally.localTrials += 1;
      if (covers(local, plan.plantedOddsRatio)) tally.localCovered += 1;
    }
    if (covers(all?.oddsRatioInterval ?? null, plan.plantedOddsRatio)) tally.covered += 1;
    if (all?.cmhPValue != null && all.cmhPValue < ALPHA) tally.rejected += 1;
    if (all?.oddsRatio) ((tally.logOrSum += Math.log(all.oddsRatio)), (tally.logOrN += 1));
    step();
  }
  return tally;
}

/** No effect at all: how often CMH and the exact permutation test reject (type-I error). */
function runNullExperiments(
  tasks: readonly CorpusTask[],
  plan: ValidationPlan,
  base: SimulatedModelConfig,
  step: () => void,
) {
  let cmhRejections = 0;
  let permutationRejections = 0;
  for (let r = 0; r < plan.replications.null; r++) {
    const { table, options } = simulateTable(
      tasks,
      { ...base, seed: plan.seed * 100_000 + 50_000 + r, alignedOddsRatio: uniform(1) },
      plan.samplesPerTask,
      `null-${r}`,
    );
    const all = allTasks(analyzeTable(table, { ...options, permutations: NULL_PERMUTATIONS }));
    if (all?.cmhPValue != null && all.cmhPValue < ALPHA) cmhRejections += 1;
    if (all?.permutationP != null && all.permutationP < ALPHA) permutationRejections += 1;
    step();
  }
  return { cmhRejections, permutationRejections };
}

/** A 64-token reporting lattice, and exact counts, with no spikes: any spike finding is false. */
function runLatticeExperiments(
  tasks: readonly CorpusTask[],
  plan: ValidationPlan,
  base: SimulatedModelConfig,
  step: () => void,
): Pick<ValidationResult, 'lattice' | 'exactNoSpikes'> {
  const lattice = {
    replications: plan.replications.lattice,
    detected64: 0,
    boundarySpikeFindings: 0,
    scanDiscoveries: 0,
  };
  const exactNoSpikes = {
    replications: plan.replications.lattice,
    boundarySpikeFindings: 0,
    scanDiscoveries: 0,
  };
  for (let r = 0; r < plan.replications.lattice; r++) {
    const seed = plan.seed * 100_000 + 90_000 + r;
    for (const g of [64, 1]) {
      const a = simulateExperiment(
        tasks,
        { ...base, seed, reportingLattice: g, stopProbability: 0, alignedOddsRatio: uniform(1) },
        plan.samplesPerTask,
        `lattice-${g}-${r}`,
      );
      const tally = g === 64 ? lattice : exactNoSpikes;
      if (g === 64 && a.lattice.g === 64) lattice.detected64 += 1;
      if (a.hazards.some((h) => h.pHolm !== null && h.pHolm < ALPHA))
        tally.boundarySpikeFindings += 1;
      if ((a.scan?.discoveries.length ?? 0) > 0) tally.scanDiscoveries += 1;
    }
    step();
  }
  return { lattice, exactNoSpikes };
}

function allTasks(a: Analysis) {
  return a.boundaryEffects.find((e) => e.tier === 'all');
}
