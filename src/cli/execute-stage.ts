import { BenchError } from '../core/errors.js';
import { openJsonlAppender } from '../core/jsonl.js';
import type { TaskRecord } from '../core/records.js';
import { readRecords, type RunPaths } from '../core/run-dir.js';
import { recordExecution, type RunManifest, type TaskTimeout } from '../core/run-manifest.js';
import type { RecordValidators } from '../core/schemas.js';
import type { CanaryResult } from '../execute/canaries.js';
import { runExecute } from '../execute/run-execute.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';

/**
 * The execute stage: every generated sample run in the sandbox, its verdict appended to
 * executions.jsonl; a rerun executes only the samples without a verdict (or with a sandbox error).
 */
export async function executeStage(
  io: CliIo,
  paths: RunPaths,
  validators: RecordValidators,
  options: {
    tasks: ReadonlyMap<string, TaskRecord>;
    sandbox: Sandbox;
    limits: SandboxLimits;
    limitsFor?: (task: TaskRecord) => SandboxLimits;
    concurrency: number;
    quiet: boolean;
    canaries: CanaryResult[];
    /** The run's manifest as opened, and the per-task timeouts measured for it (if any). */
    manifest: RunManifest;
    taskTimeouts?: TaskTimeout[];
  },
): Promise<void> {
  // The stage's one manifest write: what it runs in, and what the canaries proved.
  recordExecution(
    paths,
    options.manifest,
    {
      sandbox: { ...(await options.sandbox.describe()), limits: { ...options.limits } },
      canaries: {
        passed: true,
        at: new Date().toISOString(),
        results: options.canaries.map(({ name, verdict }) => ({ name, verdict })),
      },
      taskTimeouts: options.taskTimeouts,
    },
    validators.manifest,
  );
  // Repair first: a verdict cut off by a crash mid-write is dropped (and the sample executed again).
  const { appender, repairedBytes } = openJsonlAppender(paths.executions);
  if (repairedBytes > 0)
    io.stderr(
      `Dropped a partial last line (${repairedBytes} bytes) from ${paths.executions}, left by an interrupted run.\n`,
    );
  const samples = await readRecords(paths.samples, validators.sample);
  const executed = await readRecords(paths.executions, validators.execution);
  // Infrastructure failures are retried on a rerun; the newest record of a key is the one analysed.
  const done = new Set(executed.filter((e) => e.verdict !== 'sandbox_error').map((e) => e.key));
  const todo = samples.filter((s) => !done.has(s.key) && s.generationError === null);
  const progress = options.quiet ? null : createProgress(io, 'execute', todo.length);
  try {
    const summary = await runExecute({
      tasks: options.tasks,
      samples: todo,
      done,
      sandbox: options.sandbox,
      limits: options.limits,
      limitsFor: options.limitsFor,
      concurrency: options.concurrency,
      maxAttempts: 3,
      total: todo.length,
      write: (record) => appender.append(record),
      onProgress: (p) =>
        progress?.update(
          p.done,
          `${p.passed} passed, ${p.sandboxErrors} sandbox errors${p.awaitingRetry ? `, ${p.awaitingRetry} starved samples to retry alone` : ''}`,
        ),
      signal: io.signal,
    });
    progress?.finish(
      summary.executed,
      `${samples.length - todo.length} already done or not runnable, ${summary.sandboxErrors} sandbox errors ` +
        `(${summary.starved} starved by machine load: not scored, executed again on a rerun), ` +
        `${summary.retriedAlone} starved samples retried alone (${summary.changedOnRetry} changed)`,
    );
  } finally {
    appender.close();
  }
  if (io.signal.aborted)
    throw new BenchError(
      'INTERRUPTED',
      'interrupted during execution; finished verdicts are saved',
      'rerun the same command to resume',
    );
}
