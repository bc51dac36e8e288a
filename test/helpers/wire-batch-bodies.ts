import type { Batch, ItemAnswer } from './wire-batch.js';

/**
 * The batch objects each vendor returns when a batch is created or polled (OpenAI's Batch object,
 * Anthropic's MessageBatch, Gemini's batch Operation), from the state the wire server keeps.
 */

export function openaiBatch(batch: Batch, created: Record<string, unknown>) {
  const done = batch.results !== null;
  const failed = batch.results?.filter((r) => r?.kind === 'error').length ?? 0;
  const completed = batch.results?.filter((r) => r?.kind === 'body').length ?? 0;
  return {
    id: batch.id,
    object: 'batch',
    endpoint: batch.vendor === 'chat' ? '/v1/chat/completions' : '/v1/responses',
    errors: null,
    input_file_id: created.input_file_id ?? 'file-x',
    completion_window: '24h',
    status: !done
      ? 'in_progress'
      : batch.fault === 'expire'
        ? 'expired'
        : batch.fault === 'cancel'
          ? 'cancelled'
          : 'completed',
    output_file_id: batch.fileIds?.output ?? null,
    error_file_id: batch.fileIds?.error ?? null,
    created_at: batch.createdAt,
    request_counts: { total: batch.requests.length, completed, failed },
    metadata: created.metadata ?? null,
  };
}

export function anthropicBatch(batch: Batch, base: string) {
  const r = batch.results;
  const count = (f: (x: ItemAnswer | null) => boolean) => r?.filter(f).length ?? 0;
  return {
    id: batch.id,
    type: 'message_batch',
    processing_status: r ? 'ended' : 'in_progress',
    request_counts: {
      processing: r ? 0 : batch.requests.length,
      succeeded: count((x) => x?.kind === 'body'),
      errored: count((x) => x?.kind === 'error'),
      canceled: batch.fault === 'cancel' ? count((x) => x === null) : 0,
      expired: batch.fault === 'expire' ? count((x) => x === null) : 0,
    },
    ended_at: r ? new Date().toISOString() : null,
    created_at: new Date(batch.createdAt * 1000).toISOString(),
    expires_at: new Date(batch.createdAt * 1000 + 86_400_000).toISOString(),
    cancel_initiated_at: null,
    results_url: r ? `${base}/v1/messages/batches/${batch.id}/results` : null,
  };
}

export function geminiOperation(batch: Batch) {
  const r = batch.results;
  const state = !r
    ? 'BATCH_STATE_RUNNING'
    : batch.fault === 'expire'
      ? 'BATCH_STATE_EXPIRED'
      : batch.fault === 'cancel'
        ? 'BATCH_STATE_CANCELLED'
        : 'BATCH_STATE_SUCCEEDED';
  const ok = r?.filter((x) => x?.kind === 'body').length ?? 0;
  const failed = r?.filter((x) => x?.kind === 'error').length ?? 0;
  return {
    name: batch.id,
    metadata: {
      '@type': 'type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatch',
      name: batch.id,
      displayName: 'bbench',
      createTime: new Date(batch.createdAt * 1000).toISOString(),
      state,
      // int64 counts are strings in proto JSON.
      batchStats: {
        requestCount: String(batch.requests.length),
        successfulRequestCount: String(ok),
        failedRequestCount: String(failed),
        pendingRequestCount: String(r ? 0 : batch.requests.length),
      },
    },
    done: r !== null,
    ...(r && state === 'BATCH_STATE_SUCCEEDED'
      ? {
          response: {
            '@type':
              'type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatchOutput',
            // In request order; the real API does not echo the metadata key back.
            inlinedResponses: {
              inlinedResponses: r.map((x) =>
                x?.kind === 'error'
                  ? { error: { code: x.status, message: x.message, status: 'INVALID_ARGUMENT' } }
                  : { response: x?.kind === 'body' ? x.body : {} },
              ),
            },
          },
        }
      : {}),
  };
}
