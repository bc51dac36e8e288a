import { answerOf, countsOf, jsonLines, requiredId } from './batch-answers.js';
import { batchCalls, msSinceCreated } from './batch-calls.js';
import type { BatchClient, BatchOutcome, BatchState } from './batch-client.js';
import { isObject, stringOrNull, tokenCount, type VendorAdapter } from './vendor.js';

const STATES: Record<string, BatchState> = {
  validating: 'running',
  in_progress: 'running',
  finalizing: 'running',
  cancelling: 'running',
  completed: 'ended',
  expired: 'expired',
  cancelled: 'cancelled',
  failed: 'failed',
};

/**
 * OpenAI's Batch API: the requests go up as a JSONL file (`POST /files`, purpose `batch`), one line
 * `{custom_id, method, url, body}` each; `POST /batches` starts it with a 24 h window; `GET
 * /batches/{id}` polls it; the output and error files (`GET /files/{id}/content`) hold one line per
 * request, `{custom_id, response: {status_code, body}, error}`. Requests an expired batch never ran
 * are in the error file with code `batch_expired`.
 */
export function openaiBatch(
  adapter: VendorAdapter,
  baseUrl: string,
  auth: Record<string, string>,
): BatchClient {
  const calls = batchCalls(auth);
  const call = (method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal) =>
    calls.json(method, `${baseUrl}${path}`, body, signal);
  const fileLines = async (id: string, signal?: AbortSignal) =>
    jsonLines(
      await calls.text(`${baseUrl}/files/${encodeURIComponent(id)}/content`, signal),
      `OpenAI batch file ${id}`,
    );
  return {
    maxRequests: 50_000,
    async submit(items, label, signal) {
      const calls = items.map((i) => adapter.build(i.request.task, i.request.condition));
      const endpoint = new URL(calls[0]?.url ?? `${baseUrl}/responses`).pathname;
      const jsonl = items
        .map((item, i) =>
          JSON.stringify({
            custom_id: item.customId,
            method: 'POST',
            url: endpoint,
            body: calls[i]?.body,
          }),
        )
        .join('\n');
      const form = new FormData();
      form.append('purpose', 'batch');
      form.append(
        'file',
        new Blob([`${jsonl}\n`], { type: 'application/jsonl' }),
        `${label}.jsonl`,
      );
      const file = await call('POST', '/files', form, signal);
      const fileId = requiredId(file.id, 'OpenAI file upload answered without an id');
      const batch = await call(
        'POST',
        '/batches',
        { input_file_id: fileId, endpoint, completion_window: '24h', metadata: { bbench: label } },
        signal,
      );
      return requiredId(batch.id, 'OpenAI batch creation answered without an id');
    },
    async status(id, signal) {
      const batch = await call('GET', `/batches/${encodeURIComponent(id)}`, undefined, signal);
      const raw = stringOrNull(batch.status) ?? 'unknown';
      const errors =
        isObject(batch.errors) && Array.isArray(batch.errors.data) ? batch.errors.data : [];
      return {
        state: STATES[raw] ?? 'running',
        raw,
        counts: countsOf(batch.request_counts),
        error:
          errors
            .map((e) => (isObject(e) ? stringOrNull(e.message) : null))
            .filter(Boolean)
            .join('; ') || null,
      };
    },
    async results(id, items, signal) {
      const batch = await call('GET', `/batches/${encodeURIComponent(id)}`, undefined, signal);
      const lines = [
        ...(typeof batch.output_file_id === 'string'
          ? await fileLines(batch.output_file_id, signal)
          : []),
        ...(typeof batch.error_file_id === 'string'
          ? await fileLines(batch.error_file_id, signal)
          : []),
      ];
      const byId = new Map(lines.map((l) => [stringOrNull(l.custom_id) ?? '', l]));
      const latency = msSinceCreated(1000 * (tokenCount(batch.created_at) ?? Number.NaN));
      return items.map((item): BatchOutcome => {
        const line = byId.get(item.customId);
        if (!line) return { customId: item.customId, kind: 'unanswered', reason: 'missing' };
        const error = isObject(line.error) ? line.error : null;
        if (error?.code === 'batch_expired')
          return { customId: item.customId, kind: 'unanswered', reason: 'expired' };
        if (error?.code === 'batch_cancelled')
          return { customId: item.customId, kind: 'unanswered', reason: 'cancelled' };
        const response = isObject(line.response) ? line.response : null;
        const body = response && isObject(response.body) ? response.body : null;
        if (response?.status_code !== 200 || body === null) {
          const message =
            (error && stringOrNull(error.message)) ??
            (body && isObject(body.error) ? stringOrNull(body.error.message) : null) ??
            'no body';
          return {
            customId: item.customId,
            kind: 'failed',
            error: `OpenAI batch ${id}: HTTP ${String(response?.status_code ?? '-')}: ${message}`,
          };
        }
        return answerOf(adapter, item, body, latency);
      });
    },
  };
}
