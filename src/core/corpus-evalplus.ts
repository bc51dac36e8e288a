import type { TaskRecord } from './records.js';

/**
 * EvalPlus's HumanEval+ (`HumanEvalPlus.jsonl[.gz]`) and MBPP+ (`MbppPlus.jsonl[.gz]`): one task per
 * line, `{task_id, prompt, entry_point, canonical_solution, base_input, plus_input, atol, contract?}`
 * (MBPP+ also carries MBPP's `code`, `test_list`, `test_imports`, `source_file` and a `test`, which
 * EvalPlus does not use to judge; neither do we).
 *
 * The inputs are kept as the file's own JSON text (see json-fields.ts). The task's `test` is a
 * placeholder that fails until the expected outputs have been computed in the sandbox
 * (src/execute/evalplus-oracle.ts), so an unprepared task can never pass.
 */

export const EVALPLUS_UNPREPARED_TEST =
  'def check(candidate):\n    raise RuntimeError("EvalPlus task: expected outputs were not computed (prepare the corpus first)")\n';

const INPUT_FIELDS = ['base_input', 'plus_input'] as const;

/** Whether a JSONL line is an EvalPlus task, from its raw fields. */
export function isEvalPlus(fields: ReadonlyMap<string, string>): boolean {
  return fields.has('base_input');
}

function describe(raw: string | undefined): string {
  if (raw === undefined) return 'nothing (the field is missing)';
  return raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
}

/**
 * One EvalPlus line as a task, or null with the problems (field by field) pushed as `where: field /x: …`.
 * `fields` holds each top-level member's raw JSON text.
 */
export function evalPlusTask(
  fields: ReadonlyMap<string, string>,
  where: string,
  plus: boolean,
  problems: string[],
): TaskRecord | null {
  const found: string[] = [];
  const value = (name: string): unknown => {
    const raw = fields.get(name);
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return Symbol.for('invalid');
    }
  };
  const text = (name: string, what: string): string => {
    const v = value(name);
    if (typeof v === 'string') return v;
    found.push(
      `field /${name}: expected ${what} (a string), received ${describe(fields.get(name))}`,
    );
    return '';
  };
  const taskId = text('task_id', 'the task id');
  const prompt = text('prompt', 'the prompt');
  const entry = text('entry_point', 'the function name');
  const solution = text('canonical_solution', 'the reference solution');
  if (entry && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(entry))
    found.push(
      `field /entry_point: expected a Python identifier, received ${JSON.stringify(entry)}`,
    );
  for (const name of INPUT_FIELDS) {
    const raw = fields.get(name);
    if (raw === undefined || !raw.startsWith('['))
      found.push(`field /${name}: expected an array of argument lists, received ${describe(raw)}`);
  }
  const atol = value('atol') ?? 0;
  if (typeof atol !== 'number' || !(atol >= 0))
    found.push(`field /atol: expected a number ≥ 0, received ${describe(fields.get('atol'))}`);
  const contract = value('contract') ?? null;
  if (contract !== null && typeof contract !== 'string')
    found.push(`field /contract: expected a string, received ${describe(fields.get('contract'))}`);
  if (found.length > 0) {
    problems.push(...found.map((f) => `${where}: ${f}`));
    return null;
  }
  const dataset = taskId.startsWith('Mbpp/') ? 'mbpp' : 'humaneval';
  return {
    task_id: taskId,
    prompt,
    entry_point: entry,
    canonical_solution: solution,
    test: EVALPLUS_UNPREPARED_TEST,
    tier: null,
    tags: [dataset === 'mbpp' ? 'mbpp-plus' : 'humaneval-plus'],
    source: where,
    evalplus: {
      dataset,
      atol: atol as number,
      baseInput: fields.get('base_input') as string,
      plusInput: fields.get('plus_input') as string,
      plus,
      contract: contract as string | null,
    },
  };
}
