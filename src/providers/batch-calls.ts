import { requestJson, requestText } from './http-call.js';

/** Batch API calls are small; a minute is generous, and a hung one is retried. */
export const BATCH_CALL_TIMEOUT_MS = 60_000;

/** The calls a batch client makes: each with the key's headers and the batch call timeout. */
export interface BatchCalls {
  /** A call answered with a JSON object; `body` is JSON, or a multipart form for uploads. */
  json(
    method: 'GET' | 'POST',
    url: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<Record<string, unknown>>;
  /** A GET answered with text, such as a JSONL results file. */
  text(url: string, signal?: AbortSignal): Promise<string>;
}

export function batchCalls(auth: Record<string, string>): BatchCalls {
  return {
    json: (method, url, body, signal) =>
      requestJson({ method, url, headers: auth, body, timeoutMs: BATCH_CALL_TIMEOUT_MS, signal }),
    text: (url, signal) =>
      requestText({ method: 'GET', url, headers: auth, timeoutMs: BATCH_CALL_TIMEOUT_MS, signal }),
  };
}

/** The time since a batch was created (ms since the epoch), which its answers record as their latency; 0 when unknown. */
export function msSinceCreated(createdMs: number): number {
  return Number.isNaN(createdMs) ? 0 : Date.now() - createdMs;
}
