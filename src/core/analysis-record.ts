import type { ArmsSection } from './arm-record.js';
import type { ReasoningSource, Tier } from './records.js';
import type { Caveat, Finding } from './finding-record.js';
import type { DrillDownTier, TaskRow } from './drill-down-record.js';
import type { HeadlineSentence, RunInfo } from './headline-record.js';
import type {
  BoundaryHazard,
  Periodicity,
  SpikeScan,
  SpikeSupport,
  TokenDistribution,
} from './spike-record.js';
import type {
  BoundaryEffect,
  Complexity,
  LengthCurves,
  PassAtK,
  PassRateStratum,
  Power,
  StratifiedComparison,
} from './verdict-record.js';

/**
 * The shape of analysis.json (docs/analysis.md §1–10). Published as schemas/analysis.schema.json.
 * Every section that needs verdicts is null when the run has none (imported logs), and
 * `absentSections` says why. The sections' own types are in spike-record.ts and verdict-record.ts.
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
  /** Per task: scored samples and passes by alignment, for the per-task table; absent in older analyses. */
  tasks?: TaskRow[];
  /** Per tier, samples a reader can open (written by the analyze stage, which reads the code); absent otherwise. */
  drillDown?: DrillDownTier[];
}
