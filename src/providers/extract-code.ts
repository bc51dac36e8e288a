import type { TaskRecord } from '../core/records.js';

/** The code taken from a model's answer, and whether it is a whole program or a continuation of the prompt. */
export interface ExtractedCode {
  completion: string;
  isFullProgram: boolean;
}

const FENCE = /```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n([\s\S]*?)```/g;
const PYTHON_LANGS = new Set(['', 'python', 'py', 'python3']);

/** Removes reasoning shown in the content (`<think>…</think>`); an unclosed block swallows the rest. */
export function stripThinking(text: string): string {
  return text.replace(/<think>[\s\S]*?<\/think>/gi, '').replace(/<think>[\s\S]*$/i, '');
}

/** Import lines at the top level of the prompt, which a whole-program answer may have left out. */
function promptImports(prompt: string): string[] {
  return prompt.split('\n').filter((l) => /^(import |from \S+ import )/.test(l));
}

/**
 * Takes the code from a model's answer. The rule, in order:
 * 1. `<think>…</think>` blocks in the content are dropped (an unclosed one drops everything after it).
 * 2. If there are fenced blocks, take the last Python (or unlabelled) block that defines the entry point;
 *    else the last Python block; else the last block of any language. Without fences, the whole answer
 *    is taken as bare code.
 * 3. Code that defines the entry point at the top level is a whole program (the prompt's imports are put
 *    in front when missing). Anything else continues the prompt: it is the function's body, indented by
 *    four spaces when the model wrote it flush left.
 * 4. An empty answer gives an empty completion, which fails its tests like any wrong answer.
 */
export function extractCode(
  text: string,
  task: Pick<TaskRecord, 'prompt' | 'entry_point'>,
): ExtractedCode {
  const answer = stripThinking(text);
  const blocks = [...answer.matchAll(FENCE)].map((m) => ({
    lang: (m[1] ?? '').toLowerCase(),
    code: m[2] ?? '',
  }));
  const defines = new RegExp(`^def\\s+${task.entry_point}\\s*\\(`, 'm');
  const python = blocks.filter((b) => PYTHON_LANGS.has(b.lang));
  const chosen =
    python.filter((b) => defines.test(b.code)).at(-1) ?? python.at(-1) ?? blocks.at(-1);
  const code = (chosen ? chosen.code : answer).replace(/\s+$/, '');
  if (code.trim() === '') return { completion: '', isFullProgram: false };
  if (defines.test(code)) {
    const missing = promptImports(task.prompt).filter((line) => !code.includes(line));
    return { completion: `${[...missing, code].join('\n')}\n`, isFullProgram: true };
  }
  const lines = code.replace(/^\n+/, '').split('\n');
  const flushLeft = lines.some((l) => l.trim() !== '' && !/^\s/.test(l));
  return {
    completion: `${(flushLeft ? lines.map((l) => (l.trim() === '' ? l : `    ${l}`)) : lines).join('\n')}\n`,
    isFullProgram: false,
  };
}
