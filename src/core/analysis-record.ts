import type { Tier } from './records.js';

/** The shape of analysis.json. Published as schemas/analysis.schema.json. */

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
}

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
  pValue: number | null;
  pHolm: number | null;
  distinctTasks: number;
}

export interface BoundaryEffect {
  tier: TierLabel;
  informativeTasks: number;
  alignedSamples: number;
  notAlignedSamples: number;
  /** Pooled pass rates of each arm over the tasks that have both arms ("the same tasks"). */
  alignedPassRate: number | null;
  notAlignedPassRate: number | null;
  oddsRatio: number | null;
  oddsRatioInterval: Interval | null;
  riskDifferencePp: number | null;
  cmhPValue: number | null;
  /** Holm-adjusted over the per-tier rows (the `all` row keeps its raw p). */
  cmhPHolm: number | null;
}

/** What the simulated model planted, copied from the manifest, so the analysis can be checked against it. */
export interface PlantedEffect {
  preset: string;
  alignedOddsRatio: Record<Tier, number>;
  boundaries: number[];
}

export interface Analysis {
  schemaVersion: 1;
  runId: string;
  boundaries: number[];
  tolerance: number;
  lattice: { g: number; nonZeroCounts: number; note: string };
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
  };
  passAtK: PassAtK[];
  strata: PassRateStratum[];
  boundaryEffects: BoundaryEffect[];
  hazards: BoundaryHazard[];
  truncation: { samples: number; passes: number; passRate: number | null };
  planted: PlantedEffect | null;
  findings: string[];
  caveats: string[];
}
