import { ProviderError } from './provider.js';

/** One JSON POST to a vendor. Headers may hold keys: they are sent, never logged or recorded. */
export interface JsonPost {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface JsonResponse {
  json: Record<string, unknown>;
  status: number;
  latencyMs: number;
}

/** Statuses worth asking again: timeouts, conflicts, rate limits and server errors. */
const RETRYABLE_STATUS = (status: number) =>
  status === 408 || status === 409 || status === 429 || status >= 500;

/** The longest a server may make us wait; beyond it the backoff of the generate stage applies. */
const MAX_RETRY_AFTER_MS = 10 * 60_000;

/**
 * How long the server asked us to wait: `retry-after-ms` (OpenAI) or `Retry-After` in seconds or as
 * an HTTP date (RFC 9110). Null when absent or unreadable.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0)
    return Math.min(ms, MAX_RETRY_AFTER_MS);
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}

/** The URL without its query string, so a key passed as a parameter never reaches a message. */
const safeUrl = (url: string) => url.split('?')[0] ?? url;

function vendorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const message =
      typeof body.error === 'string' ? body.error : (body.error?.message ?? body.message);
    if (typeof message === 'string') return message.slice(0, 300);
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return text.slice(0, 300);
}

/**
 * POSTs JSON and returns the parsed body, or throws a {@link ProviderError} that says whether to
 * retry: network errors, timeouts (no answer within `timeoutMs`, a hung connection included),
 * 408/409/429/5xx and malformed bodies are retryable; other 4xx (bad request, bad key) are not.
 */
export async function postJson(request: JsonPost): Promise<JsonResponse> {
  const started = performance.now();
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const where = safeUrl(request.url);
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: JSON.stringify(request.body),
      signal,
    });
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) throw new ProviderError(`request to ${where} cancelled`, false);
    if (timeout.aborted)
      throw new ProviderError(
        `no complete answer from ${where} within ${request.timeoutMs} ms`,
        true,
      );
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    throw new ProviderError(
      `network error calling ${where}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
      true,
    );
  }
  const latencyMs = performance.now() - started;
  if (!response.ok) {
    const retryable = RETRYABLE_STATUS(response.status);
    throw new ProviderError(
      `${where} answered HTTP ${response.status}: ${vendorMessage(text)}`,
      retryable,
      retryable ? retryAfterMs(response.headers) : null,
      response.status,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProviderError(
      `${where} answered HTTP ${response.status} with a body that is not JSON (starts ${JSON.stringify(text.slice(0, 80))})`,
      true,
      null,
      response.status,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ProviderError(
      `${where} answered with JSON that is not an object`,
      true,
      null,
      response.status,
    );
  }
  return { json: json as Record<string, unknown>, status: response.status, latencyMs };
}
