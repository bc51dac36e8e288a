import type { BatchClient, BatchOutcome } from './batch-client.js';
import { answerOf, countsOf, jsonLines, requiredId } from './batch-answers.js';
import { batchCalls, msSinceCreated } from './batch-calls.js';
import { isObject, stringOrNull, type VendorAdapter } from './vendor.js';

/**
 * Anthropic Message Batches: `POST /v1/messages/batches` with `requests: [{custom_id, params}]`;
 * `GET /v1/messages/batches/{id}` polls `processing_status` (`in_progress`, `canceling`, `ended`) and
 * `request_counts` (processing, succeeded, errored, canceled, expired); once ended, `results_url` is
 * JSONL of `{custom_id, result: {type: succeeded | errored | canceled | expired, …}}`.
 */
export function anthropicBatch(
  adapter: VendorAdapter,
  baseUrl: string,
  auth: Record<string, string>,
): BatchClient {
  const calls = batchCalls(auth);
  const get = (id: string, signal?: AbortSignal) =>
    calls.json(
      'GET',
      `${baseUrl}/v1/messages/batches/${encodeURIComponent(id)}`,
      undefined,
      signal,
    );
  return {
    maxRequests: 100_000,
    async submit(items, _label, signal) {
      const batch = await calls.json(
        'POST',
        `${baseUrl}/v1/messages/batches`,
        {
          requests: items.map((i) => ({
            custom_id: i.customId,
            params: adapter.build(i.request.task, i.request.condition).body,
          })),
        },
        signal,
      );
      return requiredId(batch.id, 'Anthropic batch creation answered without an id');
    },
    async status(id, signal) {
      const batch = await get(id, signal);
      const raw = stringOrNull(batch.processing_status) ?? 'unknown';
      const counts = countsOf(batch.request_counts);
      // An ended batch whose requests all expired is an expired batch: nothing was answered.
      const answered = (counts.succeeded ?? 0) + (counts.errored ?? 0);
      const state =
        raw !== 'ended'
          ? 'running'
          : answered === 0 && (counts.expired ?? 0) > 0
            ? 'expired'
            : answered === 0 && (counts.canceled ?? 0) > 0
              ? 'cancelled'
              : 'ended';
      return { state, raw, counts, error: null };
    },
    async results(id, items, signal) {
      const batch = await get(id, signal);
      const url = stringOrNull(batch.results_url);
      const lines =
        url === null
          ? []
          : jsonLines(await calls.text(url, signal), `Anthropic batch ${id} results`);
      const byId = new Map(lines.map((l) => [stringOrNull(l.custom_id) ?? '', l]));
      const latency = msSinceCreated(Date.parse(stringOrNull(batch.created_at) ?? ''));
      return items.map((item): BatchOutcome => {
        const result = byId.get(item.customId)?.result;
        if (!isObject(result))
          return { customId: item.customId, kind: 'unanswered', reason: 'missing' };
        if (result.type === 'expired')
          return { customId: item.customId, kind: 'unanswered', reason: 'expired' };
        if (result.type === 'canceled')
          return { customId: item.customId, kind: 'unanswered', reason: 'cancelled' };
        if (result.type === 'succeeded' && isObject(result.message))
          return answerOf(adapter, item, result.message, latency);
        const inner =
          isObject(result.error) && isObject(result.error.error) ? result.error.error : null;
        return {
          customId: item.customId,
          kind: 'failed',
          error: `Anthropic batch ${id}: ${stringOrNull(inner?.type) ?? 'error'}: ${stringOrNull(inner?.message) ?? 'no message'}`,
        };
      });
    },
  };
}
