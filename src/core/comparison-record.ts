import type { Interval, TierLabel } from './analysis-record.js';

/** The shape of comparison.json (`bbench compare A B`). Published as schemas/comparison.schema.json. */

export interface RunSummary {
  runId: string;
  /** The provider spec the run was made with, e.g. `simulated` or `openai:gpt-5.5`. */
  model: string;
  createdAt: string;
  corpusHash: string;
  /** Tasks with at least one executed sample. */
  tasks: number;
}

/** How the two runs were paired, and what fell outside the pairing. */
export interface Pairing {
  /** `task+condition` when the runs share condition ids, else `task` (conditions pooled). */
  by: 'task' | 'task+condition';
  sharedTasks: number;
  onlyInA: number;
  onlyInB: number;
  /** The condition ids compared (shared by both runs), or every condition when pooled. */
  conditions: string[];
  corpusHashesDiffer: boolean;
}

/** A paired difference B − A of a per-task rate, averaged over the shared tasks. */
export interface DeltaEstimate {
  tier: TierLabel;
  /** 1 for pass@1 (the per-sample pass rate), else the k of pass@k. */
  k: number;
  tasks: number;
  a: number | null;
  b: number | null;
  delta: number | null;
  /** Paired cluster bootstrap over tasks (percentile, 95%). */
  interval: Interval | null;
  /** Paired sign-flip permutation p, two-sided (exact over the tasks that differ when 20 or fewer). */
  pValue: number | null;
  /** How `pValue` was obtained: exact over the differing tasks, or simulated; null with no p. */
  pMethod: string | null;
  /** Whether the interval excludes 0; null when there is no interval. */
  excludesZero: boolean | null;
  /** Why delta is null, e.g. "task X has 3 samples in A, fewer than k = 5". */
  nullReason: string | null;
}

/** A task that passed in one run and failed in the other (pass = more than half of its samples passed). */
export interface FlippedTask {
  taskId: string;
  tier: TierLabel;
  passRateA: number;
  passRateB: number;
  direction: 'regressed' | 'improved';
}

export interface HazardSide {
  stopped: number;
  reached: number;
  hazard: number | null;
  /** Wilson 95% interval of the hazard (a binomial share of the samples that reached the boundary). */
  interval: Interval | null;
}

/** The hazard at one boundary in each run, and a two-sided two-proportion z-test of the change. */
export interface HazardChange {
  boundary: number;
  a: HazardSide;
  b: HazardSide;
  delta: number | null;
  pValue: number | null;
}

/** The boundary odds ratio (MH over tasks) in each run, and their ratio B/A with a z-test on the log scale. */
export interface OddsRatioChange {
  tier: TierLabel;
  a: number | null;
  aInterval: Interval | null;
  b: number | null;
  bInterval: Interval | null;
  ratio: number | null;
  ratioInterval: Interval | null;
  pValue: number | null;
}

/** Slope of the log boundary odds ratio per tier step (simple → moderate → complex), inverse-variance weighted. */
export interface TrendChange {
  a: number | null;
  aPValue: number | null;
  b: number | null;
  bPValue: number | null;
  delta: number | null;
  pValue: number | null;
}

export interface LatticeChange {
  a: number;
  b: number;
  changed: boolean;
  note: string;
}

/** One `--fail-on` rule and whether this comparison crossed it. */
export interface GateResult {
  rule: string;
  crossed: boolean;
  detail: string;
}

/** A per-task mean in each run and its ratio B/A, paired on the shared tasks. */
export interface RatioChange {
  /** Shared tasks that hold the measure in both runs. */
  tasks: number;
  a: number | null;
  b: number | null;
  ratio: number | null;
  /** Paired task bootstrap (percentile, 95%). */
  interval: Interval | null;
  /** Two-sided swap-permutation p (each task's two runs exchanged). */
  pValue: number | null;
}

/** Length, latency and cost next to quality. */
export interface LengthCost {
  reasoningTokens: RatioChange;
  /** Output tokens, reasoning included. */
  outputTokens: RatioChange;
  latencyMs: RatioChange;
  /** Σ output tokens / Σ passes. */
  tokensPerSolved: RatioChange;
  /** Σ US dollars / Σ passes; null unless both runs have prices. */
  costPerSolved: RatioChange | null;
}

export interface Comparison {
  schemaVersion: 1;
  runA: RunSummary;
  runB: RunSummary;
  pairing: Pairing;
  seed: number;
  bootstrapResamples: number;
  permutationResamples: number;
  alpha: number;
  deltas: DeltaEstimate[];
  flipped: FlippedTask[];
  hazards: HazardChange[];
  oddsRatios: OddsRatioChange[];
  trend: TrendChange;
  lattice: LatticeChange;
  lengthCost: LengthCost;
  /** True when the pass@1 interval over all shared tasks excludes 0. */
  changed: boolean;
  verdict: string[];
  warnings: string[];
  gate: GateResult[];
}
