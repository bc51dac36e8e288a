import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCodexLogReader, logName } from '../../../src/import/codex-logs.js';
import type { ImportedCall } from '../../../src/import/imported-sample.js';

/** A real-format session log without a session id: turn_context, then three calls. */
function sessionLines(turnContext: Record<string, unknown>, reasoning: number[]): string[] {
  const total = { output_tokens: 0, reasoning_output_tokens: 0 };
  return [
    JSON.stringify({ type: 'turn_context', payload: { turn_id: 't0', cwd: '/w', ...turnContext } }),
    ...reasoning.map((r) => {
      total.output_tokens += r + 10;
      total.reasoning_output_tokens += r;
      return JSON.stringify({
        type: 'event_msg',
        payload: {
          type: 'token_count',
          info: {
            last_token_usage: {
              input_tokens: 100,
              output_tokens: r + 10,
              reasoning_output_tokens: r,
            },
            total_token_usage: { ...total },
          },
        },
      });
    }),
  ];
}

function callsOf(lines: string[], file: string, root: string | null): ImportedCall[] {
  const read = createCodexLogReader(file, 'unknown', root);
  return lines.flatMap((line, i) => {
    const r = read(line, i + 1);
    return r !== null && 'call' in r ? [r.call] : [];
  });
}

describe('Codex log reader', () => {
  const home = join('/home', 'someone', '.codex', 'sessions');
  const file = join(home, '2026', '11', 'sample.jsonl');

  it('names a log without a session id by its path relative to the directory given, never the absolute path', () => {
    const calls = callsOf(
      sessionLines({ model: 'gpt-5.5', effort: 'high' }, [0, 516, 0]),
      file,
      home,
    );
    expect(calls.map((c) => c.taskId)).toEqual(Array(3).fill('codex/2026/11/sample.jsonl'));
    expect(calls.every((c) => !c.taskId.includes('/home/'))).toBe(true);
    // A file given on its own is named by its file name.
    expect(callsOf(sessionLines({}, [7]), file, null)[0]?.taskId).toBe('codex/sample.jsonl');
    expect(logName(file, '/elsewhere')).toBe('sample.jsonl');
  });

  it.each(['effort', 'model_reasoning_effort', 'reasoning_effort'])(
    'reads the effort spelled %s',
    (key) => {
      const [call] = callsOf(sessionLines({ model: 'gpt-5.5', [key]: 'xhigh' }, [64]), file, home);
      expect(call?.effort).toBe('xhigh');
      expect(call?.conditionId).toBe('gpt-5.5|effort=xhigh');
    },
  );
});
