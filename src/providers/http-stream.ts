import { fetchFailure, safeUrl, statusFailure } from './http-call.js';
import { ProviderError } from './provider.js';
import { createSseParser } from './sse.js';

/**
 * Folds a vendor's stream of events into the body its non-streamed answer would have had, so that one
 * parser reads both and a streamed sample's record equals the non-streamed one by construction.
 */
export interface StreamReader {
  /** One event; throws a ProviderError when the vendor reports an error inside the stream. */
  push(event: string | null, data: string): void;
  /** The assembled answer; throws a retryable ProviderError when the stream ended before its last event. */
  result(): Record<string, unknown>;
}

export interface StreamPost {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  /** The longest silence between two pieces of the stream (the wait for the first included). */
  idleTimeoutMs: number;
  /** The cap on the whole request, however lively the stream. */
  totalTimeoutMs: number;
  signal?: AbortSignal;
}

/**
 * POSTs a streaming request and feeds its server-sent events to `reader`. A stream that stays silent
 * for `idleTimeoutMs`, runs past `totalTimeoutMs`, or is cut before the vendor's final event fails
 * with a retryable ProviderError; HTTP errors are classified as for plain requests.
 */
export async function postStream(
  request: StreamPost,
  reader: StreamReader,
): Promise<{ json: Record<string, unknown>; latencyMs: number }> {
  const started = performance.now();
  const where = safeUrl(request.url);
  const total = AbortSignal.timeout(request.totalTimeoutMs);
  const idle = new AbortController();
  let idleTimer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => idle.abort(), request.idleTimeoutMs);
  };
  const signal = AbortSignal.any([total, idle.signal, ...(request.signal ? [request.signal] : [])]);
  const timedOut = () =>
    idle.signal.aborted
      ? `stream from ${where} was silent for ${request.idleTimeoutMs} ms`
      : total.aborted
        ? `stream from ${where} did not finish within ${request.totalTimeoutMs} ms`
        : null;
  touch();
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        ...request.headers,
      },
      body: JSON.stringify(request.body),
      signal,
    });
    if (!response.ok) throw statusFailure(response, await response.text(), where);
    if (!response.body) throw new ProviderError(`${where} answered without a body`, true);
    const parser = createSseParser();
    const decoder = new TextDecoder();
    for await (const chunk of response.body) {
      touch();
      for (const { event, data } of parser.push(decoder.decode(chunk, { stream: true })))
        reader.push(event, data);
    }
    clearTimeout(idleTimer);
    return { json: reader.result(), latencyMs: performance.now() - started };
  } catch (error) {
    throw fetchFailure(error, where, request.signal, timedOut);
  } finally {
    clearTimeout(idleTimer);
  }
}
