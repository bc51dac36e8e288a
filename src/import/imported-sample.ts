import {
  sampleKey,
  type ExecutionRecord,
  type FinishReason,
  type SampleRecord,
} from '../core/records.js';

/** One call read from someone else's logs or table: what it says, nothing invented. */
export interface ImportedCall {
  taskId: string;
  conditionId: string;
  model: string;
  effort: string | null;
  systemPromptHash: string | null;
  /** null when the source did not report it (never 0 for absent). */
  reasoningTokens: number | null;
  outputTokens: number | null;
  inputTokens: number | null;
  finishReason: FinishReason;
  finishReasonRaw: string | null;
  usageRaw: Record<string, unknown> | null;
  /** A verdict, when the source has one. */
  passed: boolean | null;
  /** Wall time of the call in ms, when the source has it (null: not recorded, stored as 0). */
  latencyMs?: number | null;
}

/** A line that was skipped, and why, with file:line. */
export interface SkippedLine {
  where: string;
  reason: string;
}

/**
 * Numbers calls per (task, condition) in arrival order, so every imported call gets a distinct,
 * stable sample key (importing the same files again gives the same keys).
 */
export function createSampleNumbering(): (taskId: string, conditionId: string) => number {
  const next = new Map<string, number>();
  return (taskId, conditionId) => {
    const id = `${taskId}\u0000${conditionId}`;
    const index = next.get(id) ?? 0;
    next.set(id, index + 1);
    return index;
  };
}

/** The sample record of an imported call: no completion, the reported counts, provider `import:<kind>`. */
export function importedSample(
  call: ImportedCall,
  sampleIndex: number,
  kind: string,
): SampleRecord {
  return {
    key: sampleKey(call.taskId, call.conditionId, sampleIndex),
    taskId: call.taskId,
    conditionId: call.conditionId,
    sampleIndex,
    provider: `import:${kind}`,
    completion: '',
    isFullProgram: false,
    reasoningTokens: call.reasoningTokens,
    reasoningSource: call.reasoningTokens === null ? 'none' : 'reported',
    outputTokens: call.outputTokens,
    inputTokens: call.inputTokens,
    finishReason: call.finishReason,
    finishReasonRaw: call.finishReasonRaw,
    truncated: call.finishReason === 'length',
    usageRaw: call.usageRaw,
    request: {
      model: call.model,
      maxOutputTokens: null,
      reasoningEffort: call.effort,
      thinkingBudget: null,
      temperature: null,
      systemPromptHash: call.systemPromptHash,
    },
    responseId: null,
    // 0 means "not recorded": a real call never takes 0 ms, and the arm statistics skip it.
    latencyMs: call.latencyMs ?? 0,
    attempts: 1,
    cached: false,
    generationError: null,
    simulated: null,
  };
}

/** The execution record of an imported verdict (the source judged it; we did not run anything). */
export function importedExecution(
  sample: SampleRecord,
  passed: boolean,
  where: string,
): ExecutionRecord {
  return {
    key: sample.key,
    taskId: sample.taskId,
    conditionId: sample.conditionId,
    sampleIndex: sample.sampleIndex,
    verdict: passed ? 'pass' : 'fail',
    detail: `imported verdict (${where})`,
    exitCode: null,
    durationMs: 0,
    attempts: 1,
    outputTruncated: false,
    stderrTail: '',
    programHash: '',
    cpuMs: null,
    retriedAlone: false,
    firstVerdict: null,
  };
}

/** Vendors' finish reasons, normalised; anything unknown keeps its raw value and counts as a stop. */
const FINISH_ALIASES: Record<string, FinishReason> = {
  stop: 'stop',
  end_turn: 'stop',
  completed: 'stop',
  stop_sequence: 'stop',
  length: 'length',
  max_tokens: 'length',
  max_output_tokens: 'length',
  incomplete: 'length',
  truncated: 'length',
  content_filter: 'content_filter',
  safety: 'content_filter',
  refusal: 'refusal',
  error: 'error',
};

export function normaliseFinishReason(raw: string | null): FinishReason {
  if (raw === null || raw === '') return 'stop';
  return FINISH_ALIASES[raw.toLowerCase()] ?? 'stop';
}
