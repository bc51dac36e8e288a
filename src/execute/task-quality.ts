import { readFileSync } from 'node:fs';
import type { TaskRecord, Tier } from '../core/records.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';
import { DEFAULT_LIMITS } from '../sandbox/sandbox.js';

/** The ast features of a reference solution (src/execute/python/task_features.py). */
export interface TaskFeatures {
  cyclomatic: number;
  maxNesting: number;
  statements: number;
  helpers: number;
  loops: number;
  recursive: number;
  edgeCases: number;
}

export interface MutationScore {
  generated: number;
  uncompilable: number;
  /** Compiled mutants that behaved like the reference on every recorded input and passed the tests. */
  equivalent: number;
  differing: number;
  killed: number;
  /** killed / differing; null when no mutant behaved differently. */
  score: number | null;
  inputs: number;
  /** Random inputs near the tests' own on which the reference returns normally. */
  probes: number;
  survivors: { operator: string; line: number; code: string }[];
}

/** What the sandbox measured of one task: features and tier, the reference's three runs, the mutants. */
export interface TaskQuality {
  taskId: string;
  features: TaskFeatures;
  score: number;
  tier: Tier;
  reference: { passed: boolean[]; seconds: (number | null)[]; error: string | null };
  mutation: MutationScore | null;
  /** Killed mutants as whole programs: wrong answers that look like real mistakes. */
  wrong: { operator: string; line: number; program: string }[];
  /** Wall time of the measurement inside the sandbox. */
  seconds: number;
}

// Through the package root, so the path holds from src/execute and from the compiled dist/execute.
const PYTHON = (name: string) =>
  readFileSync(new URL(`../../src/execute/python/${name}`, import.meta.url), 'utf8');

/** Generous limits: the program runs the reference three times and every mutant against the tests. */
export const QUALITY_LIMITS: SandboxLimits = {
  ...DEFAULT_LIMITS,
  timeoutMs: 900_000,
  cpuSeconds: 900,
  memoryBytes: 1024 * 1024 * 1024,
  outputBytes: 16 * 1024 * 1024,
};

/** The program sent to the sandbox: task_quality.py with task_features.py and the task embedded. */
export function qualityProgram(
  task: TaskRecord,
  inputsSource: string | null,
  featuresOnly = false,
): string {
  const payload = {
    task: {
      task_id: task.task_id,
      prompt: task.prompt,
      solution: task.canonical_solution,
      test: task.test,
      entry_point: task.entry_point,
      edge_cases: task.edgeCases ?? [],
      inputs_source: inputsSource,
      features_only: featuresOnly,
    },
  };
  // JSON string literals are valid Python string literals, so the sources travel verbatim.
  return `${PYTHON('task_quality.py')}\n_FEATURES_SRC = ${JSON.stringify(PYTHON('task_features.py'))}\nmain(json.loads(${JSON.stringify(JSON.stringify(payload))}))\n`;
}

/**
 * Measures one task in the sandbox. A sandbox failure or an unreadable answer is returned as `problem`
 * (the harness failed, not the task); the task's own failures are in the result.
 */
export async function measureTaskQuality(
  sandbox: Sandbox,
  task: TaskRecord,
  inputsSource: string | null,
  options: { featuresOnly?: boolean; limits?: SandboxLimits } = {},
): Promise<{ quality: TaskQuality } | { problem: string }> {
  const limits = options.limits ?? QUALITY_LIMITS;
  const run = await sandbox.run({
    program: qualityProgram(task, inputsSource, options.featuresOnly),
    limits,
    stdoutKeepBytes: limits.outputBytes,
  });
  if (run.status !== 'completed') return { problem: `sandbox: ${run.message}` };
  if (run.timedOut)
    return { problem: `the measurement did not finish within ${limits.timeoutMs / 1000} s` };
  const line = run.stdoutHead
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .at(-1);
  if (run.exitCode !== 0 || !line)
    return {
      problem: `the measurement program failed (exit ${run.exitCode}, signal ${run.signal}${run.oomKilled ? ', out of memory' : ''}${run.outputExceeded ? ', too much output' : ''}): ${run.stderrTail.slice(-400) || run.proof?.message || 'no output'}`,
    };
  try {
    const raw = JSON.parse(line) as {
      task_id: string;
      features: TaskFeatures;
      score: number;
      tier: Tier;
      reference: TaskQuality['reference'];
      mutation?: MutationScore;
      wrong?: TaskQuality['wrong'];
      seconds: number;
    };
    return {
      quality: {
        taskId: raw.task_id,
        features: raw.features,
        score: raw.score,
        tier: raw.tier,
        reference: raw.reference,
        mutation: raw.mutation ?? null,
        wrong: raw.wrong ?? [],
        seconds: raw.seconds,
      },
    };
  } catch (error) {
    return { problem: `the measurement's output is not JSON (${(error as Error).message})` };
  }
}
