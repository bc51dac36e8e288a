import type { ExperimentArm } from '../core/experiment.js';
import type { SampleRecord, TaskRecord } from '../core/records.js';
import type { BatchClient } from './batch-client.js';

/** The request parameters a provider sends for one arm of the experiment (see ExperimentArm). */
export type GenerationCondition = Omit<ExperimentArm, 'model' | 'systemPromptName'>;

/** The condition used when a run declares none. */
export const DEFAULT_CONDITION: GenerationCondition = Object.freeze({
  id: 'default',
  reasoningEffort: null,
  thinkingBudget: null,
  maxOutputTokens: null,
  temperature: null,
  systemPrompt: null,
});

/** What a provider is asked for: one sample of one task under one condition. */
export interface GenerationRequest {
  task: TaskRecord;
  condition: GenerationCondition;
  sampleIndex: number;
}

/**
 * A failed provider call. `retryable` is true for 429, 5xx, timeouts and network errors; the generate
 * stage waits `retryAfterMs` when the server said so (Retry-After), else its own jittered backoff.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** What a provider returns: everything in a sample record except its identity and bookkeeping. */
export type GenerationResult = Omit<
  SampleRecord,
  | 'key'
  | 'taskId'
  | 'conditionId'
  | 'sampleIndex'
  | 'provider'
  | 'attempts'
  | 'cached'
  | 'generationError'
  | 'batch'
>;

/**
 * A model provider. It throws a {@link ProviderError} when a call fails; the generate stage retries
 * retryable ones with backoff and records a final failure as a sample with `generationError`.
 * Any other thrown error is treated as retryable too (a network failure inside fetch, say).
 */
export interface Provider {
  /** The spec it was made from, e.g. `simulated` or `openai:gpt-5.5`; recorded with every sample. */
  readonly spec: string;
  generate(request: GenerationRequest, signal?: AbortSignal): Promise<GenerationResult>;
  /** The vendor's batch API, when it has one (`--batch`): the same requests at about half price, within a day. */
  readonly batch?: BatchClient;
}
