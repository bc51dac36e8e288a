import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBatchApi, type BatchApi, type ItemAnswer } from './wire-batch.js';
import { streamEvents } from './wire-stream.js';

/**
 * A local HTTP server that speaks the vendors' real wire formats (written from their public API
 * references): OpenAI Responses and Chat Completions, Anthropic Messages, Gemini generateContent, and
 * OpenAI-compatible servers that return reasoning text, each plain or streamed as server-sent events
 * (`stream: true`, or Gemini's `:streamGenerateContent?alt=sse`). Tests queue faults and read what was
 * received. `stall` sends the start of a stream and then nothing; `cut` ends the stream mid-answer.
 */
export type Fault =
  | 'rate-limit'
  | 'server-error'
  | 'hang'
  | 'malformed'
  | 'length'
  | 'zero-with-text'
  | 'bad-request'
  | 'stall'
  | 'cut';

export interface WireAnswer {
  /** The visible answer text (usually a fenced code block). */
  text: string;
  reasoningTokens: number;
  outputTokens: number;
}

export interface ReceivedRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export interface WireServer {
  url: string;
  received: ReceivedRequest[];
  /** Faults for the next requests, in order; afterwards answers are normal. */
  queue(...faults: Fault[]): void;
  /** Faults for the very next requests, ahead of anything queued. */
  next(...faults: Fault[]): void;
  /** The vendors' batch APIs (see wire-batch.ts): batches created, polls, batch faults. */
  batch: BatchApi;
  close(): Promise<void>;
}

type Vendor = 'responses' | 'chat' | 'anthropic' | 'gemini';

function vendorOf(path: string): Vendor | null {
  if (path.endsWith('/responses')) return 'responses';
  if (path.endsWith('/chat/completions')) return 'chat';
  if (path.endsWith('/v1/messages')) return 'anthropic';
  if (/\/v1beta\/models\/[^/]+:(stream)?[gG]enerateContent$/.test(path)) return 'gemini';
  return null;
}

/** The body each vendor sends for an answer; `length` makes it a max-tokens stop, `reasoningText` adds visible reasoning. */
export function vendorBody(
  vendor: Vendor,
  a: WireAnswer,
  options: { length?: boolean; reasoningText?: string | null; id: string },
): Record<string, unknown> {
  const { length = false, reasoningText = null, id } = options;
  switch (vendor) {
    case 'responses':
      return {
        id: `resp_${id}`,
        object: 'response',
        status: length ? 'incomplete' : 'completed',
        incomplete_details: length ? { reason: 'max_output_tokens' } : null,
        output: [
          { type: 'reasoning', id: `rs_${id}`, summary: [] },
          ...(length
            ? []
            : [
                {
                  type: 'message',
                  id: `msg_${id}`,
                  role: 'assistant',
                  status: 'completed',
                  content: [{ type: 'output_text', text: a.text, annotations: [] }],
                },
              ]),
        ],
        usage: {
          input_tokens: 120,
          input_tokens_details: { cached_tokens: 0 },
          output_tokens: a.outputTokens,
          output_tokens_details: { reasoning_tokens: a.reasoningTokens },
          total_tokens: 120 + a.outputTokens,
        },
      };
    case 'chat':
      return {
        id: `chatcmpl-${id}`,
        object: 'chat.completion',
        created: 1_763_000_000,
        model: 'm',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: length ? a.text.slice(0, 10) : a.text,
              refusal: null,
              ...(reasoningText !== null ? { reasoning_content: reasoningText } : {}),
            },
            finish_reason: length ? 'length' : 'stop',
          },
        ],
        usage: {
          prompt_tokens: 120,
          completion_tokens: a.outputTokens,
          total_tokens: 120 + a.outputTokens,
          completion_tokens_details: {
            reasoning_tokens: reasoningText !== null ? 0 : a.reasoningTokens,
          },
        },
      };
    case 'anthropic':
      return {
        id: `msg_${id}`,
        type: 'message',
        role: 'assistant',
        model: 'claude',
        content: [
          { type: 'thinking', thinking: 'Let me think.', signature: 'sig' },
          ...(length ? [] : [{ type: 'text', text: a.text }]),
        ],
        stop_reason: length ? 'max_tokens' : 'end_turn',
        stop_sequence: null,
        usage: {
          input_tokens: 120,
          output_tokens: a.outputTokens,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
        },
      };
    case 'gemini':
      return {
        responseId: `gem-${id}`,
        modelVersion: 'gemini',
        candidates: [
          {
            index: 0,
            content: { role: 'model', parts: length ? [] : [{ text: a.text }] },
            finishReason: length ? 'MAX_TOKENS' : 'STOP',
          },
        ],
        usageMetadata: {
          promptTokenCount: 120,
          candidatesTokenCount: a.outputTokens - a.reasoningTokens,
          thoughtsTokenCount: a.reasoningTokens,
          totalTokenCount: 120 + a.outputTokens,
        },
      };
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
}

