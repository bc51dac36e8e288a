import { modelOnlyRequest, type SampleRecord, type SentRequest } from '../core/records.js';

/** Who a sample is: the fields every record of it carries, whatever became of the request. */
export type SampleIdentity = Pick<
  SampleRecord,
  'key' | 'taskId' | 'conditionId' | 'sampleIndex' | 'provider'
>;

/**
 * The record of a sample that could not be generated: recorded, never dropped, with the error and
 * the attempts it took. `request` is what was sent when known (a batch knows it), else the spec alone.
 */
export function failedSample(
  identity: SampleIdentity,
  error: string,
  attempts: number,
  request: SentRequest | null = null,
): SampleRecord {
  return {
    ...identity,
    completion: '',
    isFullProgram: false,
    reasoningTokens: null,
    reasoningSource: 'none',
    outputTokens: null,
    inputTokens: null,
    finishReason: 'error',
    finishReasonRaw: null,
    truncated: false,
    usageRaw: null,
    request: request ?? modelOnlyRequest(identity.provider),
    responseId: null,
    latencyMs: 0,
    attempts,
    cached: false,
    generationError: error || 'unknown error',
    simulated: null,
  };
}
