import type { Interval, TierLabel } from './analysis-record.js';
import type { PassAtK } from './verdict-record.js';

/**
 * The per-arm section of analysis.json (docs: README "Arms: quality against reasoning length"). An arm
 * is one model × condition (effort × budget × system prompt, or an imported `condition`).
 */

/** Prices of one model in US dollars per 1M tokens; `reasoning` defaults to `output`. */
export interface ModelPrices {
  input: number;
  output: number;
  reasoning?: number;
}

/** Prices by model name (as the samples record it, e.g. `gpt-5.5` or `simulated`). */
export type PriceTable = Record<string, ModelPrices>;

/** Mean, median and p90 of a token count over the samples that report it. */
export interface TokenSummary {
  samples: number;
  mean: number | null;
  /** Task-clustered bootstrap interval of the mean (percentile, 95%). */
  meanInterval: Interval | null;
  median: number | null;
  p90: number | null;
}

/** One arm on one tier (or on all tasks). */
export interface ArmTierStats {
  tier: TierLabel;
  /** Analysable samples (generation errors excluded). */
  samples: number;
  /** Samples with a verdict that counts (sandbox errors excluded). */
  scored: number;
  passes: number;
  tasks: number;
  /** Mean over tasks of each task's pass rate, truncated samples counted as failures; null without verdicts. */
  passRate: number | null;
  /** Task-clustered normal interval. */
  passInterval: Interval | null;
  passAtK: PassAtK[];
  reasoning: TokenSummary;
  /** Output tokens, which include the reasoning tokens. */
  output: TokenSummary;
  truncatedShare: number | null;
  /** Over samples with a measured latency; null when none has one. */
  latencyMedianMs: number | null;
  latencyP90Ms: number | null;
  /** Σ output tokens (reasoning included; the reasoning count when no output count) / Σ passes. */
  tokensPerSolved: number | null;
  /** Σ cost / Σ passes in US dollars; null without prices for the model or without token counts. */
  costPerSolved: number | null;
}

export interface ArmRow {
  /** The label reports use: the condition id, prefixed by the model when condition ids repeat across models. */
  id: string;
  model: string;
  conditionId: string;
  effort: string | null;
  budget: number | null;
  systemPromptHash: string | null;
  /** `all` first, then each tier present. */
  tiers: ArmTierStats[];
}

/** One arm against the baseline on one tier, paired on the tasks both have. */
export interface ArmDelta {
  tier: TierLabel;
  /** Tasks with scored samples in both arms. */
  passTasks: number;
  /** Tasks with reasoning counts in both arms. */
  tokenTasks: number;
  passDelta: number | null;
  /** Paired task bootstrap (percentile, 95%). */
  passInterval: Interval | null;
  /** Two-sided paired sign-flip p. */
  passP: number | null;
  /** Holm over the arms compared on this tier. */
  passPHolm: number | null;
  /** Mean reasoning tokens of the arm over those of the baseline, on the shared tasks. */
  tokenRatio: number | null;
  tokenInterval: Interval | null;
  /** Two-sided paired swap-permutation p of the ratio (labels exchanged within tasks). */
  tokenP: number | null;
  tokenPHolm: number | null;
}

export interface ArmComparison {
  arm: string;
  baseline: string;
  tiers: ArmDelta[];
}

export interface ArmsSection {
  baseline: string;
  alpha: number;
  arms: ArmRow[];
  comparisons: ArmComparison[];
  /** The prices the costs were computed with, or null when none were given. */
  prices: PriceTable | null;
}

/** What a paired comparison says, as kinds: is the arm better, and does it spend more reasoning? */
export interface ArmCall {
  quality: 'better' | 'worse' | 'same' | 'unknown';
  tokens: 'more' | 'fewer' | 'same' | 'unknown';
}

/** Beyond noise means Holm-adjusted p below α; otherwise the difference is called "same". */
export function callArm(d: ArmDelta, alpha: number): ArmCall {
  const quality =
    d.passDelta === null || d.passPHolm === null
      ? 'unknown'
      : d.passPHolm < alpha
        ? d.passDelta > 0
          ? 'better'
          : 'worse'
        : 'same';
  const tokens =
    d.tokenRatio === null || d.tokenPHolm === null
      ? 'unknown'
      : d.tokenPHolm < alpha
        ? d.tokenRatio > 1
          ? 'more'
          : 'fewer'
        : 'same';
  return { quality, tokens };
}
