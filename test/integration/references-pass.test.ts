import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createValidators } from '../../src/core/schemas.js';
import { loadCorpus, type Corpus } from '../../src/core/task-loader.js';
import { assembleProgram } from '../../src/execute/assemble-program.js';
import { classifyVerdict } from '../../src/execute/classify-verdict.js';
import { DEFAULT_LIMITS } from '../../src/sandbox/sandbox.js';
import type { DockerSandbox } from '../../src/sandbox/docker-sandbox.js';
import { REPO } from '../helpers/cli.js';
import { openTestSandbox } from '../helpers/docker.js';

describe('the bundled corpus', () => {
  let corpus: Corpus;
  let sandbox: DockerSandbox;
  beforeAll(async () => {
    corpus = await loadCorpus(join(REPO, 'tasks/core'), createValidators());
    sandbox = await openTestSandbox(2);
  });
  afterAll(() => sandbox?.close());

  it('has at least 10 tasks in every tier', () => {
    for (const tier of ['simple', 'moderate', 'complex'])
      expect(corpus.tasks.filter((t) => t.tier === tier).length, tier).toBeGreaterThanOrEqual(10);
  });

  it('passes with every reference solution, and fails with an empty body, in the sandbox', async () => {
    const verdicts = await Promise.all(
      corpus.tasks.map(async (task) => {
        const good = await sandbox.run({
          program: assembleProgram(task, task.canonical_solution, false),
          limits: DEFAULT_LIMITS,
        });
        const empty = await sandbox.run({
          program: assembleProgram(task, '    return None\n', false),
          limits: DEFAULT_LIMITS,
        });
        return {
          id: task.task_id,
          good: classifyVerdict(good, DEFAULT_LIMITS.outputBytes),
          empty: classifyVerdict(empty, DEFAULT_LIMITS.outputBytes).verdict,
        };
      }),
    );
    expect(
      verdicts
        .filter((v) => v.good.verdict !== 'pass')
        .map((v) => `${v.id}: ${v.good.verdict} ${v.good.detail}`),
    ).toEqual([]);
    expect(verdicts.filter((v) => v.empty === 'pass').map((v) => v.id)).toEqual([]);
  });
});
