/** One server-sent event: its `event:` name (null when the server sent none) and its joined `data:` lines. */
export interface SseEvent {
  event: string | null;
  data: string;
}

/**
 * An incremental parser of `text/event-stream` (WHATWG HTML, "Server-sent events"): feed it decoded
 * text in whatever pieces the network delivers, and it returns the events completed so far. Lines end
 * in LF, CRLF or CR; `:` lines are comments (keep-alives); an event without data is not dispatched,
 * and a last event that no blank line closes is never returned (the stream was cut inside it).
 */
export function createSseParser(): { push(text: string): SseEvent[] } {
  let buffer = '';
  let event: string | null = null;
  let data: string[] = [];
  const take = (line: string, out: SseEvent[]) => {
    if (line === '') {
      if (data.length > 0) out.push({ event, data: data.join('\n') });
      event = null;
      data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };
  return {
    push(text) {
      buffer += text;
      const out: SseEvent[] = [];
      // A CR at the very end may be the first half of a CRLF: keep it until the next piece.
      for (;;) {
        const match = /\r\n|\r(?=[^\n])|\n/.exec(buffer);
        if (!match) break;
        take(buffer.slice(0, match.index), out);
        buffer = buffer.slice(match.index + match[0].length);
      }
      return out;
    },
  };
}
