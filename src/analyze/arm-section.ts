import type { TierLabel } from '../core/analysis-record.js';
import type {
  ArmRow,
  ArmsSection,
  ArmTierStats,
  PriceTable,
  TokenSummary,
} from '../core/arm-record.js';
import { BenchError } from '../core/errors.js';
import { TIERS } from '../core/records.js';
import { createRng } from '../core/rng.js';
import { compareArms } from './arm-comparison.js';
import { meanWithInterval, perSolved, quantilesOf, type ResampleOptions } from './arm-stats.js';
import { sumArmTasks, type ArmTasks } from './arm-tasks.js';
import { clusteredMean } from './intervals.js';
import { passAtK } from './pass-at-k.js';
import type { ArmKey, SampleTable } from './sample-table.js';

export interface ArmSectionOptions {
  seed: number;
  bootstrap: number;
  permutations: number;
  ks: readonly number[];
  prices: PriceTable | null;
  /** The arm the others are compared against (its id or condition id); null: the first arm. */
  baselineArm: string | null;
  alpha: number;
}

/** Efforts in the order the vendors document them, so arms sort from least to most reasoning. */
const EFFORT_ORDER = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];

/** Arms sorted by model, then effort, then budget, then condition id: a stable, meaningful order. */
function armOrder(x: ArmKey, y: ArmKey): number {
  const effort = (e: string | null) => (e === null ? -1 : EFFORT_ORDER.indexOf(e.toLowerCase()));
  return (
    x.model.localeCompare(y.model) ||
    effort(x.effort) - effort(y.effort) ||
    (x.budget ?? -1) - (y.budget ?? -1) ||
    x.conditionId.localeCompare(y.conditionId)
  );
}

/**
 * Per arm, on all tasks and per tier: pass@1 and pass@k, reasoning and output tokens, truncation,
 * latency, tokens and cost per solved task; then each arm against the baseline, paired on tasks.
 * Null when the table has no sample.
 */
export function armSection(table: SampleTable, options: ArmSectionOptions): ArmsSection | null {
  if (table.size === 0) return null;
  const summed = sumArmTasks(table, options.prices).sort((x, y) =>
    armOrder(table.arms[x.arm]!, table.arms[y.arm]!),
  );
  const ids = armIds(table.arms);
  const tiers: TierLabel[] = [
    'all',
    ...TIERS.filter((t) => table.taskTiers.some((tier) => tier === t)),
  ];
  const arms: ArmRow[] = summed.map((a) => {
    const key = table.arms[a.arm]!;
    return {
      id: ids[a.arm]!,
      model: key.model,
      conditionId: key.conditionId,
      effort: key.effort,
      budget: key.budget,
      systemPromptHash: key.systemPromptHash,
      tiers: tiers.map((tier) =>
        tierStats(table, a, tier, { ...options, stream: `${ids[a.arm]}/${tier}` }),
      ),
    };
  });
  const wanted = options.baselineArm;
  const base =
    wanted === null ? 0 : arms.findIndex((r) => r.id === wanted || r.conditionId === wanted);
  if (base < 0)
    throw new BenchError(
      'USAGE',
      `option --baseline-arm: expected one of the run's arms (${arms.map((r) => r.id).join(', ')}), received '${wanted}'`,
    );
  return {
    baseline: arms[base]!.id,
    alpha: options.alpha,
    arms,
    comparisons: compareArms(table, summed, arms, base, tiers, options),
    prices: options.prices,
  };
}

/** Condition ids, prefixed by the model only where two models share a condition id. */
function armIds(arms: readonly ArmKey[]): string[] {
  const seen = new Map<string, number>();
  for (const a of arms) seen.set(a.conditionId, (seen.get(a.conditionId) ?? 0) + 1);
  return arms.map((a) =>
    (seen.get(a.conditionId) ?? 0) > 1 && !a.conditionId.startsWith(`${a.model}|`)
      ? `${a.model}|${a.conditionId}`
      : a.conditionId,
  );
}

/** The arm's task positions on a tier. */
export function tasksOnTier(table: SampleTable, a: ArmTasks, tier: TierLabel): number[] {
  const out: number[] = [];
  for (let t = 0; t < a.task.length; t++)
    if (tier === 'all' || (table.taskTiers[a.task[t]!] ?? 'untiered') === tier) out.push(t);
  return out;
}

const pick = (xs: Float64Array, at: readonly number[]) => at.map((t) => xs[t]!);
const total = (xs: Float64Array, at: readonly number[]) => at.reduce((s, t) => s + xs[t]!, 0);

function tierStats(
  table: SampleTable,
  a: ArmTasks,
  tier: TierLabel,
  options: ArmSectionOptions & { stream: string },
): ArmTierStats {
  const at = tasksOnTier(table, a, tier);
  const resample: ResampleOptions = {
    seed: options.seed,
    stream: options.stream,
    bootstrap: options.bootstrap,
    permutations: options.permutations,
  };
  const reasoning: number[] = [];
  const output: number[] = [];
  const latency: number[] = [];
  for (const t of at)
    for (let r = a.rowStart[t]!; r < a.rowStart[t + 1]!; r++) {
      const row = a.rows[r]!;
      if (table.length[row]! >= 0) reasoning.push(table.length[row]!);
      if (table.output[row]! >= 0) output.push(table.output[row]!);
      if (table.latency[row]! >= 0) latency.push(table.latency[row]!);
    }
  const scoredTasks = at.filter((t) => a.scored[t]! > 0);
  const pass = clusteredMean(scoredTasks.map((t) => a.passes[t]! / a.scored[t]!));
  const passes = total(a.passes, at);
  const samples = total(a.samples, at);
  const perTask = new Map(
    scoredTasks.map((t) => [table.taskIds[a.task[t]!]!, { n: a.scored[t]!, c: a.passes[t]! }]),
  );
  const rng = createRng(options.seed, 'arm-pass-at-k', options.stream);
  const spent = total(a.spent, at);
  const cost = a.cost ? total(a.cost, at) : Number.NaN;
  return {
    tier,
    samples,
    scored: total(a.scored, at),
    passes,
    tasks: at.length,
    passRate: pass.mean,
    passInterval: pass.interval,
    passAtK: scoredTasks.length === 0 ? [] : options.ks.map((k) => passAtK(perTask, k, 0, rng)),
    reasoning: summary(pick(a.reasoningSum, at), pick(a.reasoningCount, at), reasoning, {
      ...resample,
      stream: `${options.stream}/reasoning`,
    }),
    output: summary(pick(a.outputSum, at), pick(a.outputCount, at), output, {
      ...resample,
      stream: `${options.stream}/output`,
    }),
    truncatedShare: samples > 0 ? total(a.truncated, at) / samples : null,
    ...latencyQuantiles(latency),
    tokensPerSolved: perSolved(Number.isNaN(spent) ? null : spent, passes),
    costPerSolved: perSolved(Number.isNaN(cost) ? null : cost, passes),
  };
}

function summary(
  sums: number[],
  counts: number[],
  values: number[],
  options: ResampleOptions,
): TokenSummary {
  const { mean, interval } = meanWithInterval({ sums, counts }, options);
  const [median = null, p90 = null] = quantilesOf(values, [0.5, 0.9]);
  return { samples: values.length, mean, meanInterval: interval, median, p90 };
}

function latencyQuantiles(latency: number[]) {
  const [median = null, p90 = null] = quantilesOf(latency, [0.5, 0.9]);
  return { latencyMedianMs: median, latencyP90Ms: p90 };
}
