import type { IncomingMessage, ServerResponse } from 'node:http';
import { anthropicBatch, geminiOperation, openaiBatch } from './wire-batch-bodies.js';

/**
 * The vendors' batch APIs, as the wire server speaks them (written from their public references):
 * OpenAI Files + Batches (`/v1/files`, `/v1/batches`, `/v1/files/{id}/content`), Anthropic Message
 * Batches (`/v1/messages/batches`, its `results_url`), and Gemini batch mode
 * (`models/{m}:batchGenerateContent` with inlined requests, polled as the operation `batches/{id}`).
 * A batch ends at its first poll unless batches are held. Each request takes the next per-request
 * fault of the server (`length`, `zero-with-text`; an HTTP fault becomes that request's error), so the
 * same answers as in plain mode come back. A batch fault applies to the next batch created:
 * `fail-some` fails every second request, `expire` answers the first half and lets the rest expire
 * (Gemini: an expired batch returns nothing), `cancel` answers nothing.
 */
export type BatchFault = 'fail-some' | 'expire' | 'cancel';

export type BatchVendor = 'responses' | 'chat' | 'anthropic' | 'gemini';

/** What the server answers one request of a batch with: a vendor body, or an error. */
export type ItemAnswer =
  | { kind: 'body'; body: Record<string, unknown> }
  | { kind: 'error'; status: number; message: string };

export interface BatchCreated {
  id: string;
  vendor: BatchVendor;
  customIds: string[];
}

export interface BatchApi {
  /** Every batch created, in order. */
  created: BatchCreated[];
  /** Status calls received. */
  polls: number;
  /** Batch faults for the next batches created. */
  next(...faults: BatchFault[]): void;
  /** While held, batches stay running however often they are polled. */
  hold(held: boolean): void;
  /** Handles a batch route; false when the path is not one. */
  handle(req: IncomingMessage, res: ServerResponse, path: string, base: string): Promise<boolean>;
}

