import type { StreamReader } from './http-stream.js';
import { ProviderError } from './provider.js';
import { isObject, stringOrNull } from './vendor.js';

/**
 * Each vendor's stream folded back into its non-streamed body (see StreamReader). The field names are
 * the vendors' own, from their streaming references; anything a reader does not know is ignored.
 */

function parseData(data: string, vendor: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(data);
    if (isObject(value)) return value;
  } catch {
    // Reported below with the start of the data.
  }
  throw new ProviderError(
    `${vendor} stream: an event's data is not a JSON object (starts ${JSON.stringify(data.slice(0, 80))})`,
    true,
  );
}

function streamError(vendor: string, error: unknown): ProviderError {
  const message = isObject(error) ? (stringOrNull(error.message) ?? JSON.stringify(error)) : '';
  const type = isObject(error) ? (stringOrNull(error.type) ?? stringOrNull(error.code) ?? '') : '';
  // Inside a stream the vendors report overload and server trouble; a bad request fails before it starts.
  const retryable = !/invalid_request|authentication|permission|not_found/.test(type);
  return new ProviderError(
    `${vendor} stream reported an error: ${type} ${message}`.trim(),
    retryable,
  );
}

const cutOff = (vendor: string, last: string) =>
  new ProviderError(`${vendor} stream ended before its final event (${last})`, true);

/** Responses: the terminal `response.completed` / `response.incomplete` / `response.failed` carries the whole response, usage included. */
export function responsesStreamReader(): StreamReader {
  let final: Record<string, unknown> | null = null;
  return {
    push(_event, data) {
      const json = parseData(data, 'OpenAI Responses');
      const type = stringOrNull(json.type) ?? '';
      if (type === 'error') throw streamError('OpenAI Responses', json);
      if (
        (type === 'response.completed' ||
          type === 'response.incomplete' ||
          type === 'response.failed') &&
        isObject(json.response)
      )
        final = json.response;
    },
    result() {
      if (final === null) throw cutOff('OpenAI Responses', 'no response.completed');
      return final;
    },
  };
}

/** Chat Completions: deltas of one choice, `[DONE]` at the end, usage in the last chunk (`stream_options.include_usage`). */
export function chatStreamReader(): StreamReader {
  const parts = { content: [] as string[], reasoning: [] as string[], refusal: [] as string[] };
  let reasoningField: 'reasoning_content' | 'reasoning' = 'reasoning_content';
  let head: Record<string, unknown> = {};
  let finish: string | null = null;
  let usage: Record<string, unknown> | null = null;
  let done = false;
  return {
    push(_event, data) {
      if (data.trim() === '[DONE]') {
        done = true;
        return;
      }
      const json = parseData(data, 'Chat Completions');
      if (json.error !== undefined) throw streamError('Chat Completions', json.error);
      if (head.id === undefined) head = { id: json.id, created: json.created, model: json.model };
      if (isObject(json.usage)) usage = json.usage;
      const choice =
        Array.isArray(json.choices) && isObject(json.choices[0]) ? json.choices[0] : null;
      if (!choice) return;
      finish = stringOrNull(choice.finish_reason) ?? finish;
      const delta = isObject(choice.delta) ? choice.delta : {};
      if (typeof delta.content === 'string') parts.content.push(delta.content);
      if (typeof delta.refusal === 'string') parts.refusal.push(delta.refusal);
      if (typeof delta.reasoning_content === 'string')
        parts.reasoning.push(delta.reasoning_content);
      else if (typeof delta.reasoning === 'string') {
        reasoningField = 'reasoning';
        parts.reasoning.push(delta.reasoning);
      }
    },
    result() {
      if (!done) throw cutOff('Chat Completions', 'no [DONE]');
      const joined = (p: string[]) => (p.length > 0 ? p.join('') : null);
      const reasoning = joined(parts.reasoning);
      return {
        ...head,
        object: 'chat.completion',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: joined(parts.content),
              refusal: joined(parts.refusal),
              ...(reasoning === null ? {} : { [reasoningField]: reasoning }),
            },
            finish_reason: finish,
          },
        ],
        usage,
      };
    },
  };
}

