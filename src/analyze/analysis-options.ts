import type { PlantedEffect } from '../core/analysis-record.js';
import type { PriceTable } from '../core/arm-record.js';
import type { RunContext } from '../core/headline-record.js';
import type { TaskRecord } from '../core/records.js';
import { RUN_DEFAULTS } from '../core/run-defaults.js';

/** Everything an analysis can be told; defaults live in ANALYSIS_DEFAULTS only. */
export interface AnalysisOptions {
  runId: string;
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier'>>;
  boundaries: readonly number[];
  /** Alignment tolerance δ in tokens; 0 means exact. */
  tolerance: number;
  ks: readonly number[];
  planted: PlantedEffect | null;
  /** Seeds every random choice (permutations, bootstraps, periodicity phases, power simulations, halves). */
  seed: number;
  permutations: number;
  bootstrap: number;
  periodicityPermutations: number;
  powerSimulations: number;
  /** Periodicity: period P and phase φ (docs/analysis.md §3). */
  period: number;
  phase: number;
  /** BH level of the exploratory scan. */
  scanQ: number;
  /** Relative half-width of the local comparison window. */
  localWindow: number;
  /** Alignment set (docs/analysis.md §4): the configured boundaries, or the scan's detected spikes when asked. */
  alignTo: 'configured' | 'detected';
  /** Prices per model for cost per solved task; null: no costs (none are built in, since they change). */
  prices: PriceTable | null;
  /** The arm the others are compared against (id or condition id); null: the first arm in order. */
  baselineArm: string | null;
  /** Level at which arm differences are called beyond noise. */
  alpha: number;
  /** What the run directory says about the run (manifest, file times), for the report's metadata. */
  runContext: RunContext | null;
}

export const ANALYSIS_DEFAULTS = {
  seed: RUN_DEFAULTS.seed,
  permutations: 10_000,
  bootstrap: 2_000,
  periodicityPermutations: 999,
  powerSimulations: 200,
  period: RUN_DEFAULTS.period,
  phase: RUN_DEFAULTS.phase,
  scanQ: 0.05,
  localWindow: 0.2,
  alignTo: 'configured',
  prices: null,
  baselineArm: null,
  alpha: 0.05,
  runContext: null,
} as const satisfies Partial<AnalysisOptions>;

export type AnalysisSettings = Omit<AnalysisOptions, keyof typeof ANALYSIS_DEFAULTS> &
  Partial<Pick<AnalysisOptions, keyof typeof ANALYSIS_DEFAULTS>>;

export function resolveAnalysisOptions(settings: AnalysisSettings): AnalysisOptions {
  const defined = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  return { ...ANALYSIS_DEFAULTS, ...defined } as AnalysisOptions;
}

/** The pre-registered boundaries, for runs that configure none (defined in core/run-defaults.ts). */
export const DEFAULT_BOUNDARIES: readonly number[] = RUN_DEFAULTS.boundaries;
/** The pass@k values of a run that recorded none. */
export const DEFAULT_KS: readonly number[] = RUN_DEFAULTS.ks;
