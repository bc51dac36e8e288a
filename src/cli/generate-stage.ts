import { BenchError } from '../core/errors.js';
import { openJsonlAppender } from '../core/jsonl.js';
import type { TaskRecord } from '../core/records.js';
import { readRecords, type RunPaths } from '../core/run-dir.js';
import type { RecordValidators } from '../core/schemas.js';
import type { ResponseCache } from '../generate/response-cache.js';
import { runGenerate } from '../generate/run-generate.js';
import type { GenerationCondition, Provider } from '../providers/provider.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';

/**
 * The generate stage: samples.jsonl from the providers, each record appended as it arrives, so that
 * a rerun skips the keys already written (the batch route is batch-stage.ts).
 */

/** One provider and the conditions (arms) its samples are generated under. */
export interface GenerationGroup {
  provider: Provider;
  conditions: readonly GenerationCondition[];
}

export interface GenerateStageOptions {
  groups: readonly GenerationGroup[];
  tasks: readonly TaskRecord[];
  samplesPerTask: number;
  /** Requests in flight per provider. */
  concurrency: number;
  maxAttempts: number;
  cache: ResponseCache | null;
  quiet: boolean;
}

/** Full-jitter exponential backoff (AWS's "full jitter"): uniform in [0, min(cap, base·2^attempt)]. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return random() * Math.min(60_000, 500 * 2 ** attempt);
}

/**
 * Generates every group (provider × its conditions) at once, each with its own concurrency, appending
 * each sample to samples.jsonl as it arrives. A rerun skips the keys already written.
 */
export async function generateStage(
  io: CliIo,
  paths: RunPaths,
  validators: RecordValidators,
  options: GenerateStageOptions,
): Promise<void> {
  // Repair first: a record cut off by a crash (kill -9 mid-write) is dropped and generated again.
  const { appender, repairedBytes } = openJsonlAppender(paths.samples);
  const existing = await readRecords(paths.samples, validators.sample);
  const done = new Set(existing.map((s) => s.key));
  if (repairedBytes > 0)
    io.stderr(
      `Dropped a partial last line (${repairedBytes} bytes) from ${paths.samples}, left by an interrupted run; that sample will be generated again.\n`,
    );
  const planned =
    options.groups.reduce((n, g) => n + g.conditions.length, 0) *
    options.tasks.length *
    options.samplesPerTask;
  const total = Math.max(0, planned - done.size);
  const progress = options.quiet ? null : createProgress(io, 'generate', total);
  const live = options.groups.map(() => ({ done: 0, inFlight: 0, retries: 0, reasoningTokens: 0 }));
  const show = () => {
    const sum = live.reduce(
      (a, p) => ({
        done: a.done + p.done,
        inFlight: a.inFlight + p.inFlight,
        retries: a.retries + p.retries,
        reasoningTokens: a.reasoningTokens + p.reasoningTokens,
      }),
      { done: 0, inFlight: 0, retries: 0, reasoningTokens: 0 },
    );
    progress?.update(
      sum.done,
      `${sum.inFlight} in flight, ${sum.retries} retries, ${sum.reasoningTokens.toLocaleString('en-US')} reasoning tokens`,
    );
    return sum;
  };
  try {
    const summaries = await Promise.all(
      options.groups.map((group, i) =>
        runGenerate({
          provider: group.provider,
          tasks: options.tasks,
          conditions: group.conditions,
          samplesPerTask: options.samplesPerTask,
          done,
          concurrency: options.concurrency,
          maxAttempts: options.maxAttempts,
          backoffMs: (n) => backoffMs(n),
          cache: options.cache ?? undefined,
          write: (record) => appender.append(record),
          onProgress: (p) => {
            live[i] = {
              done: p.done,
              inFlight: p.inFlight,
              retries: p.retries,
              reasoningTokens: p.reasoningTokens,
            };
            show();
          },
          signal: io.signal,
        }),
      ),
    );
    const sum = show();
    const skipped = summaries.reduce((n, s) => n + s.skipped, 0);
    const errors = summaries.reduce((n, s) => n + s.generationErrors, 0);
    progress?.finish(
      sum.done,
      `${skipped} already done, ${errors} generation errors, ${sum.retries} retries`,
    );
  } finally {
    appender.close();
  }
  if (io.signal.aborted)
    throw new BenchError(
      'INTERRUPTED',
      'interrupted during generation; finished samples are saved',
      'rerun the same command to resume',
    );
}
