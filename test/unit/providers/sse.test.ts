import { describe, expect, it } from 'vitest';
import { createSseParser } from '../../../src/providers/sse.js';

describe('createSseParser', () => {
  it('joins data lines, keeps event names, skips comments, and accepts LF, CRLF and CR', () => {
    const parser = createSseParser();
    const text =
      ': keep-alive\n\nevent: message_start\ndata: {"a":1}\n\r\ndata: line one\r\ndata: line two\r\n\r\ndata:no-space\r\revent: x\ndata\n\n';
    expect(parser.push(text)).toEqual([
      { event: 'message_start', data: '{"a":1}' },
      { event: null, data: 'line one\nline two' },
      { event: null, data: 'no-space' },
      { event: 'x', data: '' },
    ]);
  });

  it('assembles events split anywhere across network pieces, a CRLF split in two included', () => {
    const whole = 'event: e\r\ndata: {"text":"héllo"}\r\n\r\ndata: [DONE]\r\n\r\n';
    for (let cut = 1; cut < whole.length; cut++) {
      const parser = createSseParser();
      const events = [...parser.push(whole.slice(0, cut)), ...parser.push(whole.slice(cut))];
      expect(events, `cut at ${cut}`).toEqual([
        { event: 'e', data: '{"text":"héllo"}' },
        { event: null, data: '[DONE]' },
      ]);
    }
  });

  it('never returns an event that no blank line closed (a stream cut inside it)', () => {
    const parser = createSseParser();
    expect(parser.push('data: {"type":"message_stop"}\n')).toEqual([]);
  });
});