/** Starts the server; `answer` decides each normal answer from the request body. */
export async function startWireServer(
  answer: (body: Record<string, unknown>, n: number) => WireAnswer,
  options: { delayMs?: number } = {},
): Promise<WireServer> {
  const faults: Fault[] = [];
  const received: ReceivedRequest[] = [];
  const hung = new Set<ServerResponse>();
  let n = 0;
  // A request inside a batch takes the next fault like a plain one: a length stop or reasoning text
  // shapes its answer; an HTTP fault becomes that request's error.
  const batch = createBatchApi((vendor, body): ItemAnswer => {
    const fault = faults.shift();
    const id = String(++n);
    if (fault === 'bad-request' || fault === 'rate-limit' || fault === 'server-error')
      return { kind: 'error', status: fault === 'bad-request' ? 400 : 500, message: fault };
    return {
      kind: 'body',
      body: vendorBody(vendor, answer(body, n), {
        id,
        length: fault === 'length',
        reasoningText:
          fault === 'zero-with-text'
            ? 'First, I consider the inputs. Then I check the edge cases carefully before writing code.'
            : null,
      }),
    };
  });
  let base = '';
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (await batch.handle(req, res, path, base)) {
      received.push({ path, headers: req.headers, body: {} });
      return;
    }
    const vendor = vendorOf(path);
    const body = await readBody(req);
    received.push({ path, headers: req.headers, body });
    const streamed = body.stream === true || path.endsWith(':streamGenerateContent');
    if (vendor === null) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: `no route ${path}` } }));
      return;
    }
    const fault = faults.shift();
    const id = String(++n);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      res
        .writeHead(status, { 'content-type': 'application/json', ...headers })
        .end(JSON.stringify(value));
    switch (fault) {
      case 'rate-limit':
        return json(
          429,
          { error: { message: 'Rate limit reached', type: 'rate_limit_error' } },
          { 'retry-after': '1' },
        );
      case 'server-error':
        return json(500, { error: { message: 'The server had an error', type: 'server_error' } });
      case 'bad-request':
        return json(400, {
          error: { message: 'Unsupported parameter', type: 'invalid_request_error' },
        });
      case 'hang':
        hung.add(res);
        return;
      case 'malformed':
        if (streamed) {
          res
            .writeHead(200, { 'content-type': 'text/event-stream' })
            .end('data: {"id": "x", "output": [\n\n');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "x", "output": [');
        return;
      default: {
        const a = answer(body, n);
        const full = vendorBody(vendor, a, {
          id,
          length: fault === 'length',
          reasoningText:
            fault === 'zero-with-text'
              ? 'First, I consider the inputs. Then I check the edge cases carefully before writing code.'
              : null,
        });
        if (!streamed) return json(200, full);
        const events = streamEvents(vendor, full);
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        if (fault === 'stall' || fault === 'cut') {
          // The first half of the events: the answer has begun but not ended.
          res.write(events.slice(0, Math.ceil(events.length / 2)).join(''));
          if (fault === 'cut') res.end();
          else hung.add(res);
          return;
        }
        res.end(events.join(''));
        return;
      }
    }
  });
  // Long keep-alive: on a loaded machine, a server closing an idle socket as the client reuses it gives ECONNRESET.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    received,
    batch,
    queue: (...f) => faults.push(...f),
    next: (...f) => faults.unshift(...f),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
