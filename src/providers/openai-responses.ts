import type { FinishReason } from '../core/records.js';
import { userMessage } from './prompt.js';
import { ProviderError } from './provider.js';
import { responsesStreamReader } from './stream-readers.js';
import {
  isObject,
  sentRequest,
  stringOrNull,
  tokenCount,
  withoutNulls,
  type VendorAdapter,
} from './vendor.js';

const INCOMPLETE_REASONS: Record<string, FinishReason> = {
  max_output_tokens: 'length',
  content_filter: 'content_filter',
};

/**
 * OpenAI Responses API (`POST /responses`): `reasoning.effort`, `max_output_tokens`, `instructions`.
 * Reasoning tokens are `usage.output_tokens_details.reasoning_tokens` (reported). A response with
 * `status: incomplete` for `max_output_tokens` is a length stop.
 */
export function openaiResponses(model: string, baseUrl: string, apiKey: string): VendorAdapter {
  return {
    build(task, condition) {
      return {
        url: `${baseUrl}/responses`,
        headers: { authorization: `Bearer ${apiKey}` },
        body: withoutNulls({
          model,
          input: [{ role: 'user', content: userMessage(task) }],
          instructions: condition.systemPrompt,
          reasoning:
            condition.reasoningEffort === null ? null : { effort: condition.reasoningEffort },
          max_output_tokens: condition.maxOutputTokens,
          temperature: condition.temperature,
          store: false,
        }),
        sent: sentRequest(model, condition, { thinkingBudget: null }),
      };
    },
    stream: (call) => ({ ...call, body: { ...call.body, stream: true } }),
    streamReader: responsesStreamReader,
    parse(json) {
      if (!Array.isArray(json.output))
        throw new ProviderError('OpenAI Responses answer has no output array', true);
      const status = stringOrNull(json.status) ?? 'unknown';
      const incomplete = isObject(json.incomplete_details)
        ? stringOrNull(json.incomplete_details.reason)
        : null;
      let text = '';
      let refused = false;
      for (const item of json.output) {
        if (!isObject(item) || item.type !== 'message' || !Array.isArray(item.content)) continue;
        for (const part of item.content) {
          if (isObject(part) && part.type === 'output_text' && typeof part.text === 'string')
            text += part.text;
          if (isObject(part) && part.type === 'refusal') refused = true;
        }
      }
      const usage = isObject(json.usage) ? json.usage : null;
      const details =
        usage && isObject(usage.output_tokens_details) ? usage.output_tokens_details : null;
      const reasoningTokens = tokenCount(details?.reasoning_tokens);
      const finishReason: FinishReason = refused
        ? 'refusal'
        : status === 'incomplete'
          ? (INCOMPLETE_REASONS[incomplete ?? ''] ?? 'length')
          : status === 'failed'
            ? 'error'
            : 'stop';
      return {
        text,
        usage,
        reasoningTokens,
        reasoningSource: reasoningTokens === null ? 'none' : 'reported',
        outputTokens: tokenCount(usage?.output_tokens),
        inputTokens: tokenCount(usage?.input_tokens),
        finishReason,
        finishReasonRaw: incomplete ? `${status}:${incomplete}` : status,
        responseId: stringOrNull(json.id),
      };
    },
  };
}
