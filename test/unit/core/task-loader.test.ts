import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BenchError } from '../../../src/core/errors.js';
import { createValidators } from '../../../src/core/schemas.js';
import { loadCorpus } from '../../../src/core/task-loader.js';

const validators = createValidators();
const FIXTURES = join(import.meta.dirname, '../../fixtures');

async function loadError(path: string): Promise<BenchError> {
  try {
    await loadCorpus(path, validators);
  } catch (error) {
    return error as BenchError;
  }
  throw new Error('expected the corpus to be rejected');
}

function writeTask(root: string, slug: string, meta: object, files: Record<string, string> = {}) {
  const folder = join(root, slug);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'task.json'), JSON.stringify(meta));
  const defaults = {
    'prompt.py': 'def f(x):\n    """Double x."""\n',
    'solution.py': '    return 2 * x\n',
    'test.py': 'def check(candidate):\n    assert candidate(2) == 4\n',
  };
  for (const [name, text] of Object.entries({ ...defaults, ...files }))
    writeFileSync(join(folder, name), text);
}

describe('loadCorpus', () => {
  it('reads a plain HumanEval JSONL (no tiers) and its gzip', async () => {
    const corpus = await loadCorpus(join(FIXTURES, 'humaneval-problems.jsonl'), validators);
    expect(corpus.tasks.map((t) => t.task_id)).toEqual([
      'HumanEval/0',
      'HumanEval/1',
      'HumanEval/2',
    ]);
    expect(corpus.tasks[0]?.tier).toBeNull();
    const gz = join(mkdtempSync(join(tmpdir(), 'bbench-he-')), 'HumanEval.jsonl.gz');
    const { readFileSync } = await import('node:fs');
    writeFileSync(gz, gzipSync(readFileSync(join(FIXTURES, 'humaneval-problems.jsonl'))));
    expect((await loadCorpus(gz, validators)).hash).toBe(corpus.hash);
  });

  it('reads the folder layout, with tier and tags', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bbench-tasks-'));
    writeTask(root, 'double', {
      task_id: 'core/double',
      entry_point: 'f',
      tier: 'simple',
      tags: ['math'],
    });
    const [task] = (await loadCorpus(root, validators)).tasks;
    expect(task).toMatchObject({
      task_id: 'core/double',
      tier: 'simple',
      tags: ['math'],
      canonical_solution: '    return 2 * x\n',
    });
  });

  it("names a folder task's source relative to the directory the caller passes, never the process's", async () => {
    const root = mkdtempSync(join(tmpdir(), 'bbench-tasks-'));
    writeTask(root, 'double', { task_id: 'core/double', entry_point: 'f', tier: 'simple' });
    const source = async (cwd?: string) =>
      (await loadCorpus(root, validators, cwd === undefined ? {} : { cwd })).tasks[0]?.source;
    expect(await source(root)).toBe('double');
    expect(await source(join(root, 'elsewhere'))).toBe(join('..', 'double'));
    // Without a directory the path stays as given: the loader has no working directory of its own.
    expect(await source()).toBe(join(root, 'double'));
    expect(join(root, 'double')).not.toBe(join(process.cwd(), 'double'));
  });

  it('reports every problem at once, with file:line and field', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bbench-bad-')), 'bad.jsonl');
    writeFileSync(
      path,
      [
        JSON.stringify({
          task_id: 'a',
          prompt: 'def f(x):\n',
          entry_point: 'f',
          canonical_solution: '',
          test: 'def check(c):\n    pass\n',
          tier: 'hard',
        }),
        '{broken',
        JSON.stringify({
          task_id: 'b',
          prompt: 'def g(x):\n',
          entry_point: 'f',
          canonical_solution: '',
          test: 'def check(c):\n    pass\n',
        }),
        JSON.stringify({
          task_id: 'c',
          prompt: 'def f(x):\n',
          entry_point: 'f',
          canonical_solution: '',
          test: 'def check(c):\n    pass\n',
        }),
        JSON.stringify({
          task_id: 'c',
          prompt: 'def f(x):\n',
          entry_point: 'f',
          canonical_solution: '',
          test: 'def check(c):\n    pass\n',
        }),
      ].join('\n'),
    );
    const error = await loadError(path);
    expect(error.code).toBe('TASKS_INVALID');
    expect(error.message).toContain(
      `${path}:1: field /tier: must be equal to one of the allowed values (simple, moderate, complex, null)`,
    );
    expect(error.message).toContain(`${path}:2: not valid JSON`);
    expect(error.message).toContain(`${path}:3: field /prompt: expected the signature 'def f('`);
    expect(error.message).toContain(`${path}:5: task_id 'c' already defined at ${path}:4`);
  });

  it('names a missing file of a task folder and a bad tier in task.json', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bbench-tasks-'));
    writeTask(root, 'one', { task_id: 'core/one', entry_point: 'f', tier: 'trivial' });
    writeTask(root, 'two', { task_id: 'core/two', entry_point: 'f', tier: 'simple' });
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'two', 'test.py'));
    const error = await loadError(root);
    expect(error.message).toMatch(
      /one\/task\.json: field \/tier: must be equal to one of the allowed values \(simple, moderate, complex\)/,
    );
    expect(error.message).toMatch(/two: missing test\.py/);
  });

  it('says so when the path does not exist', async () => {
    expect((await loadError('/nonexistent/tasks')).message).toContain(
      '/nonexistent/tasks does not exist',
    );
  });
});
