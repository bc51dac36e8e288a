/**
 * The server-sent events each vendor streams for an answer, built from the same body the wire server
 * returns without streaming (written from the vendors' streaming references), so that a client that
 * folds the events back must arrive at that body exactly.
 */
export type StreamVendor = 'responses' | 'chat' | 'anthropic' | 'gemini';

const sse = (data: unknown, event?: string) =>
  `${event ? `event: ${event}\n` : ''}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;

/** Splits text into a few pieces, as a model's deltas arrive. */
function pieces(text: string, n = 3): string[] {
  if (text === '') return [];
  const size = Math.ceil(text.length / n);
  return Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
    text.slice(i * size, (i + 1) * size),
  );
}

type Json = Record<string, unknown>;
type Block = { type: string; text?: string; thinking?: string; signature?: string };

function responsesEvents(body: Json): string[] {
  let seq = 0;
  const ev = (type: string, rest: Json) => sse({ type, sequence_number: seq++, ...rest }, type);
  const shell = {
    ...body,
    status: 'in_progress',
    incomplete_details: null,
    output: [],
    usage: null,
  };
  const out = [
    ev('response.created', { response: shell }),
    ev('response.in_progress', { response: shell }),
  ];
  (body.output as Json[]).forEach((item, index) => {
    out.push(
      ev('response.output_item.added', { output_index: index, item: { ...item, content: [] } }),
    );
    if (item.type === 'message') {
      const text = ((item.content as Json[])[0]?.text as string) ?? '';
      for (const delta of pieces(text))
        out.push(
          ev('response.output_text.delta', {
            item_id: item.id,
            output_index: index,
            content_index: 0,
            delta,
          }),
        );
      out.push(
        ev('response.output_text.done', {
          item_id: item.id,
          output_index: index,
          content_index: 0,
          text,
        }),
      );
    }
    out.push(ev('response.output_item.done', { output_index: index, item }));
  });
  out.push(
    ev(body.status === 'incomplete' ? 'response.incomplete' : 'response.completed', {
      response: body,
    }),
  );
  return out;
}

function chatEvents(body: Json): string[] {
  const choice = (body.choices as Json[])[0] as Json;
  const message = choice.message as Json;
  const head = {
    id: body.id,
    object: 'chat.completion.chunk',
    created: body.created,
    model: body.model,
  };
  const chunk = (delta: Json, finish: string | null = null) =>
    sse({ ...head, choices: [{ index: 0, delta, finish_reason: finish }], usage: null });
  return [
    chunk({ role: 'assistant', content: '' }),
    ...pieces((message.reasoning_content as string | undefined) ?? '').map((r) =>
      chunk({ reasoning_content: r }),
    ),
    ...pieces((message.content as string) ?? '').map((c) => chunk({ content: c })),
    chunk({}, choice.finish_reason as string),
    sse({ ...head, choices: [], usage: body.usage }),
    sse('[DONE]'),
  ];
}

function anthropicEvents(body: Json): string[] {
  const usage = body.usage as Json;
  const out = [
    sse(
      {
        type: 'message_start',
        message: {
          ...body,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { ...usage, output_tokens: 1 },
        },
      },
      'message_start',
    ),
  ];
  (body.content as Block[]).forEach((block, index) => {
    const start =
      block.type === 'thinking' ? { type: 'thinking', thinking: '' } : { type: 'text', text: '' };
    out.push(
      sse({ type: 'content_block_start', index, content_block: start }, 'content_block_start'),
    );
    const delta = (d: Json) =>
      sse({ type: 'content_block_delta', index, delta: d }, 'content_block_delta');
    if (block.type === 'thinking') {
      for (const t of pieces(block.thinking ?? ''))
        out.push(delta({ type: 'thinking_delta', thinking: t }));
      out.push(delta({ type: 'signature_delta', signature: block.signature }));
    } else
      for (const t of pieces(block.text ?? '')) out.push(delta({ type: 'text_delta', text: t }));
    out.push(sse({ type: 'content_block_stop', index }, 'content_block_stop'));
    out.push(sse({ type: 'ping' }, 'ping'));
  });
  out.push(
    sse(
      {
        type: 'message_delta',
        delta: { stop_reason: body.stop_reason, stop_sequence: body.stop_sequence },
        usage: { output_tokens: usage.output_tokens },
      },
      'message_delta',
    ),
    sse({ type: 'message_stop' }, 'message_stop'),
  );
  return out;
}

function geminiEvents(body: Json): string[] {
  const candidate = (body.candidates as Json[])[0] as Json;
  const parts = ((candidate.content as Json).parts as { text: string }[]) ?? [];
  const usage = body.usageMetadata as Json;
  const head = { modelVersion: body.modelVersion, responseId: body.responseId };
  const texts = parts.flatMap((p) => pieces(p.text));
  const partial = {
    promptTokenCount: usage.promptTokenCount,
    totalTokenCount: usage.promptTokenCount,
  };
  const out = texts.slice(0, -1).map((text) =>
    sse({
      candidates: [{ content: { role: 'model', parts: [{ text }] }, index: 0 }],
      usageMetadata: partial,
      ...head,
    }),
  );
  const last = texts.at(-1);
  out.push(
    sse({
      candidates: [
        {
          content: { role: 'model', parts: last === undefined ? [] : [{ text: last }] },
          finishReason: candidate.finishReason,
          index: 0,
        },
      ],
      usageMetadata: usage,
      ...head,
    }),
  );
  return out;
}

export function streamEvents(vendor: StreamVendor, body: Json): string[] {
  switch (vendor) {
    case 'responses':
      return responsesEvents(body);
    case 'chat':
      return chatEvents(body);
    case 'anthropic':
      return anthropicEvents(body);
    case 'gemini':
      return geminiEvents(body);
  }
}
