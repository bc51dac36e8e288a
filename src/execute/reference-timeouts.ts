import type { TaskRecord } from '../core/records.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';
import { assembleProgram } from './assemble-program.js';
import { classifyVerdict } from './classify-verdict.js';

/**
 * Per-task time limit from the reference's own CPU time (not its wall time, which a busy machine
 * inflates): the larger of 1 s and 20× it, never above the run's limit.
 */
export const REFERENCE_TIMEOUT_RULE = { floorMs: 1_000, factor: 20 } as const;

export interface ReferenceTiming {
  taskId: string;
  /** The reference's CPU time in the sandbox. */
  referenceMs: number;
  /** The reference did not pass, so its runtime says nothing; the run's limit applies. */
  referenceFailed: boolean;
  timeoutMs: number;
}

/** Runs every task's reference once in the sandbox and derives each task's timeout from its runtime. */
export async function measureReferenceTimeouts(
  sandbox: Sandbox,
  tasks: readonly TaskRecord[],
  limits: SandboxLimits,
  concurrency: number,
): Promise<ReferenceTiming[]> {
  const timings: ReferenceTiming[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, concurrency) }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++] as TaskRecord;
        const run = await sandbox.run({
          program: assembleProgram(task, task.canonical_solution, false),
          limits,
        });
        const passed =
          classifyVerdict(run, limits.outputBytes).verdict === 'pass' && run.status === 'completed';
        const referenceMs = run.status === 'completed' ? run.cpuMs : 0;
        const derived = Math.max(
          REFERENCE_TIMEOUT_RULE.floorMs,
          Math.ceil(REFERENCE_TIMEOUT_RULE.factor * referenceMs),
        );
        timings.push({
          taskId: task.task_id,
          referenceMs,
          referenceFailed: !passed,
          timeoutMs: passed ? Math.min(limits.timeoutMs, derived) : limits.timeoutMs,
        });
      }
    }),
  );
  return timings.sort((a, b) => (a.taskId < b.taskId ? -1 : 1));
}

/** The limits of one task given its derived timeout (CPU seconds follow the wall limit). */
export function limitsWithTimeout(limits: SandboxLimits, timeoutMs: number): SandboxLimits {
  return { ...limits, timeoutMs, cpuSeconds: Math.max(1, Math.ceil(timeoutMs / 1000)) };
}