export interface Batch extends BatchCreated {
  requests: { customId: string; body: Record<string, unknown> }[];
  fault: BatchFault | undefined;
  createdAt: number;
  /** Per request, once the batch has ended: an answer, or null for one it never ran. */
  results: (ItemAnswer | null)[] | null;
  fileIds: { output: string; error: string } | null;
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const jsonl = (rows: unknown[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');

export function createBatchApi(
  answer: (vendor: BatchVendor, body: Record<string, unknown>) => ItemAnswer,
): BatchApi {
  const batches = new Map<string, Batch>();
  const files = new Map<string, string>();
  const faults: BatchFault[] = [];
  let held = false;
  let n = 0;
  const api: BatchApi = {
    created: [],
    polls: 0,
    next: (...f) => faults.push(...f),
    hold: (h) => {
      held = h;
    },
    handle: async (req, res, path, base) => {
      const send = (status: number, value: unknown, type = 'application/json') =>
        res
          .writeHead(status, { 'content-type': type })
          .end(typeof value === 'string' ? value : JSON.stringify(value));
      const create = (vendor: BatchVendor, requests: Batch['requests']) => {
        const id =
          vendor === 'anthropic'
            ? `msgbatch_${++n}`
            : vendor === 'gemini'
              ? `batches/${++n}`
              : `batch_${++n}`;
        const batch: Batch = {
          id,
          vendor,
          customIds: requests.map((r) => r.customId),
          requests,
          fault: faults.shift(),
          createdAt: Math.floor(Date.now() / 1000),
          results: null,
          fileIds: null,
        };
        batches.set(id, batch);
        api.created.push({ id, vendor, customIds: batch.customIds });
        return batch;
      };
      const poll = (id: string) => {
        const batch = batches.get(id);
        if (!batch) return null;
        api.polls += 1;
        if (!held && batch.results === null) {
          const count = batch.requests.length;
          batch.results = batch.requests.map((r, i) => {
            if (batch.fault === 'cancel') return null;
            if (
              batch.fault === 'expire' &&
              (batch.vendor === 'gemini' || i >= Math.floor(count / 2))
            )
              return null;
            if (batch.fault === 'fail-some' && i % 2 === 1)
              return { kind: 'error', status: 400, message: `request ${r.customId} is invalid` };
            return answer(batch.vendor, r.body);
          });
        }
        return batch;
      };

      // OpenAI: upload, create, poll, download.
      if (req.method === 'POST' && path === '/v1/files') {
        const raw = await readRaw(req);
        const form = await new Request('http://local/', {
          method: 'POST',
          headers: { 'content-type': String(req.headers['content-type']) },
          body: new Uint8Array(raw),
        }).formData();
        const file = form.get('file');
        if (form.get('purpose') !== 'batch' || !(file instanceof Blob))
          return (send(400, { error: { message: "expected purpose 'batch' and a file" } }), true);
        const id = `file-${++n}`;
        files.set(id, await file.text());
        send(200, {
          id,
          object: 'file',
          purpose: 'batch',
          bytes: file.size,
          created_at: 0,
          filename: 'x.jsonl',
          status: 'processed',
        });
        return true;
      }
      if (req.method === 'POST' && path === '/v1/batches') {
        const body = JSON.parse((await readRaw(req)).toString('utf8')) as Record<string, unknown>;
        const text = files.get(String(body.input_file_id));
        if (text === undefined) return (send(404, { error: { message: 'no such file' } }), true);
        const lines = text
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        if (lines.some((l) => l.url !== body.endpoint || l.method !== 'POST'))
          return (
            send(400, { error: { message: 'every line must POST to the batch endpoint' } }),
            true
          );
        const vendor = body.endpoint === '/v1/chat/completions' ? 'chat' : 'responses';
        const batch = create(
          vendor,
          lines.map((l) => ({
            customId: String(l.custom_id),
            body: l.body as Record<string, unknown>,
          })),
        );
        send(200, openaiBatch(batch, body));
        return true;
      }
      const openaiGet = /^\/v1\/batches\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && openaiGet) {
        const batch = poll(decodeURIComponent(openaiGet[1] ?? ''));
        if (!batch) return (send(404, { error: { message: 'no such batch' } }), true);
        if (batch.results && !batch.fileIds) {
          const output: unknown[] = [];
          const errors: unknown[] = [];
          batch.results.forEach((r, i) => {
            const custom_id = batch.customIds[i];
            if (r === null)
              errors.push({
                id: `br_${i}`,
                custom_id,
                response: null,
                error:
                  batch.fault === 'cancel'
                    ? {
                        code: 'batch_cancelled',
                        message: 'This request was not executed because the batch was cancelled.',
                      }
                    : {
                        code: 'batch_expired',
                        message:
                          'This request could not be executed before the completion window expired.',
                      },
              });
            else if (r.kind === 'error')
              errors.push({
                id: `br_${i}`,
                custom_id,
                response: {
                  status_code: r.status,
                  request_id: `req_${i}`,
                  body: {
                    error: {
                      message: r.message,
                      type: 'invalid_request_error',
                      param: null,
                      code: null,
                    },
                  },
                },
                error: null,
              });
            else
              output.push({
                id: `br_${i}`,
                custom_id,
                response: { status_code: 200, request_id: `req_${i}`, body: r.body },
                error: null,
              });
          });
          batch.fileIds = { output: `file-${++n}`, error: `file-${++n}` };
          files.set(batch.fileIds.output, jsonl(output));
          files.set(batch.fileIds.error, jsonl(errors));
        }
        send(200, openaiBatch(batch, {}));
        return true;
      }
      const content = /^\/v1\/files\/([^/]+)\/content$/.exec(path);
      if (req.method === 'GET' && content) {
        const text = files.get(decodeURIComponent(content[1] ?? ''));
        if (text === undefined) return (send(404, { error: { message: 'no such file' } }), true);
        send(200, text, 'application/jsonl');
        return true;
      }

      // Anthropic Message Batches.
      if (req.method === 'POST' && path === '/v1/messages/batches') {
        const body = JSON.parse((await readRaw(req)).toString('utf8')) as {
          requests: { custom_id: string; params: Record<string, unknown> }[];
        };
        const batch = create(
          'anthropic',
          body.requests.map((r) => ({ customId: r.custom_id, body: r.params })),
        );
        send(200, anthropicBatch(batch, base));
        return true;
      }
      const anthropicGet = /^\/v1\/messages\/batches\/([^/]+)(\/results)?$/.exec(path);
      if (req.method === 'GET' && anthropicGet) {
        const id = decodeURIComponent(anthropicGet[1] ?? '');
        if (anthropicGet[2]) {
          const batch = batches.get(id);
          if (!batch?.results)
            return (send(404, { error: { type: 'not_found_error', message: 'no results' } }), true);
          const rows = batch.results.map((r, i) => ({
            custom_id: batch.customIds[i],
            result:
              r === null
                ? { type: batch.fault === 'cancel' ? 'canceled' : 'expired' }
                : r.kind === 'error'
                  ? {
                      type: 'errored',
                      error: {
                        type: 'error',
                        error: { type: 'invalid_request_error', message: r.message },
                      },
                    }
                  : { type: 'succeeded', message: r.body },
          }));
          send(200, jsonl(rows), 'application/binary');
          return true;
        }
        const batch = poll(id);
        if (!batch)
          return (
            send(404, { error: { type: 'not_found_error', message: 'no such batch' } }),
            true
          );
        send(200, anthropicBatch(batch, base));
        return true;
      }

      // Gemini batch mode, inlined requests.
      const geminiCreate = /^\/v1beta\/models\/([^/:]+):batchGenerateContent$/.exec(path);
      if (req.method === 'POST' && geminiCreate) {
        const body = JSON.parse((await readRaw(req)).toString('utf8')) as {
          batch: {
            input_config: {
              requests: {
                requests: { request: Record<string, unknown>; metadata: { key: string } }[];
              };
            };
          };
        };
        const batch = create(
          'gemini',
          body.batch.input_config.requests.requests.map((r) => ({
            customId: r.metadata.key,
            body: r.request,
          })),
        );
        send(200, geminiOperation(batch));
        return true;
      }
      const geminiGet = /^\/v1beta\/(batches\/[^/]+)$/.exec(path);
      if (req.method === 'GET' && geminiGet) {
        const batch = poll(geminiGet[1] ?? '');
        if (!batch)
          return (
            send(404, { error: { code: 404, message: 'no such batch', status: 'NOT_FOUND' } }),
            true
          );
        send(200, geminiOperation(batch));
        return true;
      }
      return false;
    },
  };
  return api;
}
