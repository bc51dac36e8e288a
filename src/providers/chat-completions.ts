import type { FinishReason } from '../core/records.js';
import { userMessage } from './prompt.js';
import { ProviderError } from './provider.js';
import { chatStreamReader } from './stream-readers.js';
import { countTextTokens } from './token-count.js';
import {
  isObject,
  sentRequest,
  stringOrNull,
  tokenCount,
  withoutNulls,
  type VendorAdapter,
  type VendorAnswer,
} from './vendor.js';

const FINISH: Record<string, FinishReason> = {
  stop: 'stop',
  length: 'length',
  content_filter: 'content_filter',
  tool_calls: 'stop',
  function_call: 'stop',
};

/**
 * Reasoning tokens of a Chat Completions answer. The reported `completion_tokens_details.reasoning_tokens`
 * wins; servers that return reasoning text (`reasoning_content`, or `reasoning`) but report 0 or nothing
 * get an estimate from that text, labelled `estimated`. No count and no text: null, never 0.
 */
export function chatReasoning(
  usage: Record<string, unknown> | null,
  reasoningText: string | null,
): Pick<VendorAnswer, 'reasoningTokens' | 'reasoningSource'> {
  const details =
    usage && isObject(usage.completion_tokens_details) ? usage.completion_tokens_details : null;
  const reported = tokenCount(details?.reasoning_tokens);
  const hasText = reasoningText !== null && reasoningText.trim() !== '';
  if (reported !== null && (reported > 0 || !hasText))
    return { reasoningTokens: reported, reasoningSource: 'reported' };
  if (hasText)
    return { reasoningTokens: countTextTokens(reasoningText), reasoningSource: 'estimated' };
  return { reasoningTokens: null, reasoningSource: 'none' };
}

/**
 * Chat Completions (`POST /chat/completions`), OpenAI's and the compatible servers' (vLLM, SGLang,
 * Ollama, OpenRouter, DeepSeek): `reasoning_effort`, `max_completion_tokens`, a system message.
 */
export function chatCompletions(
  model: string,
  baseUrl: string,
  apiKey: string | null,
): VendorAdapter {
  return {
    build(task, condition) {
      const messages = [
        ...(condition.systemPrompt === null
          ? []
          : [{ role: 'system', content: condition.systemPrompt }]),
        { role: 'user', content: userMessage(task) },
      ];
      return {
        url: `${baseUrl}/chat/completions`,
        headers: apiKey ? { authorization: `Bearer ${apiKey}` } : ({} as Record<string, string>),
        body: withoutNulls({
          model,
          messages,
          reasoning_effort: condition.reasoningEffort,
          max_completion_tokens: condition.maxOutputTokens,
          temperature: condition.temperature,
        }),
        sent: sentRequest(model, condition, { thinkingBudget: null }),
      };
    },
    // Without include_usage the stream carries no usage at all, and the reasoning count would be lost.
    stream: (call) => ({
      ...call,
      body: { ...call.body, stream: true, stream_options: { include_usage: true } },
    }),
    streamReader: chatStreamReader,
    parse(json) {
      const choice =
        Array.isArray(json.choices) && isObject(json.choices[0]) ? json.choices[0] : null;
      if (!choice || !isObject(choice.message))
        throw new ProviderError('Chat Completions answer has no choices[0].message', true);
      const message = choice.message;
      const raw = stringOrNull(choice.finish_reason);
      const refused = typeof message.refusal === 'string' && message.refusal !== '';
      const usage = isObject(json.usage) ? json.usage : null;
      const reasoningText =
        stringOrNull(message.reasoning_content) ?? stringOrNull(message.reasoning);
      return {
        text: stringOrNull(message.content) ?? '',
        usage,
        ...chatReasoning(usage, reasoningText),
        outputTokens: tokenCount(usage?.completion_tokens),
        inputTokens: tokenCount(usage?.prompt_tokens),
        finishReason: refused
          ? 'refusal'
          : (FINISH[raw ?? ''] ?? (raw === null ? 'stop' : 'error')),
        finishReasonRaw: raw,
        responseId: stringOrNull(json.id),
      };
    },
  };
}
