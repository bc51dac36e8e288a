import type { ArmsSection } from './arm-record.js';
import type { ReasoningSource, Tier } from './records.js';
import type { Caveat, Finding } from './finding-record.js';
import type { HeadlineSentence, RunInfo } from './headline-record.js';

/**
 * The shape of analysis.json (docs/analysis.md §1–10). Published as schemas/analysis.schema.json.
 * Every section that needs verdicts is null when the run has none (imported logs), and
 * `absentSections` says why.
 */

export const ALIGNMENTS = ['aligned', 'not_aligned', 'unknown'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** A tier, or every tier together, or tasks that carry no tier. */
export type TierLabel = Tier | 'all' | 'untiered';

export interface Interval {
  low: number;
  high: number;
  /** How the interval was made, e.g. "task-clustered normal" or "Wilson". */
  method: string;
}

/** A stratum's alignment, or `any` for every sample of the tier. */
export type AlignmentLabel = Alignment | 'any';

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

/** The hazard at one value v (docs/analysis.md §3). */
export interface BoundaryHazard {
  boundary: number;
  /** n(v): samples that stopped exactly at the boundary. */
  atBoundary: number;
  /** n(≥v): samples that reached it. */
  reached: number;
  hazard: number | null;
  baselineHazard: number | null;
  /** "median" of the lattice neighbours, or "pooled" when that median is 0. */
  baselineMethod: 'median' | 'pooled' | 'none';
  hazardRatio: number | null;
  excessMass: number | null;
  /** Design effect applied to the binomial test (≥ 1): the neighbours' extra-binomial dispersion. */
  dispersion: number;
  pValue: number | null;
  /** Holm over the configured boundaries (BH-adjusted q in the exploratory scan). */
  pHolm: number | null;
  distinctTasks: number;
  /**
   * Whether the data can support a spike verdict at all (docs/analysis.md §3): at least 5 hits from at
   * least 3 distinct tasks (sessions), at least 20 samples reaching v, and lattice neighbours reached
   * on both sides (at least 3 each). Below it a report says "not enough data", whatever p says.
   */
  support: SpikeSupport;
}

export const SPIKE_SUPPORT = [
  'enough',
  'too_few_hits',
  'too_few_tasks',
  'too_few_reached',
  'one_sided_baseline',
] as const;
export type SpikeSupport = (typeof SPIKE_SUPPORT)[number];

/** A scan discovery, with the lattice step of the group it was found in. */
export interface ScanDiscovery extends BoundaryHazard {
  step: number;
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

/** What the simulated model planted, copied from the manifest, so the analysis can be checked against it. */
export interface PlantedEffect {
  preset: string;
  alignedOddsRatio: Record<Tier, number>;
  boundaries: number[];
  /** The planted scaling curve: each arm's expected pass@1 and mean reasoning tokens per tier (null with one arm). */
  arms: PlantedArm[] | null;
}

/** One arm's planted pass@1 (mean of task rates) and mean reasoning tokens on a tier. */
export interface PlantedArm {
  arm: string;
  tier: TierLabel;
  passRate: number;
  meanReasoning: number;
}

/** One histogram bin of reasoning tokens, [start, start + binWidth). */
export interface HistogramBin {
  start: number;
  /** Non-truncated samples in the bin. */
  count: number;
  /** Truncated samples in the bin (stack them apart in charts). */
  truncated: number;
  /** Per-bin discrete hazard: count / non-truncated samples with L ≥ start; null when none reached it. */
  hazard: number | null;
}

/** The reasoning-token distribution, compact whatever the sample count (docs/analysis.md §3). */
export interface TokenDistribution {
  /** Non-truncated samples with a known count (the distribution's N). */
  samples: number;
  zeros: number;
  mean: number | null;
  median: number | null;
  quantiles: { p: number; value: number }[];
  max: number | null;
  /** A multiple of the lattice g, chosen to keep at most ~200 bins. */
  binWidth: number;
  bins: HistogramBin[];
  /** Exact values to mark on a chart: the configured boundaries and the scan's discoveries. */
  marks: {
    value: number;
    kind: 'boundary' | 'scan' | 'predicted';
    count: number;
    hazard: number | null;
  }[];
}

export interface SpikeScan {
  /** The finest lattice step scanned (the g of the only group when models share one lattice). */
  step: number;
  /** Each lattice group scanned at its own step: a value is judged only against samples of its grain. */
  lattices: { step: number; models: string[]; tested: number }[];
  /** How many lattice values were tested over all groups (the BH m). */
  tested: number;
  q: number;
  /** Discoveries at BH q with enough support, strongest first (at most 50); `pHolm` holds the BH q. */
  discoveries: ScanDiscovery[];
  /** Discoveries beyond the 50 listed. */
  moreDiscoveries: number;
  /** BH discoveries left out for too little support (fewer than 5 hits or 3 distinct tasks). */
  belowSupport: number;
}

export interface PeriodicityTooth {
  value: number;
  count: number;
  reached: number;
  /** (n(v) − n(≥v)·h0(v)) / N; null when no baseline. */
  excessMass: number | null;
  /** A configured boundary, or a predicted further tooth (exploratory). */
  kind: 'configured' | 'predicted';
}

export interface Periodicity {
  period: number;
  phase: number;
  /** Summed excess mass over the teeth φ + kP within the observed range. */
  excess: number;
  pValue: number | null;
  permutations: number;
  teeth: PeriodicityTooth[];
}

export interface TruncationSplit {
  /** Truncated samples (any reason), scored or not. */
  samples: number;
  /** By reason; a sample can have several. */
  signalled: number;
  outputAtCap: number;
  reasoningAtBudget: number;
  /** Share of all analysable samples (with a reasoning count or a verdict). */
  share: number | null;
  /** Scored truncated samples and their passes; null without verdicts. */
  passes: number | null;
  scored: number;
  passRate: number | null;
  /** Sensitivity rows: the boundary hazards and the all-task effect with truncated samples included. */
  hazardsIncludingTruncated: BoundaryHazard[];
  effectIncludingTruncated: StratifiedComparison | null;
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

export interface GroupBoundaryRow {
  boundary: number;
  exactHits: number;
  reached: number;
  hazard: number | null;
  /** The row's own baseline h0 and Holm-adjusted spike p (as in `hazards`, within the row). */
  baselineHazard: number | null;
  pHolm: number | null;
  distinctTasks: number;
  support: SpikeSupport;
}

/** Calls grouped by model, or by model × effort × cli_version × system-prompt hash where known. */
export interface GroupRow {
  scope: 'model' | 'detail';
  model: string;
  effort: string | null;
  cliVersion: string | null;
  systemPromptHash: string | null;
  calls: number;
  withCount: number;
  meanTokens: number | null;
  medianTokens: number | null;
  /** The scan step for the row: its g, or 1 when the lattice is not determined or the row is silent. */
  lattice: number;
  /** "silent": every count is 0 (reports no reasoning count); "not_determined": under 30 non-zero counts. */
  latticeStatus: LatticeStatus;
  truncated: number;
  boundaries: GroupBoundaryRow[];
}

export const LATTICE_STATUSES = ['lattice', 'exact', 'not_determined', 'silent'] as const;
/** See docs/analysis.md §2: a lattice g > 1, exact (g = 1), too few non-zero counts, or every count 0. */
export type LatticeStatus = (typeof LATTICE_STATUSES)[number];

/** The run's lattice: pooled detection, and the per-model lattice groups spike statistics use. */
export interface PooledLattice {
  g: number;
  status: LatticeStatus;
  nonZeroCounts: number;
  note: string;
  /** Models sharing a lattice, each group scanned and tested at its own step (docs/analysis.md §2). */
  groups: { g: number; models: string[] }[];
  /** Models kept out of spikes and hazards: silent, or lattice not determined beside models whose lattice is. */
  leftOut: { model: string; status: LatticeStatus; nonZeroCounts: number }[];
}

export interface SeedsUsed {
  seed: number;
  permutations: number;
  bootstrap: number;
  periodicityPermutations: number;
  powerSimulations: number;
}

export const ANALYSIS_SECTIONS = [
  'passAtK',
  'strata',
  'boundaryEffects',
  'complexity',
  'lengthCurves',
  'power',
  'periodicity',
  'scan',
] as const;
export type AnalysisSection = (typeof ANALYSIS_SECTIONS)[number];

/** Where the tiers of the analysed corpus came from (imported corpora have them measured). */
export interface TierProvenance {
  source: 'declared' | 'measured' | 'mixed' | 'none';
  declared: number;
  measured: number;
  untiered: number;
}

export interface Analysis {
  schemaVersion: 3;
  runId: string;
  boundaries: number[];
  tolerance: number;
  /** True when at least one sample has a verdict. */
  hasVerdicts: boolean;
  /** The values a sample must hit (within `tolerance`) to count as aligned: configured, or detected by the scan. */
  alignedTo: { source: 'configured' | 'detected'; values: number[] };
  seeds: SeedsUsed;
  lattice: PooledLattice;
  counts: {
    samples: number;
    executed: number;
    sandboxErrors: number;
    generationErrors: number;
    truncated: number;
    unknownLength: number;
    /** Timeouts run again alone under no load, and how many then got another verdict. */
    retriedAlone: number;
    changedOnRetry: number;
    /** Analysable samples by the provenance of their reasoning count (`none`: no count). */
    bySource: Record<ReasoningSource, number>;
  };
  distribution: TokenDistribution;
  hazards: BoundaryHazard[];
  scan: SpikeScan | null;
  periodicity: Periodicity | null;
  truncation: TruncationSplit;
  groups: GroupRow[];
  passAtK: PassAtK[];
  strata: PassRateStratum[];
  boundaryEffects: BoundaryEffect[];
  complexity: Complexity | null;
  lengthCurves: LengthCurves | null;
  power: Power | null;
  /** Per arm (model × condition), and each arm against the baseline arm; null without samples. */
  arms: ArmsSection | null;
  absentSections: { section: AnalysisSection; reason: string }[];
  planted: PlantedEffect | null;
  /** Typed findings; report/ words them (finding-text.ts). */
  findings: Finding[];
  caveats: Caveat[];
  /** Absent in analyses written before tiers could be measured. */
  tierSource?: TierProvenance;
  /** What the report says first (one sentence per tier, one on the arms); absent in older analyses. */
  headline?: HeadlineSentence[];
  /** The run's metadata for the report; absent in older analyses. */
  run?: RunInfo;
}
