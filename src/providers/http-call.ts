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
export const safeUrl = (url: string) => url.split('?')[0] ?? url;

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
    throw fetchFailure(error, where, request.signal, () =>
      timeout.aborted ? `no complete answer from ${where} within ${request.timeoutMs} ms` : null,
    );
  }
  const latencyMs = performance.now() - started;
  if (!response.ok) throw statusFailure(response, text, where);
  return {
    json: parseJsonObject(text, where, response.status),
    status: response.status,
    latencyMs,
  };
}

/**
 * The ProviderError for a fetch that threw: cancelled by the caller (not retryable), timed out
 * (`timedOut` says how, retryable), or a network failure (retryable).
 */
export function fetchFailure(
  error: unknown,
  where: string,
  callerSignal: AbortSignal | undefined,
  timedOut: () => string | null,
): ProviderError {
  if (error instanceof ProviderError) return error;
  if (callerSignal?.aborted) return new ProviderError(`request to ${where} cancelled`, false);
  const timeout = timedOut();
  if (timeout !== null) return new ProviderError(timeout, true);
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
  return new ProviderError(
    `network error calling ${where}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    true,
  );
}

/** The ProviderError for a non-2xx answer: 408/409/429/5xx retryable (with the server's wait), other 4xx not. */
export function statusFailure(response: Response, text: string, where: string): ProviderError {
  const retryable = RETRYABLE_STATUS(response.status);
  return new ProviderError(
    `${where} answered HTTP ${response.status}: ${vendorMessage(text)}`,
    retryable,
    retryable ? retryAfterMs(response.headers) : null,
    response.status,
  );
}

/** Parses a body that must be a JSON object; anything else is a retryable malformed answer. */
export function parseJsonObject(
  text: string,
  where: string,
  status = 200,
): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProviderError(
      `${where} answered HTTP ${status} with a body that is not JSON (starts ${JSON.stringify(text.slice(0, 80))})`,
      true,
      null,
      status,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ProviderError(
      `${where} answered with JSON that is not an object`,
      true,
      null,
      status,
    );
  }
  return json as Record<string, unknown>;
}

/** Any request of a vendor's batch API: JSON in (or a form), text out, failures classified as for postJson. */
export interface ApiRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  /** A JSON body, or a multipart form (file uploads). */
  body?: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
}

export async function requestText(request: ApiRequest): Promise<string> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const where = safeUrl(request.url);
  const form = request.body instanceof FormData;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: {
        ...(request.body === undefined || form ? {} : { 'content-type': 'application/json' }),
        ...request.headers,
      },
      body:
        request.body === undefined
          ? undefined
          : form
            ? (request.body as FormData)
            : JSON.stringify(request.body),
      signal,
    });
    const text = await response.text();
    if (!response.ok) throw statusFailure(response, text, where);
    return text;
  } catch (error) {
    throw fetchFailure(error, where, request.signal, () =>
      timeout.aborted ? `no answer from ${where} within ${request.timeoutMs} ms` : null,
    );
  }
}

export async function requestJson(request: ApiRequest): Promise<Record<string, unknown>> {
  return parseJsonObject(await requestText(request), safeUrl(request.url));
}
