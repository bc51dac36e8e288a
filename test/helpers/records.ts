import {
  sampleKey,
  type ExecutionRecord,
  type SampleRecord,
  type Verdict,
} from '../../src/core/records.js';

/** A sample record with defaults, for analysis tests. */
export function sampleRecord(
  taskId: string,
  sampleIndex: number,
  fields: Partial<SampleRecord> = {},
): SampleRecord {
  return {
    key: sampleKey(taskId, 'default', sampleIndex),
    taskId,
    conditionId: 'default',
    sampleIndex,
    provider: 'test',
    completion: '    return 1\n',
    isFullProgram: false,
    reasoningTokens: 700,
    reasoningSource: 'reported',
    outputTokens: 800,
    inputTokens: 50,
    finishReason: 'stop',
    finishReasonRaw: 'completed',
    truncated: false,
    usageRaw: null,
    request: {
      model: 'test',
      maxOutputTokens: 4000,
      reasoningEffort: null,
      thinkingBudget: null,
      temperature: null,
      systemPromptHash: null,
    },
    responseId: null,
    latencyMs: 1,
    attempts: 1,
    cached: false,
    generationError: null,
    simulated: null,
    ...fields,
  };
}

export function executionRecord(sample: SampleRecord, verdict: Verdict): ExecutionRecord {
  return {
    key: sample.key,
    taskId: sample.taskId,
    conditionId: sample.conditionId,
    sampleIndex: sample.sampleIndex,
    verdict,
    detail: verdict,
    exitCode: 0,
    durationMs: 5,
    attempts: 1,
    outputTruncated: false,
    stderrTail: '',
    programHash: 'x',
    cpuMs: 1,
    retriedAlone: false,
    firstVerdict: null,
  };
}
