import { BenchError } from '../core/errors.js';
import type { RunManifest, TaskTimeout } from '../core/run-manifest.js';
import type { TaskRecord } from '../core/records.js';
import { limitsWithTimeout, measureReferenceTimeouts } from '../execute/reference-timeouts.js';
import { resolveTaskTimeout } from '../execute/task-timeout.js';
import { openResponseCache } from '../generate/response-cache.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';
import { batchGenerateStage, requireNoOpenBatches } from './batch-stage.js';
import type { CliIo } from './io.js';
import { withSandbox } from './open-sandbox.js';
import { shellQuote } from './path-checks.js';
import type { RunCommandName, RunValues } from './run-options.js';
import type { RunPlan, StartedRun } from './run-plan.js';
import { executeStage } from './execute-stage.js';
import { generateStage } from './generate-stage.js';

/**
 * The two stages of a run that call out: generation (interactive or through the vendors' batch APIs),
 * then execution in the sandbox, with per-task timeouts. An interruption names the command to resume.
 */
export async function generateAndExecute(
  io: CliIo,
  plan: RunPlan,
  run: StartedRun,
  values: RunValues,
  command: RunCommandName,
  argv: readonly string[],
  log: (line: string) => void,
): Promise<void> {
  const { settings, tasks, paths, validators } = plan;
  const { limits } = run;
  try {
    const generation = {
      groups: run.groups,
      tasks,
      samplesPerTask: settings.samplesPerTask,
      concurrency: settings.requests,
      maxAttempts: settings.maxAttempts,
      cache: settings.cacheDir === null ? null : openResponseCache(settings.cacheDir),
      quiet: Boolean(values.quiet),
    };
    if (values.batch)
      await batchGenerateStage(io, paths, validators, {
        ...generation,
        pollIntervalMs: plan.pollIntervalMs,
      });
    else {
      requireNoOpenBatches(paths);
      await generateStage(io, paths, validators, generation);
    }

    await withSandbox(
      io.signal,
      run.choice,
      limits,
      log,
      async ({ sandbox, concurrency, canaries }) => {
        const timings = run.config.referenceTimeouts
          ? await taskTimeouts(run.manifest, sandbox, tasks, limits, concurrency, log)
          : undefined;
        const measured = new Map(timings?.map((t) => [t.taskId, t.timeoutMs]));
        const limitsFor = (task: TaskRecord) =>
          limitsWithTimeout(
            limits,
            resolveTaskTimeout({
              flagMs: values.timeout === undefined ? undefined : limits.timeoutMs,
              defaultMs: limits.timeoutMs,
              taskMs: task.timeoutMs,
              measuredMs: measured.get(task.task_id),
            }).timeoutMs,
          );
        await executeStage(io, paths, validators, {
          tasks: plan.tasksById,
          sandbox,
          limits,
          limitsFor,
          concurrency,
          canaries,
          quiet: Boolean(values.quiet),
          manifest: run.manifest,
          taskTimeouts: timings,
        });
      },
    );
  } catch (error) {
    throw withResumeCommand(
      error,
      command,
      argv,
      values['run-id'] === undefined ? plan.runId : null,
    );
  }
}

/** Per-task timeouts from the references' runtimes: measured on the first execution of a run, reused on resume. */
async function taskTimeouts(
  manifest: RunManifest,
  sandbox: Sandbox,
  tasks: readonly TaskRecord[],
  limits: SandboxLimits,
  concurrency: number,
  log: (line: string) => void,
): Promise<TaskTimeout[]> {
  // Recorded in the manifest by the execute stage's one write.
  let timings = manifest.taskTimeouts;
  if (!timings) {
    timings = await measureReferenceTimeouts(sandbox, tasks, limits, concurrency);
    const failed = timings.filter((t) => t.referenceFailed).length;
    log(
      `Measured ${timings.length} reference runtimes: per-task timeouts from ${Math.min(...timings.map((t) => t.timeoutMs))} to ${Math.max(...timings.map((t) => t.timeoutMs))} ms${failed ? ` (${failed} references did not pass and keep the run's limit)` : ''}.`,
    );
  }
  return timings;
}

/**
 * An interrupted run resumes when the same command is run with the same run id. When the id was
 * generated (it holds a timestamp), "the same command" would start a new run, so the hint prints the
 * exact command, with --run-id added.
 */
export function withResumeCommand(
  error: unknown,
  command: RunCommandName,
  argv: readonly string[],
  generatedRunId: string | null,
): unknown {
  if (!(error instanceof BenchError) || error.code !== 'INTERRUPTED') return error;
  const args = generatedRunId === null ? argv : [...argv, '--run-id', generatedRunId];
  return new BenchError(
    'INTERRUPTED',
    error.message,
    `to resume, run: bbench ${[command, ...args].map(shellQuote).join(' ')}`,
  );
}
