import { resolveAnalysisOptions } from '../analyze/analysis-options.js';
import { analyzeTable } from '../analyze/analyze-run.js';
import type { Analysis } from '../core/analysis-record.js';
import type { TaskRecord } from '../core/records.js';
import { RUN_DEFAULTS } from '../core/run-defaults.js';
import type { SimulatedModelConfig } from '../providers/simulated.js';
import { plantedArms } from '../providers/simulated-expectation.js';
import { simulateArmsTable } from './arm-validation.js';

/**
 * The demo's design (the bundled corpus × effort low and high × n samples, the planted boundary effect
 * and scaling curve) with the verdicts drawn from the simulated model's planted correctness instead of
 * the sandbox, analysed by the real pipeline. The sandbox agrees with the planted verdicts (a correct
 * answer is the reference, a wrong one a mutant the tests kill), so this says, cheaply and for any
 * seed, whether the demo recovers what it plants: its power over seeds (README "Arms").
 */
type CorpusTask = Pick<TaskRecord, 'task_id' | 'tier' | 'canonical_solution'>;

export const DEMO_ARMS = RUN_DEFAULTS.demoEfforts.map((effort) => ({
  id: `effort=${effort}`,
  effort,
}));

/** What "the demo recovered its plant" means; the demo test checks the same on the real run. */
export interface DemoRecovery {
  /** Arms: Δ pass@1 of high against low on complex tasks is positive and significant (Holm p < α). */
  complexArmEffect: boolean;
  /** Arms: the simple tier's Δ pass@1 (nothing planted) is not significant. */
  simpleArmNull: boolean;
  /** Arms: the token-ratio CI over all tasks holds the planted ratio. */
  tokenRatioCovered: boolean;
  /** Boundary: complex aligned samples are worse, beyond noise (CMH Holm p < α, OR CI below 1). */
  complexBoundaryEffect: boolean;
  /** Boundary: no significant effect on simple or moderate tasks (nothing planted there). */
  otherTiersBoundaryNull: boolean;
}

const ALPHA = 0.05;

/** Reads recovery off an analysis of a demo-shaped run (two effort arms, the planted preset). */
export function demoRecovery(analysis: Analysis, plantedTokenRatio: number): DemoRecovery {
  const tiers = analysis.arms?.comparisons[0]?.tiers ?? [];
  const delta = (tier: string) => tiers.find((d) => d.tier === tier);
  const complex = delta('complex');
  const ratio = delta('all')?.tokenInterval;
  const effect = (tier: string) => analysis.boundaryEffects.find((e) => e.tier === tier);
  const boundary = effect('complex');
  return {
    complexArmEffect: (complex?.passDelta ?? 0) > 0 && (complex?.passPHolm ?? 1) < ALPHA,
    simpleArmNull: (delta('simple')?.passPHolm ?? 1) >= ALPHA,
    tokenRatioCovered:
      ratio !== null &&
      ratio !== undefined &&
      ratio.low <= plantedTokenRatio &&
      plantedTokenRatio <= ratio.high,
    complexBoundaryEffect:
      (boundary?.cmhPHolm ?? 1) < ALPHA && (boundary?.oddsRatioInterval?.high ?? 1) < 1,
    otherTiersBoundaryNull: (['simple', 'moderate'] as const).every(
      (t) => (effect(t)?.cmhPHolm ?? 1) >= ALPHA,
    ),
  };
}

/** The planted ratio of mean reasoning tokens, high against low, over all tasks. */
export function plantedTokenRatio(
  config: SimulatedModelConfig,
  tasks: readonly CorpusTask[],
  draws = 100,
): number {
  const planted = plantedArms(
    config,
    tasks,
    DEMO_ARMS.map((a) => ({ id: a.id, reasoningEffort: a.effort, thinkingBudget: null })),
    draws,
  ).filter((p) => p.tier === 'all');
  return planted[1]!.meanReasoning / planted[0]!.meanReasoning;
}

/**
 * One demo with planted verdicts, analysed as `bbench demo` analyses it (same seed for the model and
 * the analysis), except for fewer resamples on the sections recovery does not read.
 */
export function simulateDemo(
  tasks: readonly CorpusTask[],
  config: SimulatedModelConfig,
  samplesPerTask: number,
  resamples = 2_000,
): Analysis {
  const table = simulateArmsTable(tasks, config, DEMO_ARMS, samplesPerTask);
  const options = resolveAnalysisOptions({
    runId: `demo-seed${config.seed}`,
    tasks: new Map(tasks.map((t) => [t.task_id, { tier: t.tier }])),
    boundaries: config.boundaries,
    tolerance: 0,
    ks: [1],
    planted: null,
    seed: config.seed,
    permutations: resamples,
    bootstrap: resamples,
    periodicityPermutations: 0,
    powerSimulations: 0,
  });
  return analyzeTable(table, options);
}

export type DemoPower = { [K in keyof DemoRecovery]: number } & { seeds: number };

/** How often each part of the plant is recovered over `seeds` seeds (1, 2, …) of the demo's design. */
export function demoPower(
  tasks: readonly CorpusTask[],
  config: SimulatedModelConfig,
  samplesPerTask: number,
  seeds: readonly number[],
  onSeed: (seed: number, recovery: DemoRecovery) => void = () => undefined,
): DemoPower {
  const power: DemoPower = {
    seeds: seeds.length,
    complexArmEffect: 0,
    simpleArmNull: 0,
    tokenRatioCovered: 0,
    complexBoundaryEffect: 0,
    otherTiersBoundaryNull: 0,
  };
  for (const seed of seeds) {
    const seeded = { ...config, seed };
    const recovery = demoRecovery(
      simulateDemo(tasks, seeded, samplesPerTask),
      plantedTokenRatio(seeded, tasks),
    );
    for (const key of Object.keys(recovery) as (keyof DemoRecovery)[])
      if (recovery[key]) power[key] += 1;
    onSeed(seed, recovery);
  }
  return power;
}
