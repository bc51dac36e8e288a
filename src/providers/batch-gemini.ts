import type { BatchClient, BatchOutcome, BatchState } from './batch-client.js';
import { answerOf, countsOf, requiredId } from './batch-answers.js';
import { batchCalls, msSinceCreated } from './batch-calls.js';
import { isObject, stringOrNull, type VendorAdapter } from './vendor.js';

const STATES: Record<string, BatchState> = {
  BATCH_STATE_PENDING: 'running',
  BATCH_STATE_RUNNING: 'running',
  BATCH_STATE_SUCCEEDED: 'ended',
  BATCH_STATE_FAILED: 'failed',
  BATCH_STATE_CANCELLED: 'cancelled',
  BATCH_STATE_EXPIRED: 'expired',
};

/**
 * Gemini batch mode with inline requests: `POST /v1beta/models/{model}:batchGenerateContent` with
 * `batch: {display_name, input_config: {requests: {requests: [{request, metadata: {key}}]}}}` returns an
 * operation named `batches/{id}`; `GET /v1beta/batches/{id}` polls `metadata.state`
 * (`BATCH_STATE_PENDING` … `BATCH_STATE_EXPIRED`) and `metadata.batchStats`; when done,
 * `response.inlinedResponses.inlinedResponses` holds `{response | error, metadata}` in request order.
 */
export function geminiBatch(
  adapter: VendorAdapter,
  baseUrl: string,
  auth: Record<string, string>,
): BatchClient {
  const calls = batchCalls(auth);
  const get = (id: string, signal?: AbortSignal) =>
    calls.json(
      'GET',
      `${baseUrl}/v1beta/${id.split('/').map(encodeURIComponent).join('/')}`,
      undefined,
      signal,
    );
  return {
    // Inline requests are limited by size (20 MB), not count; this keeps a batch well under it.
    maxRequests: 2_000,
    async submit(items, label, signal) {
      const built = items.map((i) => adapter.build(i.request.task, i.request.condition));
      const url = (built[0]?.url ?? '').replace(/:generateContent$/, ':batchGenerateContent');
      const operation = await calls.json(
        'POST',
        url,
        {
          batch: {
            display_name: label,
            input_config: {
              requests: {
                requests: items.map((item, i) => ({
                  request: built[i]?.body,
                  metadata: { key: item.customId },
                })),
              },
            },
          },
        },
        signal,
      );
      return requiredId(operation.name, 'Gemini batch creation answered without a name');
    },
    async status(id, signal) {
      const operation = await get(id, signal);
      const meta = isObject(operation.metadata) ? operation.metadata : {};
      const raw = stringOrNull(meta.state) ?? 'unknown';
      const stats = isObject(meta.batchStats) ? meta.batchStats : {};
      const error = isObject(operation.error) ? stringOrNull(operation.error.message) : null;
      return {
        state: STATES[raw] ?? (operation.done === true ? 'ended' : 'running'),
        raw,
        counts: countsOf(stats),
        error,
      };
    },
    async results(id, items, signal) {
      const operation = await get(id, signal);
      const meta = isObject(operation.metadata) ? operation.metadata : {};
      const state = STATES[stringOrNull(meta.state) ?? ''] ?? 'ended';
      const response = isObject(operation.response) ? operation.response : {};
      const inlined = isObject(response.inlinedResponses) ? response.inlinedResponses : {};
      const list = Array.isArray(inlined.inlinedResponses) ? inlined.inlinedResponses : [];
      const byKey = new Map<string, Record<string, unknown>>();
      list.forEach((entry, i) => {
        if (!isObject(entry)) return;
        const key = isObject(entry.metadata) ? stringOrNull(entry.metadata.key) : null;
        byKey.set(key ?? items[i]?.customId ?? '', entry);
      });
      const latency = msSinceCreated(Date.parse(stringOrNull(meta.createTime) ?? ''));
      return items.map((item): BatchOutcome => {
        const entry = byKey.get(item.customId);
        if (!entry)
          return {
            customId: item.customId,
            kind: 'unanswered',
            reason:
              state === 'expired' ? 'expired' : state === 'cancelled' ? 'cancelled' : 'missing',
          };
        if (isObject(entry.response)) return answerOf(adapter, item, entry.response, latency);
        const error = isObject(entry.error) ? entry.error : {};
        return {
          customId: item.customId,
          kind: 'failed',
          error: `Gemini batch ${id}: ${String(error.code ?? 'error')}: ${stringOrNull(error.message) ?? 'no message'}`,
        };
      });
    },
  };
}
