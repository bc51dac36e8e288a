import { extractCode } from './extract-code.js';
import { postJson } from './http-call.js';
import type { GenerationRequest, GenerationResult, Provider } from './provider.js';
import type { VendorAdapter } from './vendor.js';

/** Per-request timeout by default: long enough for high-effort reasoning, short enough to catch a hung connection. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 600_000;

/**
 * A provider that speaks one vendor's HTTP wire format: builds the request, posts it, reads the answer,
 * and takes the code out of the text. Failures are ProviderErrors that say whether to retry.
 */
export class HttpProvider implements Provider {
  constructor(
    readonly spec: string,
    private readonly adapter: VendorAdapter,
    private readonly timeoutMs: number = DEFAULT_REQUEST_TIMEOUT_MS,
  ) {}

  async generate(
    { task, condition }: GenerationRequest,
    signal?: AbortSignal,
  ): Promise<GenerationResult> {
    const call = this.adapter.build(task, condition);
    const response = await postJson({
      url: call.url,
      headers: call.headers,
      body: call.body,
      timeoutMs: this.timeoutMs,
      signal,
    });
    const answer = this.adapter.parse(response.json);
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
      latencyMs: Math.round(response.latencyMs),
      simulated: null,
    };
  }
}
