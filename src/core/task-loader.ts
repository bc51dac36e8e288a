import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BenchError } from './errors.js';
import { readTaskFile } from './corpus-files.js';
import { canonicalJson, sha256 } from './hash.js';
import type { TaskRecord, Tier } from './records.js';
import { describeSchemaErrors, type RecordValidators } from './schemas.js';

export interface Corpus {
  tasks: TaskRecord[];
  /** SHA-256 over the tasks' content (not their file locations); goes in every manifest. */
  hash: string;
  source: string;
}

const FOLDER_FILES = {
  prompt: 'prompt.py',
  canonical_solution: 'solution.py',
  test: 'test.py',
} as const;
/** Generated wrong programs of a task folder, read by the simulated model. */
export const MUTANTS_FILE = 'mutants.json';
const MAX_LISTED_ERRORS = 20;

export interface LoadOptions {
  /** EvalPlus corpora: test on the base and the extra (plus) inputs, not the base inputs only. */
  plus?: boolean;
  /**
   * The directory a folder task's `source` is named relative to: the CLI passes its working
   * directory (core never reads the process's). Without it, the folder's path as given.
   */
  cwd?: string;
}

/**
 * Loads a corpus from a folder of task folders (task.json + prompt.py + solution.py + test.py each),
 * or from a task file in a published format (HumanEval, MBPP original or sanitized, EvalPlus
 * HumanEval+ / MBPP+; .gz too; see corpus-files.ts). Every problem found is reported at once, with
 * its file, line and field.
 */
export async function loadCorpus(
  path: string,
  validators: RecordValidators,
  options: LoadOptions = {},
): Promise<Corpus> {
  if (!existsSync(path)) {
    throw new BenchError(
      'TASKS_INVALID',
      `tasks path ${path} does not exist`,
      'pass --tasks a task folder, or a HumanEval, MBPP or EvalPlus file (.jsonl, .json, .gz)',
    );
  }
  const problems: string[] = [];
  const tasks = statSync(path).isDirectory()
    ? loadFolderCorpus(path, validators, problems, options.cwd)
    : readTaskFile(path, Boolean(options.plus), problems).filter((task) =>
        checkTask(task, validators, problems),
      );
  const seen = new Map<string, string>();
  for (const task of tasks) {
    const first = seen.get(task.task_id);
    if (first)
      problems.push(`${task.source}: task_id '${task.task_id}' already defined at ${first}`);
    seen.set(task.task_id, task.source);
  }
  if (problems.length > 0) {
    const listed = problems
      .slice(0, MAX_LISTED_ERRORS)
      .map((p) => `  ${p}`)
      .join('\n');
    const more =
      problems.length > MAX_LISTED_ERRORS
        ? `\n  … and ${problems.length - MAX_LISTED_ERRORS} more`
        : '';
    throw new BenchError(
      'TASKS_INVALID',
      `${problems.length} problem(s) in the task corpus ${path}:\n${listed}${more}`,
    );
  }
  if (tasks.length === 0)
    throw new BenchError(
      'TASKS_INVALID',
      `no tasks found in ${path}`,
      'a task folder holds task.json, prompt.py, solution.py and test.py',
    );
  tasks.sort((a, b) => (a.task_id < b.task_id ? -1 : a.task_id > b.task_id ? 1 : 0));
  return { tasks, hash: corpusHash(tasks), source: path };
}

/** Where a task came from and how its tier was found do not change its content, so not its hash. */
export function corpusHash(tasks: readonly TaskRecord[]): string {
  return sha256(
    ...tasks.map(({ source: _source, tierSource: _tierSource, ...content }) =>
      canonicalJson(content),
    ),
  );
}

function loadFolderCorpus(
  root: string,
  validators: RecordValidators,
  problems: string[],
  cwd: string | undefined,
): TaskRecord[] {
  const folders = findTaskFolders(root);
  const tasks: TaskRecord[] = [];
  for (const folder of folders) {
    const metaPath = join(folder, 'task.json');
    let meta: {
      task_id: string;
      entry_point: string;
      tier: Tier;
      tags?: string[];
      edge_cases?: string[];
      timeout_s?: number;
    };
    try {
      meta = JSON.parse(readFileSync(metaPath, 'utf8')) as typeof meta;
    } catch (error) {
      problems.push(`${metaPath}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (!validators.taskMeta(meta)) {
      problems.push(`${metaPath}: ${describeSchemaErrors(validators.taskMeta.errors)}`);
      continue;
    }
    const files: Partial<Record<keyof typeof FOLDER_FILES, string>> = {};
    for (const [field, file] of Object.entries(FOLDER_FILES) as [
      keyof typeof FOLDER_FILES,
      string,
    ][]) {
      const filePath = join(folder, file);
      if (existsSync(filePath)) files[field] = readFileSync(filePath, 'utf8');
      else
        problems.push(
          `${folder}: missing ${file} (expected the task's ${field.replace('_', ' ')})`,
        );
    }
    if (
      files.prompt === undefined ||
      files.canonical_solution === undefined ||
      files.test === undefined
    )
      continue;
    const task: TaskRecord = {
      task_id: meta.task_id,
      prompt: files.prompt,
      entry_point: meta.entry_point,
      canonical_solution: files.canonical_solution,
      test: files.test,
      tier: meta.tier,
      tierSource: 'declared',
      tags: meta.tags ?? [],
      source: (cwd === undefined ? folder : relative(cwd, folder)) || folder,
      ...(meta.edge_cases ? { edgeCases: meta.edge_cases } : {}),
      ...(meta.timeout_s !== undefined ? { timeoutMs: Math.round(meta.timeout_s * 1000) } : {}),
      ...readMutants(folder, problems),
    };
    checkTask(task, validators, problems);
    tasks.push(task);
  }
  return tasks;
}

/** mutants.json (written by `bbench tasks mutants --write`): `{"mutants": [{"operator", "line", "program"}]}`. */
function readMutants(folder: string, problems: string[]): { mutants?: string[] } {
  const path = join(folder, MUTANTS_FILE);
  if (!existsSync(path)) return {};
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as { mutants?: { program?: unknown }[] };
    const programs = (value.mutants ?? [])
      .map((m) => m.program)
      .filter((p): p is string => typeof p === 'string');
    return { mutants: programs };
  } catch (error) {
    problems.push(
      `${path}: not valid JSON (${(error as Error).message}); regenerate it with \`bbench tasks mutants --write\``,
    );
    return {};
  }
}

function findTaskFolders(root: string): string[] {
  if (existsSync(join(root, 'task.json'))) return [root];
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...findTaskFolders(join(root, entry.name)));
  }
  return found.sort();
}

function checkTask(task: TaskRecord, validators: RecordValidators, problems: string[]): boolean {
  const valid: boolean = validators.task(task);
  if (!valid) {
    problems.push(`${task.source}: ${describeSchemaErrors(validators.task.errors)}`);
    return false;
  }
  // HumanEval prompts hold the signature; MBPP's hold an example call, and the reference the def.
  const signature = new RegExp(`def\\s+${task.entry_point}\\s*\\(`);
  if (!signature.test(task.prompt) && !signature.test(task.canonical_solution)) {
    problems.push(
      `${task.source}: field /prompt: expected the signature 'def ${task.entry_point}(' in the prompt or the reference, not found`,
    );
    return false;
  }
  return true;
}
