import type { TierLabel } from './analysis-record.js';
import type { FinishReason, ReasoningSource, Verdict } from './records.js';

/** How much of a sample's code the report keeps (its head: the answer starts there). */
export const DRILL_DOWN_CODE_CHARS = 4000;
/** Tasks shown per tier, each with one aligned failure and one non-aligned pass. */
export const DRILL_DOWN_TASKS_PER_TIER = 3;

/** One sample a reader can open: its code, its reasoning count, its verdict and traceback. */
export interface DrillDownSample {
  key: string;
  taskId: string;
  conditionId: string;
  sampleIndex: number;
  /** Stopped at a boundary (within the tolerance) of the alignment set. */
  aligned: boolean;
  reasoningTokens: number;
  reasoningSource: ReasoningSource;
  finishReason: FinishReason;
  verdict: Verdict;
  detail: string;
  /** The completion (or full program), at most DRILL_DOWN_CODE_CHARS characters. */
  code: string;
  codeTruncated: boolean;
  /** The bounded traceback tail of a fail or error; null otherwise or in older records. */
  traceback: string | null;
}

/** Per tier: tasks that have both an aligned failure and a non-aligned pass, one of each. */
export interface DrillDownTier {
  tier: TierLabel;
  /** Tasks of the tier with both kinds, shown or not. */
  candidateTasks: number;
  pairs: { taskId: string; alignedFailure: DrillDownSample; notAlignedPass: DrillDownSample }[];
}

/** One task's row of the per-task table (scored, non-truncated samples with a known count). */
export interface TaskRow {
  taskId: string;
  tier: TierLabel;
  scored: number;
  passes: number;
  aligned: number;
  alignedPasses: number;
  notAligned: number;
  notAlignedPasses: number;
  truncated: number;
}
