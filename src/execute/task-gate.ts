import type { TaskRecord, Tier } from '../core/records.js';
import type { TaskQuality } from './task-quality.js';

/** The quality gate's thresholds, in one place (the README quotes them). */
export const GATE = {
  /** Tests must kill at least this share of the mutants that behave differently from the reference. */
  minMutationScore: 0.9,
  /** A task's time limit: the larger of this floor and `factor` × the reference's runtime. */
  timeoutFloorMs: 1000,
  timeoutFactor: 20,
  /** Lines of the reference shorter than this (`return x`, `pass`) may appear in a prompt without leaking. */
  leakMinChars: 16,
} as const;

/** One task's verdict from the gate, with every reason it failed. */
export interface GateResult {
  taskId: string;
  declaredTier: Tier | null;
  measuredTier: Tier | null;
  mutationScore: number | null;
  referenceMs: number | null;
  timeoutMs: number | null;
  problems: string[];
}

/** The reference's lines that appear in the prompt, ignoring short generic ones. */
export function leakedLines(task: Pick<TaskRecord, 'prompt' | 'canonical_solution'>): string[] {
  const prompt = new Set(task.prompt.split('\n').map((l) => l.trim()));
  return task.canonical_solution
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= GATE.leakMinChars && !l.startsWith('#') && prompt.has(l));
}

/** The median of the reference's three runs, in ms. */
function medianMs(seconds: readonly (number | null)[]): number | null {
  const known = seconds.filter((s): s is number => s !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : (known[Math.floor(known.length / 2)] as number) * 1000;
}

/** Applies the gate to a task and what the sandbox measured of it (or why it could not). */
export function gateTask(
  task: TaskRecord,
  measured: { quality: TaskQuality } | { problem: string },
): GateResult {
  const problems: string[] = [];
  if (!new RegExp(`^def\\s+${task.entry_point}\\s*\\(`, 'm').test(task.prompt))
    problems.push(`the prompt does not hold the signature 'def ${task.entry_point}('`);
  const leaks = leakedLines(task);
  if (leaks.length > 0)
    problems.push(
      `the prompt leaks the solution: ${leaks
        .slice(0, 2)
        .map((l) => `'${l}'`)
        .join(', ')}`,
    );
  if ('problem' in measured) {
    problems.push(`not measured: ${measured.problem}`);
    return {
      taskId: task.task_id,
      declaredTier: task.tier,
      measuredTier: null,
      mutationScore: null,
      referenceMs: null,
      timeoutMs: null,
      problems,
    };
  }
  const q = measured.quality;
  const passes = q.reference.passed.filter(Boolean).length;
  if (passes < 3)
    problems.push(
      `the reference passed ${passes} of 3 runs${q.reference.error ? `: ${q.reference.error.trim().split('\n').at(-1)}` : ''}`,
    );
  if (task.tier !== null && task.tier !== q.tier)
    problems.push(`declared tier ${task.tier}, measured ${q.tier} (score ${q.score})`);
  const score = q.mutation?.score ?? null;
  if (q.mutation && score !== null && score < GATE.minMutationScore) {
    const example = q.mutation.survivors[0];
    problems.push(
      `mutation score ${(score * 100).toFixed(0)}% < ${GATE.minMutationScore * 100}% (${q.mutation.killed}/${q.mutation.differing} killed${example ? `; e.g. ${example.operator} at line ${example.line}: ${example.code}` : ''})`,
    );
  }
  if (q.mutation && q.mutation.differing === 0)
    problems.push(
      'no mutant behaves differently from the reference: nothing shows the tests can fail',
    );
  const referenceMs = medianMs(q.reference.seconds);
  const timeoutMs =
    referenceMs === null
      ? null
      : Math.max(GATE.timeoutFloorMs, Math.ceil(GATE.timeoutFactor * referenceMs));
  return {
    taskId: task.task_id,
    declaredTier: task.tier,
    measuredTier: q.tier,
    mutationScore: score,
    referenceMs,
    timeoutMs,
    problems,
  };
}
