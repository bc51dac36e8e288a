import { armSection } from '../analyze/arm-section.js';
import { createSampleTableBuilder } from '../analyze/sample-table-builder.js';
import type { SampleTable } from '../analyze/sample-table.js';
import type { ArmDelta } from '../core/arm-record.js';
import type { SampleRecord, TaskRecord } from '../core/records.js';
import {
  DEFAULT_SIMULATED_CONFIG,
  drawSimulated,
  type SimulatedModelConfig,
} from '../providers/simulated.js';
import { plantedArms } from '../providers/simulated-expectation.js';
import {
  covers,
  estimate,
  executionOf,
  simulatedSample,
  targetCheck,
  widened,
  type ProportionEstimate,
  type TargetCheck,
} from './validation-records.js';

/**
 * Validation by simulation of the arm statistics (README "Arms"): experiments with two arms of the
 * simulated model on the same tasks, verdicts drawn from its planted correctness, analysed by the
 * real arm section. With a planted scaling curve (effort low against high) it measures the coverage
 * of the paired Δ pass@1 interval and of the token-ratio interval; with two identical arms it
 * measures the type-I error of the sign-flip and swap tests. The truth of an experiment's tasks is
 * their expected value, and the population truth the intervals aim at is its mean over experiments.
 */
export interface ArmValidationPlan {
  replications: number;
  samplesPerTask: number;
  seed: number;
  /** Bootstrap and permutation resamples per estimate (fewer than an analysis, for speed). */
  resamples: number;
  /** Monte Carlo draws per task for each experiment's planted truth. */
  truthDraws: number;
}

export interface ArmValidationResult {
  plan: ArmValidationPlan;
  passCoverage: ProportionEstimate;
  tokenCoverage: ProportionEstimate;
  passTypeOne: ProportionEstimate;
  tokenTypeOne: ProportionEstimate;
  /** The population truth (mean over experiments) and the mean estimate, on all tasks. */
  truePassDelta: number;
  meanPassDelta: number;
  trueTokenRatio: number;
  meanTokenRatio: number;
  seconds: number;
}

type CorpusTask = Pick<TaskRecord, 'task_id' | 'tier' | 'canonical_solution'>;
const ALPHA = 0.05;

/** The records of one experiment with these arms as a sample table, verdicts from the planted correctness. */
export function simulateArmsTable(
  tasks: readonly CorpusTask[],
  config: SimulatedModelConfig,
  arms: readonly { id: string; effort: string }[],
  samplesPerTask: number,
): SampleTable {
  const tiers = new Map(tasks.map((t) => [t.task_id, { tier: t.tier }]));
  const builder = createSampleTableBuilder(tiers, config.seed);
  const samples: SampleRecord[] = [];
  for (const arm of arms)
    for (const task of tasks)
      for (let i = 0; i < samplesPerTask; i++) {
        const request = { reasoningEffort: arm.effort, thinkingBudget: null };
        const d = drawSimulated(config, task, arm.id, i, request);
        const s = simulatedSample({
          taskId: task.task_id,
          conditionId: arm.id,
          index: i,
          reported: d.reported,
          truncated: d.truncated,
          outputTokens: d.reported + 40,
          cap: DEFAULT_SIMULATED_CONFIG.maxOutputTokens,
          model: 'simulated',
          reasoningEffort: arm.effort,
        });
        samples.push(s);
        builder.addExecution(executionOf(s, d.correct === true));
      }
  for (const s of samples) builder.addSample(s);
  return builder.build();
}

function experiment(
  tasks: readonly CorpusTask[],
  seed: number,
  arms: readonly { id: string; effort: string }[],
  plan: ArmValidationPlan,
): ArmDelta {
  const table = simulateArmsTable(
    tasks,
    { ...DEFAULT_SIMULATED_CONFIG, seed },
    arms,
    plan.samplesPerTask,
  );
  const section = armSection(table, {
    seed,
    bootstrap: plan.resamples,
    permutations: plan.resamples,
    ks: [1],
    prices: null,
    baselineArm: arms[0]!.id,
    alpha: ALPHA,
  });
  return section!.comparisons[0]!.tiers.find((t) => t.tier === 'all')!;
}

