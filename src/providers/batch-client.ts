import type { BatchState } from '../core/batch-state.js';
import type { GenerationRequest, GenerationResult } from './provider.js';

export type { BatchState };

/** One request of a batch: the vendor's `custom_id` (letters, digits, `_`, `-`; at most 64) and what to ask. */
export interface BatchItem {
  customId: string;
  request: GenerationRequest;
}

export interface BatchStatus {
  state: BatchState;
  /** The vendor's own state name, e.g. `in_progress`, `ended`, `BATCH_STATE_RUNNING`. */
  raw: string;
  /** The vendor's request counts by its own names (`completed`, `failed`, `succeeded`, `errored`, …). */
  counts: Record<string, number>;
  /** Why a failed batch failed, as the vendor said. */
  error: string | null;
}

/**
 * What became of one request: an answer; a failure inside the batch (recorded as a sample with
 * `generationError`); or no answer at all, because the batch expired or was cancelled first.
 */
export type BatchOutcome =
  | { customId: string; kind: 'answered'; result: GenerationResult }
  | { customId: string; kind: 'failed'; error: string }
  | { customId: string; kind: 'unanswered'; reason: 'expired' | 'cancelled' | 'missing' };

/**
 * A vendor's batch API (OpenAI Batch, Anthropic Message Batches, Gemini batch mode). Calls throw
 * ProviderErrors like `Provider.generate`; the generate stage retries the retryable ones.
 */
export interface BatchClient {
  /** The most requests one batch may hold (the vendor's limit, or less). */
  readonly maxRequests: number;
  /** Submits the requests as one batch and returns its id; `label` names it where the vendor allows. */
  submit(items: readonly BatchItem[], label: string, signal?: AbortSignal): Promise<string>;
  status(id: string, signal?: AbortSignal): Promise<BatchStatus>;
  /** One outcome per item of a batch that is no longer running, in the items' order. */
  results(id: string, items: readonly BatchItem[], signal?: AbortSignal): Promise<BatchOutcome[]>;
}
