import type { BatchItem, BatchOutcome } from './batch-client.js';
import { resultOf } from './http-provider.js';
import { ProviderError } from './provider.js';
import { isObject, stringOrNull, type VendorAdapter } from './vendor.js';

/** The lines of a JSONL results file; an unreadable line is a retryable malformed answer. */
export function jsonLines(text: string, where: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        const value: unknown = JSON.parse(line);
        if (isObject(value)) return value;
      } catch {
        // Reported below.
      }
      throw new ProviderError(`${where}:${i + 1}: not a JSON object`, true);
    });
}

/**
 * One answer of a batch, read by the same adapter (and `resultOf`) as a plain answer, so that a batch
 * record equals an interactive one; a body the parser refuses is that request's failure.
 */
export function answerOf(
  adapter: VendorAdapter,
  item: BatchItem,
  body: Record<string, unknown>,
  latencyMs: number,
): BatchOutcome {
  const { task, condition } = item.request;
  try {
    const result = resultOf(
      adapter.parse(body),
      task,
      adapter.build(task, condition),
      Math.max(0, latencyMs),
    );
    return { customId: item.customId, kind: 'answered', result };
  } catch (error) {
    return { customId: item.customId, kind: 'failed', error: (error as Error).message };
  }
}

/** A vendor's counts (numbers, or int64 strings in proto JSON) as whole numbers. */
export function countsOf(value: unknown): Record<string, number> {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      typeof v === 'number' ? v : typeof v === 'string' ? Number(v) || 0 : 0,
    ]),
  );
}

/** The id a vendor's batch call must answer with; without one, a retryable failure saying which call. */
export function requiredId(value: unknown, missing: string): string {
  const id = stringOrNull(value);
  if (id === null) throw new ProviderError(missing, true);
  return id;
}
