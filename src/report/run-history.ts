import type { Analysis, Interval } from '../core/analysis-record.js';
import { percent } from '../core/format.js';
import type { RunStatus } from '../core/run-status.js';
import type { ReportTable } from './tables.js';

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
  /** null when the run has no analysis.json yet. */
  passAt1: number | null;
  passAt1Interval: Interval | null;
  /** Hazard at the first configured boundary, and which boundary that is. */
  boundary: number | null;
  hazard: number | null;
  g: number | null;
}

/** Reads the figures a listing shows from a run's analysis: its pass@1 (the one definition: mean of task rates over every scored answer, truncated included), task-clustered CI. */
export function listingFigures(
  analysis: Analysis | null,
): Pick<RunListing, 'passAt1' | 'passAt1Interval' | 'boundary' | 'hazard' | 'g'> {
  if (!analysis)
    return { passAt1: null, passAt1Interval: null, boundary: null, hazard: null, g: null };
  const pass1 = analysis.passAtK.find((p) => p.k === 1);
  const first = analysis.hazards[0];
  return {
    passAt1: pass1?.value ?? null,
    passAt1Interval: pass1?.interval ?? null,
    boundary: first?.boundary ?? null,
    hazard: first?.hazard ?? null,
    g: analysis.lattice.g,
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

/** The trend across versions: each run against the one before it, with a bar chart of pass@1 in text. */
export function historyTable(runs: readonly RunListing[], width = 30): ReportTable {
  return {
    title:
      'History (Δ is against the previous run; use `bbench compare` for paired intervals and tests)',
    head: ['created', 'run', 'model', 'pass@1', 'Δ points', 'hazard', 'chart'],
    rows: runs.map((r, i) => {
      const previous = runs[i - 1]?.passAt1 ?? null;
      const delta = r.passAt1 !== null && previous !== null ? (r.passAt1 - previous) * 100 : null;
      return [
        r.createdAt.slice(0, 16).replace('T', ' '),
        r.runId,
        r.model,
        r.passAt1 === null ? 'not analysed' : `${percent(r.passAt1)}${ci(r.passAt1Interval)}`,
        delta === null ? '–' : `${delta >= 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)}`,
        r.boundary === null ? '–' : `${percent(r.hazard)} at ${r.boundary}`,
        r.passAt1 === null ? '' : '█'.repeat(Math.round(r.passAt1 * width)).padEnd(width, '·'),
      ];
    }),
  };
}