/** Anthropic Messages: `message_start`, content blocks built from their deltas, `message_delta` (stop reason, cumulative usage), `message_stop`. */
export function anthropicStreamReader(): StreamReader {
  let message: Record<string, unknown> | null = null;
  const blocks: Record<string, unknown>[] = [];
  let stopped = false;
  return {
    push(event, data) {
      const json = parseData(data, 'Anthropic');
      const type = stringOrNull(json.type) ?? event ?? '';
      if (type === 'error') throw streamError('Anthropic', json.error);
      if (type === 'message_start' && isObject(json.message)) message = { ...json.message };
      else if (type === 'content_block_start' && isObject(json.content_block))
        blocks[Number(json.index)] = { ...json.content_block };
      else if (type === 'content_block_delta' && isObject(json.delta)) {
        const block = blocks[Number(json.index)];
        const delta = json.delta;
        if (!block) return;
        const append = (field: string, value: unknown) => {
          if (typeof value === 'string')
            block[field] = `${stringOrNull(block[field]) ?? ''}${value}`;
        };
        if (delta.type === 'text_delta') append('text', delta.text);
        else if (delta.type === 'thinking_delta') append('thinking', delta.thinking);
        else if (delta.type === 'signature_delta') block.signature = delta.signature;
      } else if (type === 'message_delta' && message) {
        if (isObject(json.delta)) Object.assign(message, json.delta);
        // The usage of message_delta is cumulative: its counts replace those of message_start.
        if (isObject(json.usage))
          message.usage = {
            ...(isObject(message.usage) ? message.usage : {}),
            ...Object.fromEntries(Object.entries(json.usage).filter(([, v]) => v !== null)),
          };
      } else if (type === 'message_stop') stopped = true;
    },
    result() {
      if (!message || !stopped) throw cutOff('Anthropic', 'no message_stop');
      return { ...message, content: blocks.filter(isObject) };
    },
  };
}

/** Gemini `streamGenerateContent?alt=sse`: each event a GenerateContentResponse piece; the last holds `finishReason` and the usage. */
export function geminiStreamReader(): StreamReader {
  const parts: Record<string, unknown>[] = [];
  let head: Record<string, unknown> = {};
  let finishReason: string | null = null;
  let usage: unknown = undefined;
  let feedback: unknown = undefined;
  return {
    push(_event, data) {
      const json = parseData(data, 'Gemini');
      if (json.error !== undefined) throw streamError('Gemini', json.error);
      if (head.responseId === undefined)
        head = { responseId: json.responseId, modelVersion: json.modelVersion };
      if (json.usageMetadata !== undefined) usage = json.usageMetadata;
      if (json.promptFeedback !== undefined) feedback = json.promptFeedback;
      const candidate =
        Array.isArray(json.candidates) && isObject(json.candidates[0]) ? json.candidates[0] : null;
      if (!candidate) return;
      finishReason = stringOrNull(candidate.finishReason) ?? finishReason;
      const content = isObject(candidate.content) ? candidate.content : {};
      for (const part of Array.isArray(content.parts) ? content.parts : []) {
        const last = parts.at(-1);
        // Adjacent text pieces of the same kind are one part in the non-streamed answer.
        if (
          isObject(part) &&
          typeof part.text === 'string' &&
          last &&
          typeof last.text === 'string' &&
          (last.thought === true) === (part.thought === true)
        )
          last.text += part.text;
        else if (isObject(part)) parts.push({ ...part });
      }
    },
    result() {
      const blocked = isObject(feedback) && feedback.blockReason !== undefined;
      if (finishReason === null && !blocked) throw cutOff('Gemini', 'no finishReason');
      return {
        ...head,
        ...(finishReason === null
          ? {}
          : {
              candidates: [{ index: 0, content: { role: 'model', parts }, finishReason }],
            }),
        ...(usage === undefined ? {} : { usageMetadata: usage }),
        ...(feedback === undefined ? {} : { promptFeedback: feedback }),
      };
    },
  };
}
