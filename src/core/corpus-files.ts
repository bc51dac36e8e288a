import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { evalPlusTask, isEvalPlus } from './corpus-evalplus.js';
import { mbppTask, mbppVariant } from './corpus-mbpp.js';
import { JsonScanError, arrayElements, lineCounter, objectFields } from './json-fields.js';
import type { TaskRecord } from './records.js';

/**
 * Task files in the published formats, recognised line by line from their fields: HumanEval
 * (`prompt`, `test`), MBPP original (`text`, `test_list`) and sanitized (`prompt`, `test_list`; also as
 * the released single JSON array), EvalPlus HumanEval+ and MBPP+ (`base_input`, `plus_input`).
 * Problems are pushed as `file:line: field /name: what was expected, what was received`; the loader
 * validates the tasks against the task schema afterwards.
 */
export function readTaskFile(path: string, plus: boolean, problems: string[]): TaskRecord[] {
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const tasks: TaskRecord[] = [];
  const push = (task: TaskRecord | null) => {
    if (task) tasks.push(task);
  };
  if (/^\s*\[/.test(text)) {
    // One JSON array (the sanitized MBPP release): each element's line is where its object starts.
    const line = lineCounter(text);
    let elements: { start: number; end: number }[];
    try {
      elements = arrayElements(text);
    } catch (error) {
      const offset = error instanceof JsonScanError ? error.offset : 0;
      problems.push(`${path}:${line(offset)}: not valid JSON (${(error as Error).message})`);
      return [];
    }
    for (const { start, end } of elements)
      push(readRecord(text.slice(start, end), `${path}:${line(start)}`, plus, problems));
    return tasks;
  }
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    push(readRecord(raw, `${path}:${i + 1}`, plus, problems));
  });
  return tasks;
}

function readRecord(
  text: string,
  where: string,
  plus: boolean,
  problems: string[],
): TaskRecord | null {
  let fields: Map<string, string>;
  try {
    fields = objectFields(text).fields;
  } catch (error) {
    problems.push(`${where}: not valid JSON (${(error as Error).message})`);
    return null;
  }
  // EvalPlus inputs are kept as text: they may hold NaN, Infinity or integers beyond 2^53.
  if (isEvalPlus(fields)) return evalPlusTask(fields, where, plus, problems);
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    problems.push(`${where}: not valid JSON (${(error as Error).message})`);
    return null;
  }
  const variant = mbppVariant(raw);
  if (variant) return mbppTask(raw, variant, where, problems);
  const tier = raw.tier ?? null;
  return {
    task_id: raw.task_id === undefined ? undefined : String(raw.task_id),
    prompt: raw.prompt,
    entry_point: raw.entry_point,
    canonical_solution: raw.canonical_solution ?? '',
    test: raw.test,
    tier,
    ...(tier !== null ? { tierSource: 'declared' } : {}),
    tags: raw.tags ?? [],
    source: where,
  } as TaskRecord;
}
