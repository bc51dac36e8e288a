import type { Alignment } from '../core/analysis-record.js';
import { compareNatural } from '../core/natural-order.js';
import type { ExecutionRecord, SampleRecord, TaskRecord } from '../core/records.js';
import type {
  SampleQuery,
  SampleView,
  ShownSample,
  ShownTier,
} from '../core/sample-view-record.js';
import { alignmentOf } from './join.js';
import { isTruncated } from './sample-truncation.js';

/** What a selection needs besides the samples: the run's identity, tiers, verdicts and boundaries. */
export interface SampleViewContext {
  runId: string;
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier'>>;
  executions: Iterable<ExecutionRecord>;
  boundaries: readonly number[];
  tolerance: number;
}

/** Order of the samples shown: task (natural order), arm, sample index. */
const byPosition = (x: ShownSample, y: ShownSample) =>
  compareNatural(x.taskId, y.taskId) ||
  (x.arm < y.arm ? -1 : x.arm > y.arm ? 1 : 0) ||
  x.sampleIndex - y.sampleIndex;

/**
 * Selects and joins samples with their verdicts for `bbench show`. Pure; samples are offered one at a
 * time, so a large run is streamed, and only the first `limit` in the order task, arm, index are kept.
 * `finish` also returns the run's task ids and arms, so that the caller can refuse a task name the run does
 * not hold (with the valid ones) rather than print an empty answer.
 */
export function createSampleSelector(context: SampleViewContext, query: SampleQuery) {
  const latest = new Map<string, ExecutionRecord>();
  for (const e of context.executions) latest.set(e.key, e);
  const seenTasks = new Set<string>();
  const seenArms = new Set<string>();
  const kept: ShownSample[] = [];
  let total = 0;
  let matched = 0;
  const wanted = {
    tasks: new Set(query.tasks),
    arms: new Set(query.arms),
    outcomes: new Set(query.outcomes),
    tiers: new Set(query.tiers),
  };
  return {
    offer(sample: SampleRecord): void {
      total += 1;
      seenTasks.add(sample.taskId);
      seenArms.add(sample.conditionId);
      const shown = showSample(sample, latest.get(sample.key), context);
      if (!matches(shown, query, wanted, context)) return;
      matched += 1;
      // Insert in order and drop the last beyond the limit: memory stays at `limit` samples.
      const at = kept.findIndex((k) => byPosition(shown, k) < 0);
      kept.splice(at < 0 ? kept.length : at, 0, shown);
      if (kept.length > query.limit) kept.pop();
    },
    /** The selection, and the task ids and arms the run's samples hold (to check the query's names against). */
    finish(): { view: SampleView; tasks: string[]; arms: string[] } {
      const view: SampleView = {
        schemaVersion: 1,
        runId: context.runId,
        boundaries: [...context.boundaries],
        tolerance: context.tolerance,
        query,
        total,
        matched,
        samples: kept,
      };
      return { view, tasks: [...seenTasks].sort(compareNatural), arms: [...seenArms].sort() };
    },
  };
}

function showSample(
  s: SampleRecord,
  e: ExecutionRecord | undefined,
  context: SampleViewContext,
): ShownSample {
  const alignment: Alignment = alignmentOf(
    s.reasoningTokens,
    context.boundaries,
    context.tolerance,
  );
  const boundary =
    alignment === 'aligned'
      ? (context.boundaries.find(
          (b) => Math.abs((s.reasoningTokens ?? Number.NaN) - b) <= context.tolerance,
        ) ?? null)
      : null;
  return {
    key: s.key,
    taskId: s.taskId,
    tier: (context.tasks.get(s.taskId)?.tier ?? 'untiered') as ShownTier,
    arm: s.conditionId,
    sampleIndex: s.sampleIndex,
    reasoningTokens: s.reasoningTokens,
    reasoningSource: s.reasoningSource,
    finishReason: s.finishReason,
    finishReasonRaw: s.finishReasonRaw,
    truncated: isTruncated(s),
    alignment,
    boundary,
    outcome: s.generationError !== null ? 'generation_error' : (e?.verdict ?? 'not_executed'),
    detail: e?.detail ?? null,
    traceback: e?.traceback ?? null,
    generationError: s.generationError,
    code: s.completion,
    isFullProgram: s.isFullProgram,
  };
}

function matches(
  s: ShownSample,
  query: SampleQuery,
  wanted: { tasks: Set<string>; arms: Set<string>; outcomes: Set<string>; tiers: Set<string> },
  context: SampleViewContext,
): boolean {
  if (wanted.tasks.size > 0 && !wanted.tasks.has(s.taskId)) return false;
  if (wanted.arms.size > 0 && !wanted.arms.has(s.arm)) return false;
  if (wanted.outcomes.size > 0 && !wanted.outcomes.has(s.outcome)) return false;
  if (wanted.tiers.size > 0 && !wanted.tiers.has(s.tier)) return false;
  // --boundary V asks for counts within the tolerance of V, whether or not V is configured.
  const aligned =
    query.boundary === null
      ? s.alignment === 'aligned'
      : s.reasoningTokens !== null &&
        Math.abs(s.reasoningTokens - query.boundary) <= context.tolerance;
  if (query.boundary !== null && query.aligned === null && !aligned) return false;
  if (query.aligned !== null) {
    if (s.alignment === 'unknown') return false;
    if (aligned !== query.aligned) return false;
  }
  return true;
}
