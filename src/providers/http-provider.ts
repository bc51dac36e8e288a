import type { BatchClient } from './batch-client.js';
import { extractCode } from './extract-code.js';
import { postJson } from './http-call.js';
import { postStream } from './http-stream.js';
import type { GenerationRequest, GenerationResult, Provider } from './provider.js';
import type { VendorAdapter, VendorAnswer, VendorCall } from './vendor.js';
import type { TaskRecord } from '../core/records.js';
import { RUN_DEFAULTS } from '../core/run-defaults.js';

/** The cap on one request by default: high-effort reasoning of tens of thousands of tokens takes many minutes. */
export const DEFAULT_REQUEST_TIMEOUT_MS = RUN_DEFAULTS.requestTimeoutS * 1000;
/** The longest silence allowed between two pieces of a stream by default; vendors that stream send pings far more often. */
export const DEFAULT_IDLE_TIMEOUT_MS = RUN_DEFAULTS.idleTimeoutS * 1000;

export interface HttpProviderOptions {
  /** Stream the answer (server-sent events) instead of waiting for one body. */
  stream: boolean;
  /** The cap on one request, streamed or not. */
  timeoutMs: number;
  /** Streams only: the longest silence between events before the request is abandoned and retried. */
  idleTimeoutMs: number;
}

export const DEFAULT_HTTP_OPTIONS: HttpProviderOptions = Object.freeze({
  stream: false,
  timeoutMs: DEFAULT_REQUEST_TIMEOUT_MS,
  idleTimeoutMs: DEFAULT_IDLE_TIMEOUT_MS,
});

/**
 * A provider that speaks one vendor's HTTP wire format: builds the request, posts it (plain or
 * streamed), reads the answer, and takes the code out of the text. Failures are ProviderErrors that
 * say whether to retry.
 */
export class HttpProvider implements Provider {
  constructor(
    readonly spec: string,
    readonly adapter: VendorAdapter,
    readonly options: HttpProviderOptions = DEFAULT_HTTP_OPTIONS,
    readonly batch?: BatchClient,
  ) {}

  async generate(
    { task, condition }: GenerationRequest,
    signal?: AbortSignal,
  ): Promise<GenerationResult> {
    const call = this.adapter.build(task, condition);
    if (this.options.stream) {
      const streamed = this.adapter.stream(call);
      const response = await postStream(
        {
          url: streamed.url,
          headers: streamed.headers,
          body: streamed.body,
          idleTimeoutMs: this.options.idleTimeoutMs,
          totalTimeoutMs: this.options.timeoutMs,
          signal,
        },
        this.adapter.streamReader(),
      );
      return resultOf(this.adapter.parse(response.json), task, call, response.latencyMs);
    }
    const response = await postJson({
      url: call.url,
      headers: call.headers,
      body: call.body,
      timeoutMs: this.options.timeoutMs,
      signal,
    });
    return resultOf(this.adapter.parse(response.json), task, call, response.latencyMs);
  }
}

/** The result of one answer, however it arrived (plain, streamed or from a batch). */
export function resultOf(
  answer: VendorAnswer,
  task: TaskRecord,
  call: Pick<VendorCall, 'sent'>,
  latencyMs: number,
): GenerationResult {
  const { completion, isFullProgram } = extractCode(answer.text, task);
  return {
    completion,
    isFullProgram,
    reasoningTokens: answer.reasoningTokens,
    reasoningSource: answer.reasoningSource,
    outputTokens: answer.outputTokens,
    inputTokens: answer.inputTokens,
    finishReason: answer.finishReason,
    finishReasonRaw: answer.finishReasonRaw,
    truncated: answer.finishReason === 'length',
    usageRaw: answer.usage,
    request: call.sent,
    responseId: answer.responseId,
    latencyMs: Math.round(latencyMs),
    simulated: null,
  };
}
