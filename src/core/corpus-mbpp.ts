import type { TaskRecord } from './records.js';

/**
 * MBPP (Austin et al. 2021), original and sanitized, as HumanEval-shaped tasks.
 *
 * Original (`mbpp.jsonl`): `{task_id, text, code, test_list, test_setup_code, challenge_test_list}`.
 * Sanitized (`sanitized-mbpp.json`, one JSON array): `{source_file, task_id, prompt, code, test_imports, test_list}`.
 *
 * The prompt convention (published MBPP numbers depend on it; this is the one EvalPlus's MBPP+ uses):
 * a docstring holding the description and the first test as an example,
 *
 *     """
 *     Write a function to find the shared elements from the given two lists.
 *     assert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))
 *     """
 *
 * so the function's name reaches the model through that example. The entry point is the function of
 * the reference code that the first test calls (else its last top-level function). The test is the
 * setup code (`test_setup_code`, or the sanitized `test_imports`) and then every assert of `test_list`
 * inside `def check(candidate)`. `challenge_test_list` is not run, as in the usual harnesses.
 */

export type MbppVariant = 'mbpp' | 'mbpp-sanitized';

/** Which MBPP release a record is from, by its fields; null when it is neither. */
export function mbppVariant(raw: Record<string, unknown>): MbppVariant | null {
  if (!('test_list' in raw) || !('code' in raw) || 'base_input' in raw) return null;
  if ('text' in raw) return 'mbpp';
  if ('prompt' in raw) return 'mbpp-sanitized';
  return null;
}

const DEF = /^def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(/gm;

/** The function the first test calls among the reference's top-level functions, else the last of them. */
export function mbppEntryPoint(code: string, firstTest: string): string | null {
  const names = [...code.matchAll(DEF)].map((m) => m[1] as string);
  const called = names.filter((n) => new RegExp(`\\b${n}\\s*\\(`).test(firstTest));
  return called.at(-1) ?? names.at(-1) ?? null;
}

export function mbppPrompt(description: string, firstTest: string): string {
  return `"""\n${description.trim()}\n${firstTest.trim()}\n"""\n`;
}

function indent(code: string): string {
  return code
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

export function mbppTest(setup: string, asserts: readonly string[]): string {
  const head = setup.trim() ? `${setup.trim()}\n\n` : '';
  return `${head}def check(candidate):\n${asserts.map(indent).join('\n')}\n`;
}

const unixLines = (text: string) => text.replace(/\r\n/g, '\n');

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * One MBPP record as a task, or null with the problems (field by field) pushed as `where: field /x: …`.
 */
export function mbppTask(
  raw: Record<string, unknown>,
  variant: MbppVariant,
  where: string,
  problems: string[],
): TaskRecord | null {
  const found: string[] = [];
  const descriptionField = variant === 'mbpp' ? 'text' : 'prompt';
  const description = raw[descriptionField];
  const id = raw.task_id;
  if (!(typeof id === 'number' && Number.isInteger(id)) && !(typeof id === 'string' && id !== ''))
    found.push(`field /task_id: expected an integer, received ${describe(id)}`);
  if (typeof description !== 'string' || description.trim() === '')
    found.push(
      `field /${descriptionField}: expected the task description (a string), received ${describe(description)}`,
    );
  if (typeof raw.code !== 'string')
    found.push(
      `field /code: expected the reference code (a string), received ${describe(raw.code)}`,
    );
  if (!isStringList(raw.test_list) || raw.test_list.length === 0)
    found.push(
      `field /test_list: expected a non-empty array of assert strings, received ${describe(raw.test_list)}`,
    );
  let setup = '';
  if (variant === 'mbpp') {
    if (raw.test_setup_code !== undefined && typeof raw.test_setup_code !== 'string')
      found.push(
        `field /test_setup_code: expected a string, received ${describe(raw.test_setup_code)}`,
      );
    else setup = (raw.test_setup_code as string | undefined) ?? '';
  } else if (raw.test_imports !== undefined) {
    if (!isStringList(raw.test_imports))
      found.push(
        `field /test_imports: expected an array of import lines, received ${describe(raw.test_imports)}`,
      );
    else setup = raw.test_imports.join('\n');
  }
  if (found.length > 0) {
    problems.push(...found.map((f) => `${where}: ${f}`));
    return null;
  }
  // The original release writes the reference with Windows line ends.
  const tests = (raw.test_list as string[]).map(unixLines);
  const code = unixLines(raw.code as string);
  setup = unixLines(setup);
  const entry = mbppEntryPoint(code, tests[0] as string);
  if (entry === null) {
    problems.push(
      `${where}: field /code: expected a top-level function (def name(...):), none found`,
    );
    return null;
  }
  return {
    task_id: typeof id === 'string' && id.startsWith('Mbpp/') ? id : `Mbpp/${String(id)}`,
    prompt: mbppPrompt(description as string, tests[0] as string),
    entry_point: entry,
    canonical_solution: code.endsWith('\n') ? code : `${code}\n`,
    test: mbppTest(setup, tests),
    tier: null,
    tags: [variant],
    source: where,
  };
}
