import type { Analysis, Interval } from '../core/analysis-record.js';
import { percent } from '../core/format.js';
import type { RunStatus } from '../core/run-status.js';
import type { ReportTable } from './tables.js';

/** One arm of a run on all tasks: the two axes `history` charts. */
export interface ArmPoint {
  /** The arm's condition id (`default` for a run with one arm); a history series is one condition across runs. */
  conditionId: string;
  /** pass@1 of the arm (mean of task rates, truncated counted as failures) with its task-clustered CI. */
  passAt1: number | null;
  passAt1Interval: Interval | null;
  /** Mean reasoning tokens per sample with its task-bootstrap CI; null when no sample reports a count. */
  reasoningMean: number | null;
  reasoningInterval: Interval | null;
}

/** One run in `bbench runs` / `bbench history`: what its manifest and analysis say. */
export interface RunListing {
  runId: string;
  /** From the manifest and the records (core/run-status). */
  status: RunStatus;
  /** Sample records, and the distinct tasks they cover. */
  samples: number;
  tasks: number;
  model: string;
  conditions: string[];
  createdAt: string;
  corpusHash: string;
  /** The boundaries the hazards were computed at: the analysis's, else the run configuration's. */
  boundaries: number[];
  /** Tasks pass@1 was computed over; null when the run has no analysis.json yet. */
  scoredTasks: number | null;
  /** null when the run has no analysis.json yet. */
  passAt1: number | null;
  passAt1Interval: Interval | null;
  /** Hazard at the first configured boundary, and which boundary that is. */
  boundary: number | null;
  hazard: number | null;
  g: number | null;
  /** Per arm on all tasks; empty when not analysed (or analysed before arms existed). */
  arms: ArmPoint[];
}

type ListingFigures = Pick<
  RunListing,
  'scoredTasks' | 'passAt1' | 'passAt1Interval' | 'boundary' | 'hazard' | 'g' | 'arms'
>;

/** Reads the figures a listing shows from a run's analysis: its pass@1 (the one definition: mean of task rates over every scored answer, truncated included), task-clustered CI. */
export function listingFigures(analysis: Analysis | null): ListingFigures {
  if (!analysis)
    return {
      scoredTasks: null,
      passAt1: null,
      passAt1Interval: null,
      boundary: null,
      hazard: null,
      g: null,
      arms: [],
    };
  const pass1 = analysis.passAtK.find((p) => p.k === 1);
  const first = analysis.hazards[0];
  return {
    scoredTasks: pass1?.tasks ?? null,
    passAt1: pass1?.value ?? null,
    passAt1Interval: pass1?.interval ?? null,
    boundary: first?.boundary ?? null,
    hazard: first?.hazard ?? null,
    g: analysis.lattice.g,
    arms: (analysis.arms?.arms ?? []).flatMap((arm) => {
      const all = arm.tiers.find((t) => t.tier === 'all');
      return all
        ? [
            {
              conditionId: arm.conditionId,
              passAt1: all.passRate,
              passAt1Interval: all.passInterval,
              reasoningMean: all.reasoning.mean,
              reasoningInterval: all.reasoning.meanInterval,
            },
          ]
        : [];
    }),
  };
}

const ci = (iv: Interval | null) => (iv ? ` [${percent(iv.low, 0)}, ${percent(iv.high, 0)}]` : '');

export function runsTable(runs: readonly RunListing[]): ReportTable {
  return {
    title: `${runs.length} run(s), oldest first (pass@1 = mean of task rates over every scored answer, truncated included, task-clustered 95% CI)`,
    head: [
      'created',
      'run',
      'status',
      'model',
      'conditions',
      'tasks',
      'samples',
      'corpus',
      'pass@1',
      'hazard',
      'g',
    ],
    rows: runs.map((r) => [
      r.createdAt.slice(0, 16).replace('T', ' '),
      r.runId,
      r.status,
      r.model,
      r.conditions.join(', '),
      String(r.tasks),
      String(r.samples),
      r.corpusHash.slice(0, 12),
      r.passAt1 === null ? 'not analysed' : `${percent(r.passAt1)}${ci(r.passAt1Interval)}`,
      r.boundary === null ? '–' : `${percent(r.hazard)} at ${r.boundary}`,
      r.g === null ? '–' : String(r.g),
    ]),
  };
}
