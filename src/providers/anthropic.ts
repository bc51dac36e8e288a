import type { FinishReason } from '../core/records.js';
import { userMessage } from './prompt.js';
import { ProviderError } from './provider.js';
import { anthropicStreamReader } from './stream-readers.js';
import { countTextTokens } from './token-count.js';
import {
  isObject,
  sentRequest,
  stringOrNull,
  tokenCount,
  withoutNulls,
  type VendorAdapter,
} from './vendor.js';

const STOP: Record<string, FinishReason> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  tool_use: 'stop',
  pause_turn: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  refusal: 'refusal',
};

/** Anthropic requires max_tokens; without one we send this, recorded as sent. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 16_000;

/**
 * Anthropic Messages (`POST /v1/messages`). A thinking budget is sent as extended thinking
 * (`thinking: {type: enabled, budget_tokens}`); an effort without a budget as adaptive thinking
 * (`thinking: {type: adaptive}` with `output_config.effort`), which newer models require.
 * The usage has no reasoning count, so it is derived: `output_tokens` minus the tokens of the visible
 * text blocks, counted with o200k_base (an approximation of Anthropic's tokenizer), at least 0.
 */
export function anthropicMessages(model: string, baseUrl: string, apiKey: string): VendorAdapter {
  return {
    build(task, condition) {
      const budget = condition.thinkingBudget;
      const maxTokens =
        condition.maxOutputTokens ??
        (budget === null
          ? ANTHROPIC_DEFAULT_MAX_TOKENS
          : Math.max(ANTHROPIC_DEFAULT_MAX_TOKENS, budget + 4096));
      const thinking =
        budget !== null
          ? { type: 'enabled', budget_tokens: budget }
          : condition.reasoningEffort !== null
            ? { type: 'adaptive' }
            : null;
      return {
        url: `${baseUrl}/v1/messages`,
        headers: { 'x-api-key': apiKey, 'anthropic-version': '2023-06-01' },
        body: withoutNulls({
          model,
          max_tokens: maxTokens,
          system: condition.systemPrompt,
          messages: [{ role: 'user', content: userMessage(task) }],
          thinking,
          output_config:
            budget === null && condition.reasoningEffort !== null
              ? { effort: condition.reasoningEffort }
              : null,
          // Anthropic refuses a temperature other than 1 with thinking on; we send what was asked and let it say so.
          temperature: condition.temperature,
        }),
        sent: sentRequest(model, condition, { maxOutputTokens: maxTokens }),
      };
    },
    stream: (call) => ({ ...call, body: { ...call.body, stream: true } }),
    streamReader: anthropicStreamReader,
    parse(json) {
      if (!Array.isArray(json.content))
        throw new ProviderError('Anthropic answer has no content array', true);
      const text = json.content
        .filter((b): b is Record<string, unknown> => isObject(b) && b.type === 'text')
        .map((b) => stringOrNull(b.text) ?? '')
        .join('');
      const thought = json.content.some(
        (b) => isObject(b) && (b.type === 'thinking' || b.type === 'redacted_thinking'),
      );
      const usage = isObject(json.usage) ? json.usage : null;
      const output = tokenCount(usage?.output_tokens);
      const raw = stringOrNull(json.stop_reason);
      const reasoningTokens =
        output === null || !thought ? null : Math.max(0, output - countTextTokens(text));
      return {
        text,
        usage,
        reasoningTokens,
        reasoningSource: reasoningTokens === null ? 'none' : 'derived',
        outputTokens: output,
        inputTokens: tokenCount(usage?.input_tokens),
        finishReason: STOP[raw ?? ''] ?? (raw === null ? 'stop' : 'error'),
        finishReasonRaw: raw,
        responseId: stringOrNull(json.id),
      };
    },
  };
}
