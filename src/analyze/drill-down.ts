import type { TierLabel } from '../core/analysis-record.js';
import {
  DRILL_DOWN_CODE_CHARS,
  DRILL_DOWN_TASKS_PER_TIER,
  type DrillDownSample,
  type DrillDownTier,
} from '../core/drill-down-record.js';
import { compareNatural } from '../core/natural-order.js';
import type { ExecutionRecord, SampleRecord } from '../core/records.js';

/** Candidates kept per task and side, before verdicts are known: enough to find one of each. */
const CANDIDATES_PER_SIDE = 6;
const FAILED = new Set(['fail', 'error', 'timeout', 'oom']);

export interface DrillDownOptions {
  /** The alignment set (configured boundaries, or the detected spikes) and its tolerance. */
  values: readonly number[];
  tolerance: number;
  tierOf: (taskId: string) => TierLabel;
}

type Candidate = Pick<
  SampleRecord,
  'key' | 'taskId' | 'conditionId' | 'sampleIndex' | 'reasoningSource' | 'finishReason'
> & { reasoningTokens: number; aligned: boolean };
type Chosen = Omit<DrillDownTier, 'pairs'> & {
  pairs: { taskId: string; failure: Candidate; pass: Candidate }[];
};

/**
 * Picks, per tier, a few tasks with an aligned failure and a non-aligned pass, one of each, for a
 * reader to open. It reads the run in three streamed passes and keeps only a few keys per task,
 * never the run: samples (candidates: the first few aligned and non-aligned samples of each task
 * that were not truncated and carry a count), executions (the verdicts of those candidates), then
 * samples again (the code of the chosen ones). Pure: the caller streams the records in.
 */
export function createDrillDownPicker(options: DrillDownOptions) {
  const candidates = new Map<string, { aligned: Candidate[]; other: Candidate[] }>();
  const candidateKeys = new Set<string>();
  const verdicts = new Map<string, ExecutionRecord>();
  const code = new Map<string, string>();
  let chosen: Chosen[] = [];
  const aligned = (length: number) =>
    options.values.some((v) => Math.abs(length - v) <= options.tolerance);
  const sample = (c: Candidate): DrillDownSample => {
    const e = verdicts.get(c.key)!;
    const text = code.get(c.key) ?? '';
    return {
      ...c,
      verdict: e.verdict,
      detail: e.detail,
      code: text.slice(0, DRILL_DOWN_CODE_CHARS),
      codeTruncated: text.length > DRILL_DOWN_CODE_CHARS,
      traceback: e.traceback ?? null,
    };
  };
  return {
    /** Pass 1: every sample record. */
    addCandidate(s: SampleRecord) {
      if (s.truncated || s.reasoningTokens === null || s.generationError !== null) return;
      const task = candidates.get(s.taskId) ?? { aligned: [], other: [] };
      candidates.set(s.taskId, task);
      const isAligned = aligned(s.reasoningTokens);
      const side = isAligned ? task.aligned : task.other;
      if (side.length >= CANDIDATES_PER_SIDE || side.some((c) => c.key === s.key)) return;
      candidateKeys.add(s.key);
      side.push({
        key: s.key,
        taskId: s.taskId,
        conditionId: s.conditionId,
        sampleIndex: s.sampleIndex,
        reasoningSource: s.reasoningSource,
        finishReason: s.finishReason,
        reasoningTokens: s.reasoningTokens,
        aligned: isAligned,
      });
    },
    /** During or after pass 1: is this key a candidate so far? */
    isCandidate(key: string): boolean {
      return candidateKeys.has(key);
    },
    /** After pass 1: the keys whose verdicts pass 2 must collect. */
    candidateKeys(): Set<string> {
      return new Set(candidateKeys);
    },
    /** Pass 2: every execution record; the newest verdict of a key stands. */
    addExecution(e: ExecutionRecord) {
      const task = candidates.get(e.taskId);
      if (task && [...task.aligned, ...task.other].some((c) => c.key === e.key))
        verdicts.set(e.key, e);
    },
    /** After pass 2: the keys whose code pass 3 must collect. */
    choose(): Set<string> {
      const byTier = new Map<TierLabel, Chosen>();
      const pairs: { tier: TierLabel; failure: Candidate; pass: Candidate }[] = [];
      for (const taskId of [...candidates.keys()].sort(compareNatural)) {
        const task = candidates.get(taskId)!;
        const failure = task.aligned.find((c) => FAILED.has(verdicts.get(c.key)?.verdict ?? ''));
        const passes = task.other.filter((c) => verdicts.get(c.key)?.verdict === 'pass');
        if (!failure || passes.length === 0) continue;
        // The same arm when it can: arms differ in accuracy as well as in length.
        const pass = passes.find((c) => c.conditionId === failure.conditionId) ?? passes[0]!;
        pairs.push({ tier: options.tierOf(taskId), failure, pass });
      }
      for (const p of pairs) {
        const tier = byTier.get(p.tier) ?? { tier: p.tier, candidateTasks: 0, pairs: [] };
        byTier.set(p.tier, tier);
        tier.candidateTasks += 1;
        if (tier.pairs.length < DRILL_DOWN_TASKS_PER_TIER)
          tier.pairs.push({ taskId: p.failure.taskId, failure: p.failure, pass: p.pass });
      }
      const order: TierLabel[] = ['simple', 'moderate', 'complex', 'untiered', 'all'];
      chosen = [...byTier.values()].sort((a, b) => order.indexOf(a.tier) - order.indexOf(b.tier));
      return new Set(chosen.flatMap((t) => t.pairs.flatMap((p) => [p.failure.key, p.pass.key])));
    },
    /** Pass 3: the sample records again; keeps the code of the chosen keys. */
    addCode(s: SampleRecord, keys: ReadonlySet<string>) {
      if (keys.has(s.key)) code.set(s.key, s.completion);
    },
    /** The drill-down, per tier. */
    build(): DrillDownTier[] {
      return chosen.map((t) => ({
        tier: t.tier,
        candidateTasks: t.candidateTasks,
        pairs: t.pairs.map((p) => ({
          taskId: p.taskId,
          alignedFailure: sample(p.failure),
          notAlignedPass: sample(p.pass),
        })),
      }));
    },
  };
}

export type DrillDownPicker = ReturnType<typeof createDrillDownPicker>;
