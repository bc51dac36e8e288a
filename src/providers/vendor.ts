import { sha256 } from '../core/hash.js';
import type { SampleRecord, SentRequest, TaskRecord } from '../core/records.js';
import type { StreamReader } from './http-stream.js';
import type { GenerationCondition } from './provider.js';

/** A request ready to send: where, with which headers (keys included), the body, and what to record. */
export interface VendorCall {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  sent: SentRequest;
}

/** What a vendor's answer says, normalised; `usage` is the raw usage object exactly as returned. */
export interface VendorAnswer extends Pick<
  SampleRecord,
  | 'reasoningTokens'
  | 'reasoningSource'
  | 'outputTokens'
  | 'inputTokens'
  | 'finishReason'
  | 'finishReasonRaw'
  | 'responseId'
> {
  text: string;
  usage: Record<string, unknown> | null;
}

/** One vendor's wire format: build the request, read the answer. Throws ProviderError on a malformed answer. */
export interface VendorAdapter {
  build(task: TaskRecord, condition: GenerationCondition): VendorCall;
  parse(json: Record<string, unknown>): VendorAnswer;
  /** The same request as a stream of server-sent events (the vendor's own switch for it). */
  stream(call: VendorCall): VendorCall;
  /** Folds that stream back into the body `parse` reads, so both modes give the same record. */
  streamReader(): StreamReader;
}

/** The parameters recorded for every request, whatever the vendor calls them. */
export function sentRequest(
  model: string,
  condition: GenerationCondition,
  overrides: Partial<SentRequest> = {},
): SentRequest {
  return {
    model,
    maxOutputTokens: condition.maxOutputTokens,
    reasoningEffort: condition.reasoningEffort,
    thinkingBudget: condition.thinkingBudget,
    temperature: condition.temperature,
    systemPromptHash: condition.systemPrompt === null ? null : sha256(condition.systemPrompt),
    ...overrides,
  };
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A whole non-negative number, or null: what the vendor did not report stays null. */
export const tokenCount = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
export const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Drops the keys whose value is null, so that "not set" means "not sent" and the vendor default applies. */
export function withoutNulls(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null && v !== undefined));
}
