import type { Alignment } from '../core/analysis-record.js';
import type { ExecutionRecord, SampleRecord, TaskRecord, Tier, Verdict } from '../core/records.js';
import { isTruncated } from './sample-truncation.js';

/** A sample joined with its verdict and its task's tier: the unit every statistic counts. */
export interface JoinedSample {
  taskId: string;
  conditionId: string;
  tier: Tier | null;
  length: number | null;
  alignment: Alignment;
  /** The one classification of docs/analysis.md §1 ({@link isTruncated}), as `analyze` uses it. */
  truncated: boolean;
  verdict: Verdict;
  passed: boolean;
}

export interface JoinResult {
  joined: JoinedSample[];
  samples: number;
  generationErrors: number;
  /** Samples with no execution record yet (execution not run or interrupted). */
  unexecuted: number;
  /** Timeouts run again alone, and how many got another verdict then. */
  retriedAlone: number;
  changedOnRetry: number;
}

/** Exact by default (δ = 0): a sample is aligned when its count is within δ of a boundary. */
export function alignmentOf(
  length: number | null,
  boundaries: readonly number[],
  tolerance: number,
): Alignment {
  if (length === null) return 'unknown';
  return boundaries.some((b) => Math.abs(length - b) <= tolerance) ? 'aligned' : 'not_aligned';
}

/**
 * Joins samples with their executions by key. Samples whose generation failed are counted apart
 * (they have no code to run); samples not executed yet are counted apart as well.
 */
export function joinRecords(
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier'>>,
  samples: Iterable<SampleRecord>,
  executions: Iterable<ExecutionRecord>,
  boundaries: readonly number[],
  tolerance: number,
): JoinResult {
  // The newest record of a key wins: a rerun retries sandbox errors.
  const latest = new Map<string, ExecutionRecord>();
  for (const e of executions) latest.set(e.key, e);
  const verdicts = new Map<string, Verdict>();
  const result: JoinResult = {
    joined: [],
    samples: 0,
    generationErrors: 0,
    unexecuted: 0,
    retriedAlone: 0,
    changedOnRetry: 0,
  };
  for (const e of latest.values()) {
    verdicts.set(e.key, e.verdict);
    if (e.retriedAlone) result.retriedAlone += 1;
    if (e.retriedAlone && e.firstVerdict !== e.verdict) result.changedOnRetry += 1;
  }
  for (const s of samples) {
    result.samples += 1;
    if (s.generationError !== null) {
      result.generationErrors += 1;
      continue;
    }
    const verdict = verdicts.get(s.key);
    if (verdict === undefined) {
      result.unexecuted += 1;
      continue;
    }
    result.joined.push({
      taskId: s.taskId,
      conditionId: s.conditionId,
      tier: tasks.get(s.taskId)?.tier ?? null,
      length: s.reasoningTokens,
      alignment: alignmentOf(s.reasoningTokens, boundaries, tolerance),
      truncated: isTruncated(s),
      verdict,
      passed: verdict === 'pass',
    });
  }
  return result;
}
