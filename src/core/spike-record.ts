/**
 * The analysis sections about where reasoning stops (docs/analysis.md §3): the token distribution, the
 * hazard at each boundary, the exploratory scan and the periodicity test.
 */

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
