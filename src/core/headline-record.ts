import type { ArmCall } from './arm-record.js';
import type { TierLabel } from './analysis-record.js';
import type { Bounds } from './finding-record.js';

/**
 * What a report says first: one sentence per tier on the boundary effect, and one on the arms.
 * analyze/headline.ts picks them from the findings and the arms section; report/headline-text.ts
 * words each kind (a kind without wording fails the build).
 */
export type HeadlineSentence =
  | {
      kind: 'tier-effect';
      tier: TierLabel;
      alignedPassRate: number;
      notAlignedPassRate: number;
      oddsRatio: number;
      oddsRatioInterval: Bounds;
      informativeTasks: number;
      /** `worse`/`better` only when Holm p < α and the interval excludes 1 (as the finding says). */
      verdict: 'worse' | 'better' | 'none';
    }
  | { kind: 'tier-untestable'; tier: TierLabel; informativeTasks: number }
  /** Imported logs or unexecuted runs: no pass rates, only reasoning counts. */
  | { kind: 'no-verdicts'; samples: number; boundaryHits: number }
  | {
      kind: 'one-arm';
      arm: string;
      passRate: number | null;
      passInterval: Bounds | null;
      meanReasoning: number | null;
      tasks: number;
    }
  | {
      kind: 'arms';
      baseline: string;
      baselinePassRate: number | null;
      baselineReasoning: number | null;
      /** Each other arm against the baseline on all tasks (paired, Holm across arms). */
      others: {
        arm: string;
        passRate: number | null;
        passDelta: number | null;
        passInterval: Bounds | null;
        tokenRatio: number | null;
        quality: ArmCall['quality'];
        tokens: ArmCall['tokens'];
      }[];
    };

export type HeadlineKind = HeadlineSentence['kind'];

/**
 * The run's metadata as the report shows it under the headline. The manifest's parts are null for
 * runs without one (imported logs analysed from a bare directory).
 */
export interface RunInfo {
  /** Models as the samples name them, in first-seen order. */
  models: string[];
  tasks: number;
  /** Samples generated (generation errors included) and samples with a verdict that counts. */
  samples: number;
  scored: number;
  /** When the run was created (manifest) and when its last record was written. */
  startedAt: string | null;
  finishedAt: string | null;
  /** Σ model latency over the samples that measured one; null when none did. */
  modelTimeMs: number | null;
  /** Σ over samples that report them; output tokens include the reasoning tokens. */
  tokens: { input: number | null; output: number | null; reasoning: number | null };
  tool: { name: string; version: string; gitRevision: string | null } | null;
  corpus: { path: string; hash: string; tasks: number } | null;
}

/** What only the run directory knows (manifest, file times); the CLI reads it and the analysis keeps it. */
export type RunContext = Pick<RunInfo, 'startedAt' | 'finishedAt' | 'tool' | 'corpus'>;
