import type { SampleRecord, TaskRecord } from '../core/records.js';

/** What a provider is asked for: one sample of one task under one condition. */
export interface GenerationRequest {
  task: TaskRecord;
  conditionId: string;
  sampleIndex: number;
}

/** What a provider returns: everything in a sample record except its identity and bookkeeping. */
export type GenerationResult = Omit<SampleRecord, 'key' | 'taskId' | 'conditionId' | 'sampleIndex' | 'provider' | 'attempts' | 'cached' | 'generationError'>;

/**
 * A model provider. It throws only for failures worth retrying (network, 429, 5xx); the generate
 * stage retries with backoff and records a final failure as a sample with `generationError`.
 */
export interface Provider {
  /** The spec it was made from, e.g. `simulated` or `openai:gpt-5.5`; recorded with every sample. */
  readonly spec: string;
  generate(request: GenerationRequest, signal?: AbortSignal): Promise<GenerationResult>;
}
