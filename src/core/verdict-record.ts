import type { AlignmentLabel, Interval, TierLabel } from './analysis-record.js';

/**
 * The analysis sections that need verdicts (docs/analysis.md §4–9): pass rates, pass@k, the boundary
 * effect, complexity, length curves and power. All are null or empty when a run has no verdicts.
 */

export interface PassRateStratum {
  tier: TierLabel;
  alignment: AlignmentLabel;
  samples: number;
  passes: number;
  tasks: number;
  /** Mean over tasks of each task's pass rate; null when there are no samples. */
  passRate: number | null;
  interval: Interval | null;
}

export interface PassAtK {
  k: number;
  value: number | null;
  tasks: number;
  /** Why value is null, e.g. "task X has 3 samples, fewer than k = 5". */
  nullReason: string | null;
  /** Task-clustered normal interval, √(Σ(p̂_t − p̂)² / (T(T−1))). */
  interval: Interval | null;
  /** Percentile interval of a seeded bootstrap over tasks. */
  bootstrapInterval: Interval | null;
}

/** A 2×2-based comparison of aligned against not-aligned samples, stratified by task. */
export interface StratifiedComparison {
  informativeTasks: number;
  alignedSamples: number;
  notAlignedSamples: number;
  /** Pooled pass rates of each arm over the strata that have both arms ("the same tasks"). */
  alignedPassRate: number | null;
  notAlignedPassRate: number | null;
  oddsRatio: number | null;
  oddsRatioInterval: Interval | null;
  riskDifferencePp: number | null;
  cmhPValue: number | null;
}

/** Aligned samples against non-aligned samples of the same task within ±window of the boundary length. */
export interface LocalComparison extends StratifiedComparison {
  /** Relative half-width of the length window, 0.2 for ±20%. */
  window: number;
}

export interface BoundaryEffect extends StratifiedComparison {
  tier: TierLabel;
  /** Holm-adjusted over the per-tier rows (the `all` row keeps its raw p). */
  cmhPHolm: number | null;
  /** Exact within-task permutation p (two-sided; A labels shuffled inside each task, counts kept). */
  permutationP: number | null;
  permutations: number;
  local: LocalComparison | null;
}

export interface TierOddsRatio extends StratifiedComparison {
  label: string;
  /** Ordinal position in the trend test (1, 2, 3 …). */
  score: number;
}

export interface Complexity {
  /** Per corpus tier (ordered simple < moderate < complex). */
  tiers: TierOddsRatio[];
  breslowDay: { chiSquare: number; df: number; pValue: number; method: string } | null;
  trend: {
    slopeLogOr: number | null;
    slopeInterval: Interval | null;
    chiSquare: number;
    pValue: number;
    method: string;
  } | null;
  /** Tiers by empirical difficulty estimated from the other half of each task's samples. */
  empirical: { method: string; tiers: TierOddsRatio[]; trend: Complexity['trend'] } | null;
}

export interface CurvePoint {
  /** Bin label: the length range for the pooled curve, the rank range for the within-task curve. */
  label: string;
  samples: number;
  passRate: number | null;
  band: Interval | null;
}

export interface LengthCurves {
  /** Bins of the pooled curve (length deciles). */
  bins: number;
  /** Rank bins of the within-task curve: the median samples per task, 2 to 10; sparse ones are hidden. */
  withinTaskBins: number;
  pooled: CurvePoint[];
  withinTask: CurvePoint[];
  note: string;
}

export interface Power {
  alpha: number;
  target: number;
  simulations: number;
  /** Smallest odds ratio below 1 detectable at the target power (null: not reachable in the grid). */
  minDetectableOddsRatio: number | null;
  /** Its counterpart above 1. */
  minDetectableOddsRatioAbove: number | null;
  method: string;
}
