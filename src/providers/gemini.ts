import type { FinishReason } from '../core/records.js';
import { userMessage } from './prompt.js';
import { ProviderError } from './provider.js';
import { geminiStreamReader } from './stream-readers.js';
import {
  isObject,
  sentRequest,
  stringOrNull,
  tokenCount,
  withoutNulls,
  type VendorAdapter,
} from './vendor.js';

const FINISH: Record<string, FinishReason> = {
  STOP: 'stop',
  MAX_TOKENS: 'length',
  SAFETY: 'content_filter',
  RECITATION: 'content_filter',
  BLOCKLIST: 'content_filter',
  PROHIBITED_CONTENT: 'content_filter',
  SPII: 'content_filter',
  IMAGE_SAFETY: 'content_filter',
  LANGUAGE: 'error',
  OTHER: 'error',
  MALFORMED_FUNCTION_CALL: 'error',
};

/** Gemini counts thoughts apart from the answer; output here means both, as OpenAI's output_tokens does. */
function outputOf(usage: Record<string, unknown> | null): number | null {
  const answer = tokenCount(usage?.candidatesTokenCount);
  const thoughts = tokenCount(usage?.thoughtsTokenCount);
  return answer === null && thoughts === null ? null : (answer ?? 0) + (thoughts ?? 0);
}

/**
 * Google Gemini `generateContent` (`POST /v1beta/models/{model}:generateContent`, key in the
 * `x-goog-api-key` header, never in the URL). A budget is sent as `thinkingConfig.thinkingBudget`, an
 * effort as `thinkingConfig.thinkingLevel`. Reasoning tokens are `usageMetadata.thoughtsTokenCount`
 * (reported). Parts marked `thought: true` are not part of the answer.
 */
export function geminiGenerateContent(
  model: string,
  baseUrl: string,
  apiKey: string,
): VendorAdapter {
  return {
    build(task, condition) {
      const thinkingConfig = withoutNulls({
        thinkingBudget: condition.thinkingBudget,
        thinkingLevel: condition.reasoningEffort,
      });
      return {
        url: `${baseUrl}/v1beta/models/${encodeURIComponent(model)}:generateContent`,
        headers: { 'x-goog-api-key': apiKey },
        body: withoutNulls({
          contents: [{ role: 'user', parts: [{ text: userMessage(task) }] }],
          systemInstruction:
            condition.systemPrompt === null ? null : { parts: [{ text: condition.systemPrompt }] },
          generationConfig: withoutNulls({
            maxOutputTokens: condition.maxOutputTokens,
            temperature: condition.temperature,
            thinkingConfig: Object.keys(thinkingConfig).length > 0 ? thinkingConfig : null,
          }),
        }),
        sent: sentRequest(model, condition),
      };
    },
    stream: (call) => ({
      ...call,
      url: call.url.replace(/:generateContent$/, ':streamGenerateContent?alt=sse'),
    }),
    streamReader: geminiStreamReader,
    parse(json) {
      const candidate =
        Array.isArray(json.candidates) && isObject(json.candidates[0]) ? json.candidates[0] : null;
      const blocked = isObject(json.promptFeedback)
        ? stringOrNull(json.promptFeedback.blockReason)
        : null;
      if (!candidate && !blocked) throw new ProviderError('Gemini answer has no candidates', true);
      const parts =
        candidate && isObject(candidate.content) && Array.isArray(candidate.content.parts)
          ? candidate.content.parts
          : [];
      const text = parts
        .filter((p): p is Record<string, unknown> => isObject(p) && p.thought !== true)
        .map((p) => stringOrNull(p.text) ?? '')
        .join('');
      const usage = isObject(json.usageMetadata) ? json.usageMetadata : null;
      const reasoningTokens = tokenCount(usage?.thoughtsTokenCount);
      const raw = candidate ? stringOrNull(candidate.finishReason) : `blocked:${blocked}`;
      return {
        text,
        usage,
        reasoningTokens,
        reasoningSource: reasoningTokens === null ? 'none' : 'reported',
        outputTokens: outputOf(usage),
        inputTokens: tokenCount(usage?.promptTokenCount),
        finishReason:
          blocked && !candidate
            ? 'content_filter'
            : (FINISH[raw ?? ''] ?? (raw === null ? 'stop' : 'error')),
        finishReasonRaw: raw,
        responseId: stringOrNull(json.responseId),
      };
    },
  };
}
