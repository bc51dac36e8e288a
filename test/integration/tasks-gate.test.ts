import { mkdtempSync, cpSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/published-schema.js';
import { bbench, REPO } from '../helpers/cli.js';

const GATE_FIXTURES = join(REPO, 'test/fixtures/tasks-gate');

describe('bbench tasks: the corpus quality gate, measured in the sandbox', () => {
  it('passes a seeded sample of the bundled corpus, printing tiers, mutation scores and runtimes', async () => {
    const run = await bbench(['tasks', 'validate', '--sample', '6', '--seed', '3']);
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/All 6 task\(s\) pass the gate/);
    expect(run.stdout).toContain('mutation min / median');
    expect(run.stdout).toMatch(/│ \d+% +│ ok +│/);
  });

  it('fails tasks whose tests do not catch wrong code, or whose prompt leaks the solution, and says why', async () => {
    const run = await bbench(['tasks', 'validate', '--tasks', GATE_FIXTURES, '-q']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(
      /gate\/weak-tests: mutation score 0% < 90% \(0\/\d+ killed; e\.g\. /,
    );
    expect(run.stdout).toMatch(
      /gate\/leaky-prompt: the prompt leaks the solution: 'return min\(total, cap\)'/,
    );
    expect(run.stdout).not.toMatch(/gate\/good-task:/);
    // -q: the problems and the verdict line only, no tables.
    expect(run.stdout).toMatch(/^2 problem\(s\) in 2 of 3 task\(s\):\n {2}gate\//);
    expect(run.stdout).not.toContain('│');
  });

  it('takes the task filters of run and exec: --only comma-separated (or repeated), --limit', async () => {
    const run = await bbench([
      'tasks',
      'stats',
      '--tasks',
      GATE_FIXTURES,
      '--only',
      'gate/good-task,gate/weak-tests',
      '--only',
      'gate/leaky-prompt',
      '--limit',
      '2',
      '-q',
      '--format',
      'json',
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const ids = (JSON.parse(run.stdout) as { tasks: { taskId: string }[] }).tasks.map(
      (t) => t.taskId,
    );
    // The first two the filters leave, in corpus order.
    expect(ids).toEqual(['gate/good-task', 'gate/leaky-prompt']);
    const one = await bbench([
      'tasks',
      'stats',
      '--tasks',
      GATE_FIXTURES,
      '--only',
      'gate/good-task,gate/nope',
    ]);
    expect(one.exitCode).toBe(2);
    expect(one.stderr).toMatch(/option --only: 'gate\/nope' not in \S*tasks-gate/);
  });

  it('--format json: stats and validate print the measured tasks, tiers and gate results as JSON', async () => {
    interface Task {
      taskId: string;
      measuredTier: string | null;
      passed?: boolean;
      mutationScore?: number | null;
      problems: string[];
    }
    type Out = { action: string; tasks: Task[]; tiers: { tier: string; measured: number }[] };
    const validate = await bbench([
      'tasks',
      'validate',
      '--tasks',
      GATE_FIXTURES,
      '-q',
      '--format',
      'json',
    ]);
    // The exit code is the gate's, whatever the format; the problems are in the JSON and on stderr.
    expect(validate.exitCode).toBe(2);
    const v = JSON.parse(validate.stdout) as Out;
    expect(schemaErrors('tasks-report', v)).toBe('');
    expect(v.action).toBe('validate');
    expect(v.tasks.map((t) => t.taskId)).toEqual([
      'gate/good-task',
      'gate/leaky-prompt',
      'gate/weak-tests',
    ]);
    const byId = new Map(v.tasks.map((t) => [t.taskId, t]));
    expect(byId.get('gate/good-task')).toMatchObject({ passed: true, problems: [] });
    expect(byId.get('gate/weak-tests')).toMatchObject({ passed: false, mutationScore: 0 });
    expect(byId.get('gate/weak-tests')?.problems.join()).toMatch(/mutation score 0% < 90%/);
    expect(v.tiers.map((t) => t.tier)).toEqual(['simple', 'moderate', 'complex']);
    expect(v.tiers.reduce((n, t) => n + t.measured, 0)).toBe(3);
    expect(validate.stderr).toMatch(/2 problem\(s\) in 2 of 3 task\(s\)/);

    const stats = await bbench([
      'tasks',
      'stats',
      '--tasks',
      GATE_FIXTURES,
      '-q',
      '--format',
      'json',
    ]);
    const st = JSON.parse(stats.stdout) as Out;
    expect(schemaErrors('tasks-report', st)).toBe('');
    expect(st.action).toBe('stats');
    expect(st.tasks).toHaveLength(3);
    expect(st.tasks.every((t) => t.measuredTier !== null && !('passed' in t))).toBe(true);
    expect(stats.stderr).toMatch(/3 tasks: /);
  });

  it("uses a task's inputs.py in the differential check, exposing mutants its tests let through", async () => {
    const source = join(REPO, 'test/fixtures/tasks-inputs/size-bucket');
    const without = mkdtempSync(join(tmpdir(), 'bbench-inputs-'));
    cpSync(source, join(without, 'size-bucket'), {
      recursive: true,
      filter: (path) => !path.endsWith('inputs.py'),
    });
    const weak = await bbench(['tasks', 'validate', '--tasks', without, '-q']);
    // Without inputs near the threshold, its off-by-one mutants look equivalent to the reference.
    expect(weak.exitCode, `${weak.stdout}\n${weak.stderr}`).toBe(0);

    const withInputs = mkdtempSync(join(tmpdir(), 'bbench-inputs-'));
    cpSync(source, join(withInputs, 'size-bucket'), { recursive: true });
    const run = await bbench(['tasks', 'validate', '--tasks', withInputs, '-q']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/inputs\/size-bucket: mutation score \d+% < 90%/);
    expect(run.stdout).toMatch(/n >= 1001|n > 1000|n >= 999/);
  });

  it('writes per-task timeouts and the mutants the simulated model answers with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bbench-gate-'));
    cpSync(join(GATE_FIXTURES, 'good-task'), join(dir, 'good-task'), { recursive: true });
    const validate = await bbench(['tasks', 'validate', '--tasks', dir, '--write-timeouts', '-q']);
    expect(validate.exitCode, validate.stdout).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'good-task', 'task.json'), 'utf8')).timeout_s).toBe(1);
    const mutants = await bbench(['tasks', 'mutants', '--write', '--tasks', dir, '-q']);
    expect(mutants.exitCode, mutants.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'good-task', 'mutants.json'), 'utf8')) as {
      mutants: { operator: string; program: string }[];
    };
    expect(written.mutants.length).toBeGreaterThan(3);
    expect(written.mutants.every((m) => m.program.includes('def clamp_total('))).toBe(true);
    // The simulated model's wrong answers are those mutants, and the sandbox fails every one of them.
    const run = await bbench([
      'run',
      '--tasks',
      dir,
      '-n',
      '40',
      '--results',
      dir,
      '--run-id',
      'sim',
      '-q',
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const samples = readFileSync(join(dir, 'sim', 'samples.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            key: string;
            simulated: { answer: string; mutation: string | null };
            isFullProgram: boolean;
          },
      );
    const verdicts = new Map(
      readFileSync(join(dir, 'sim', 'executions.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { key: string; verdict: string })
        .map((e) => [e.key, e.verdict]),
    );
    const wrong = samples.filter((s) => s.simulated.answer === 'mutant');
    expect(wrong.length).toBeGreaterThan(0);
    for (const s of wrong) {
      expect(s.simulated.mutation).toMatch(/^ast mutant \d+ of \d+ \(mutants\.json\)$/);
      expect(s.isFullProgram).toBe(true);
      expect(verdicts.get(s.key)).toBe('fail');
    }
    expect(existsSync(join(dir, 'sim', 'report.html'))).toBe(true);
  });
});