/** Runs the planted-curve experiments and the null experiments; `onProgress` counts both. */
export function runArmValidation(
  tasks: readonly CorpusTask[],
  plan: ArmValidationPlan,
  onProgress: (done: number, total: number) => void = () => undefined,
): ArmValidationResult {
  const started = performance.now();
  const curve = [
    { id: 'effort=low', effort: 'low' },
    { id: 'effort=high', effort: 'high' },
  ];
  const same = [
    { id: 'a', effort: 'medium' },
    { id: 'b', effort: 'medium' },
  ];
  const total = 2 * plan.replications;
  const estimates: ArmDelta[] = [];
  const truths: { low: number; high: number; lowTokens: number; highTokens: number }[] = [];
  for (let r = 0; r < plan.replications; r++) {
    const seed = plan.seed * 100_000 + r;
    estimates.push(experiment(tasks, seed, curve, plan));
    const planted = plantedArms(
      { ...DEFAULT_SIMULATED_CONFIG, seed },
      tasks,
      curve.map((a) => ({ id: a.id, reasoningEffort: a.effort, thinkingBudget: null })),
      plan.truthDraws,
    ).filter((p) => p.tier === 'all');
    truths.push({
      low: planted[0]!.passRate,
      high: planted[1]!.passRate,
      lowTokens: planted[0]!.meanReasoning,
      highTokens: planted[1]!.meanReasoning,
    });
    onProgress(r + 1, total);
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const truePassDelta = mean(truths.map((t) => t.high - t.low));
  const trueTokenRatio =
    mean(truths.map((t) => t.highTokens)) / mean(truths.map((t) => t.lowTokens));
  let passTypeOne = 0;
  let tokenTypeOne = 0;
  for (let r = 0; r < plan.replications; r++) {
    const d = experiment(tasks, plan.seed * 100_000 + 50_000 + r, same, plan);
    if (d.passP !== null && d.passP < ALPHA) passTypeOne += 1;
    if (d.tokenP !== null && d.tokenP < ALPHA) tokenTypeOne += 1;
    onProgress(plan.replications + r + 1, total);
  }
  const n = plan.replications;
  return {
    plan,
    passCoverage: estimate(
      estimates.filter((d) => covers(d.passInterval, truePassDelta)).length,
      n,
      0.95,
    ),
    tokenCoverage: estimate(
      estimates.filter((d) => covers(d.tokenInterval, trueTokenRatio)).length,
      n,
      0.95,
    ),
    passTypeOne: estimate(passTypeOne, n, ALPHA),
    tokenTypeOne: estimate(tokenTypeOne, n, ALPHA),
    truePassDelta,
    meanPassDelta: mean(estimates.map((d) => d.passDelta ?? 0)),
    trueTokenRatio,
    meanTokenRatio: mean(estimates.map((d) => d.tokenRatio ?? 0)),
    seconds: (performance.now() - started) / 1000,
  };
}

/** The arm targets, each widened by z Monte Carlo standard errors (as the boundary targets are). */
export function checkArmTargets(result: ArmValidationResult, z = 3.5): TargetCheck[] {
  const check = (name: string, e: ProportionEstimate, lo: number, hi: number): TargetCheck =>
    // Rounded: 0.07 * 100 prints as 7.000000000000001.
    targetCheck(
      name,
      e.rate,
      `${Math.round(lo * 100)}–${Math.round(hi * 100)}%`,
      widened(lo, hi, e.se, z),
    );
  return [
    check('arms: paired Δ pass@1 95% CI coverage', result.passCoverage, 0.93, 0.97),
    check('arms: token-ratio 95% CI coverage', result.tokenCoverage, 0.93, 0.97),
    check('arms: type-I error of the Δ pass@1 sign-flip test', result.passTypeOne, 0.03, 0.07),
    check('arms: type-I error of the token-ratio swap test', result.tokenTypeOne, 0.03, 0.07),
  ];
}
