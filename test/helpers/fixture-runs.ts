import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openJsonlAppender } from '../../src/core/jsonl.js';
import type { ExecutionRecord, SampleRecord, Tier, Verdict } from '../../src/core/records.js';
import { sampleKey } from '../../src/core/records.js';
import { runPaths } from '../../src/core/run-dir.js';
import { openRun, recordExecution } from '../../src/core/run-manifest.js';
import { createValidators } from '../../src/core/schemas.js';
import { executionRecord, sampleRecord } from './records.js';

/**
 * Two small, fixed runs written as `bbench run` writes them (manifest by openRun and recordExecution,
 * records as JSONL), for golden files of `show` and `compare` that need no sandbox. Six HumanEval-style
 * tasks whose ids sort differently as text and as numbers, two arms, four samples each; run B fixes
 * some of A's failures and breaks one task. Every value is fixed: no clock, no randomness.
 */
export const FIXTURE_TASKS: readonly { id: string; tier: Tier; entry: string }[] = [
  { id: 'HumanEval/3', tier: 'simple', entry: 'below_zero' },
  { id: 'HumanEval/7', tier: 'simple', entry: 'filter_by_substring' },
  { id: 'HumanEval/23', tier: 'moderate', entry: 'strlen' },
  { id: 'HumanEval/45', tier: 'moderate', entry: 'triangle_area' },
  { id: 'HumanEval/101', tier: 'complex', entry: 'words_string' },
  { id: 'HumanEval/120', tier: 'complex', entry: 'maximum' },
];
const ARMS = ['effort=low', 'effort=high'] as const;
const SAMPLES = 4;
/** Reasoning counts by sample index: two at a boundary (516, 1034), two not. */
const COUNTS = [516, 700, 1034, 388] as const;

/** Which samples pass, per run, as a function of task position, arm and sample index. */
function verdictOf(run: 'a' | 'b', task: number, arm: number, i: number): Verdict {
  const aligned = i === 0 || i === 2;
  if (task === 4 && i === 3) return 'timeout';
  if (run === 'a') {
    if (task >= 4 && aligned) return i === 2 ? 'error' : 'fail';
    if (task === 2 && arm === 0 && i > 0) return 'fail';
    return 'pass';
  }
  if (task === 1 && i !== 1) return 'fail'; // B breaks HumanEval/7
  if (task === 5 && aligned && arm === 0) return 'fail';
  return 'pass';
}

const TRACEBACKS: Partial<Record<Verdict, (entry: string) => string>> = {
  fail: (entry) =>
    `Traceback (most recent call last):\n  File "/work/program.py", line 14, in <module>\n    check(${entry})\n  File "/work/program.py", line 9, in check\n    assert candidate([1, 2, 3]) == 3\nAssertionError\n`,
  error: (entry) =>
    `Traceback (most recent call last):\n  File "/work/program.py", line 14, in <module>\n    check(${entry})\n  File "/work/program.py", line 4, in ${entry}\n    return values[len(values)]\nIndexError: list index out of range\n`,
};

function records(run: 'a' | 'b') {
  const samples: SampleRecord[] = [];
  const executions: ExecutionRecord[] = [];
  FIXTURE_TASKS.forEach((task, t) =>
    ARMS.forEach((arm, a) => {
      for (let i = 0; i < SAMPLES; i++) {
        const s = sampleRecord(task.id, i, {
          key: sampleKey(task.id, arm, i),
          conditionId: arm,
          reasoningTokens: COUNTS[i]! + (a === 1 && i % 2 === 1 ? 200 : 0),
          completion: `    # ${run.toUpperCase()}, ${arm}, sample ${i}\n    return ${task.entry}_impl(*args)\n`,
          finishReason: i === 3 && t === 0 ? 'length' : 'stop',
          finishReasonRaw: i === 3 && t === 0 ? 'max_output_tokens' : 'completed',
          truncated: i === 3 && t === 0,
        });
        const verdict = verdictOf(run, t, a, i);
        const e = executionRecord(s, verdict);
        const traceback = TRACEBACKS[verdict]?.(task.entry) ?? null;
        const detail = {
          fail: 'AssertionError',
          error: 'IndexError: list index out of range',
          timeout: 'time limit 3s',
        }[verdict as 'fail' | 'error' | 'timeout'];
        samples.push(s);
        executions.push({ ...e, detail: detail ?? verdict, traceback });
      }
    }),
  );
  return { samples, executions };
}

/** Writes run `fixture-a` or `fixture-b` (and the corpus they name) under `results`; returns its directory. */
export function writeFixtureRun(results: string, run: 'a' | 'b'): string {
  const corpus = join(results, 'humaneval-fixture.jsonl');
  writeFileSync(
    corpus,
    FIXTURE_TASKS.map((t) =>
      JSON.stringify({
        task_id: t.id,
        entry_point: t.entry,
        prompt: `def ${t.entry}(*args):\n    """A fixture task."""\n`,
        canonical_solution: '    return None\n',
        test: 'def check(candidate):\n    assert True\n',
      }),
    ).join('\n'),
  );
  const validators = createValidators();
  const paths = runPaths(results, `fixture-${run}`);
  const { manifest } = openRun(
    paths,
    {
      runId: `fixture-${run}`,
      createdAt: `2026-11-2${run === 'a' ? 1 : 2}T10:00:00.000Z`,
      config: {
        model: 'simulated',
        tasksPath: corpus,
        samplesPerTask: SAMPLES,
        conditions: [...ARMS],
        seed: 1,
        boundaries: [516, 1034, 1552],
        tolerance: 0,
        ks: [1, 2],
        simulated: null,
        limits: { timeoutMs: 3000 },
        referenceTimeouts: false,
      },
      tool: {
        name: 'boundary-bench',
        version: 'fixture',
        gitRevision: null,
        node: 'v22.0.0',
        dependencies: {},
        lockfileHash: null,
      },
      corpus: {
        path: corpus,
        hash: 'f1x7e5c0e5ba5e',
        tasks: FIXTURE_TASKS.length,
        measuredTiers: Object.fromEntries(FIXTURE_TASKS.map((t) => [t.id, t.tier])),
      },
      planted: null,
    },
    validators.manifest,
  );
  recordExecution(
    paths,
    manifest,
    { sandbox: null, canaries: { passed: true, at: '2026-11-21T10:00:01.000Z', results: [] } },
    validators.manifest,
  );
  const { samples, executions } = records(run);
  for (const [file, list] of [
    [paths.samples, samples],
    [paths.executions, executions],
  ] as const) {
    const { appender } = openJsonlAppender(file);
    for (const r of list) appender.append(r);
    appender.close();
  }
  return paths.dir;
}
