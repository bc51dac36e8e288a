import { describe, expect, it } from 'vitest';
import { extractCode } from '../../../src/providers/extract-code.js';

const task = {
  prompt: 'from typing import List\n\n\ndef total(xs: List[int]) -> int:\n    """Sum."""\n',
  entry_point: 'total',
};
const fence = (lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\``;

describe('code extraction from a model answer', () => {
  it('takes the fenced block out of prose, as a whole program with the prompt imports put back', () => {
    const out = extractCode(
      `Here is my solution:\n\n${fence('python', 'def total(xs):\n    return sum(xs)')}\n\nIt runs in O(n).`,
      task,
    );
    expect(out).toEqual({
      completion: 'from typing import List\ndef total(xs):\n    return sum(xs)\n',
      isFullProgram: true,
    });
  });

  it('prefers the last Python block that defines the entry point over examples and other languages', () => {
    const text = [
      fence('python', 'def total(xs):\n    return 0  # first try'),
      'Usage:',
      fence('python', 'print(total([1, 2]))'),
      fence('bash', 'python3 total.py'),
      'Better:',
      fence('py', 'def total(xs):\n    return sum(xs)'),
      fence('', 'total([3])'),
    ].join('\n');
    expect(extractCode(text, task).completion).toContain('return sum(xs)');
  });

  it('drops a <think> block in the content, including code inside it', () => {
    const text = `<think>Maybe ${fence('python', 'def total(xs):\n    return -1')}</think>\n${fence('python', 'def total(xs):\n    return sum(xs)')}`;
    expect(extractCode(text, task).completion).toContain('return sum(xs)');
    expect(extractCode(text, task).completion).not.toContain('return -1');
  });

  it('an unclosed <think> leaves no answer: an empty completion, not the reasoning', () => {
    expect(extractCode('<think>I will write def total(xs): return sum(xs)', task)).toEqual({
      completion: '',
      isFullProgram: false,
    });
  });

  it('an empty answer is an empty completion', () => {
    expect(extractCode('', task)).toEqual({ completion: '', isFullProgram: false });
    expect(extractCode('   \n', task)).toEqual({ completion: '', isFullProgram: false });
  });

  it('bare code without fences is taken as it is', () => {
    expect(extractCode('def total(xs):\n    return sum(xs)\n', task)).toMatchObject({
      isFullProgram: true,
      completion: expect.stringContaining('return sum(xs)'),
    });
  });

  it('a body without the signature continues the prompt, indented when written flush left', () => {
    expect(extractCode(fence('python', 'return sum(xs)'), task)).toEqual({
      completion: '    return sum(xs)\n',
      isFullProgram: false,
    });
    expect(extractCode('    s = 0\n    for x in xs:\n        s += x\n    return s', task)).toEqual({
      completion: '    s = 0\n    for x in xs:\n        s += x\n    return s\n',
      isFullProgram: false,
    });
  });
});
