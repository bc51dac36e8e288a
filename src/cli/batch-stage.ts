import { BATCH_STATES, openBatchStore, type BatchState } from '../core/batch-state.js';
import { BenchError } from '../core/errors.js';
import { openJsonlAppender } from '../core/jsonl.js';
import { readRecords, type RunPaths } from '../core/run-dir.js';
import type { RecordValidators } from '../core/schemas.js';
import { runBatchGenerate, type BatchProgress } from '../generate/run-batch.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';
import { backoffMs, type GenerateStageOptions } from './generate-stage.js';

/** `--batch`: how often a running batch's state is asked for. */
export interface BatchStageOptions extends GenerateStageOptions {
  pollIntervalMs: number;
}

/** "2 running, 1 ended" — the states that have batches, in a fixed order. */
export function describeBatchStates(states: Record<BatchState, number>): string {
  const parts = BATCH_STATES.filter((s) => states[s] > 0).map((s) => `${states[s]} ${s}`);
  return parts.length > 0 ? parts.join(', ') : 'none yet';
}

/**
 * Refuses an interactive run over a run directory that still has batches to collect: their answers
 * are paid for already, and generating the same samples again would pay twice.
 */
export function requireNoOpenBatches(paths: RunPaths): void {
  const open = openBatchStore(paths.batches)
    .entries()
    .filter((e) => !e.recorded);
  if (open.length > 0)
    throw new BenchError(
      'BATCH_PENDING',
      `${paths.batches}: ${open.length} submitted batch(es) not collected yet (${open.map((e) => e.id).join(', ')}), with ${open.reduce((n, e) => n + e.requests.length, 0)} requests`,
      'rerun with --batch to collect them; an interactive run would pay for those samples twice',
    );
}

/**
 * Generates every group through its vendor's batch API (see runBatchGenerate), appending samples as
 * batches finish. The progress line shows the batches by state while polling. Ctrl-C stops polling;
 * the batches go on at the vendor, and the same command collects them later.
 */
export async function batchGenerateStage(
  io: CliIo,
  paths: RunPaths,
  validators: RecordValidators,
  options: BatchStageOptions,
): Promise<void> {
  const missing = options.groups.filter((g) => !g.provider.batch).map((g) => g.provider.spec);
  if (missing.length > 0)
    throw new BenchError(
      'USAGE',
      `option --batch: ${missing.join(', ')} ha${missing.length > 1 ? 've' : 's'} no batch API; expected openai:, openai-chat:, anthropic: or google: models`,
      'run those models without --batch',
    );
  const store = openBatchStore(paths.batches);
  const { appender, repairedBytes } = openJsonlAppender(paths.samples);
  if (repairedBytes > 0)
    io.stderr(
      `Dropped a partial last line (${repairedBytes} bytes) from ${paths.samples}, left by an interrupted run; that sample is written again from its batch.\n`,
    );
  const done = new Set((await readRecords(paths.samples, validators.sample)).map((s) => s.key));
  const live = options.groups.map((): BatchProgress | null => null);
  let progress: ReturnType<typeof createProgress> | null = null;
  const show = () => {
    const known = live.filter((p): p is BatchProgress => p !== null);
    const states = Object.fromEntries(
      BATCH_STATES.map((s) => [s, known.reduce((n, p) => n + p.states[s], 0)]),
    ) as Record<BatchState, number>;
    const sum = (f: (p: BatchProgress) => number) => known.reduce((n, p) => n + f(p), 0);
    if (!options.quiet && progress === null && known.length === live.length)
      progress = createProgress(
        io,
        'batch',
        sum((p) => p.total),
      );
    progress?.update(
      sum((p) => p.done),
      `batches: ${describeBatchStates(states)}; ${sum((p) => p.waiting)} requests waiting${sum((p) => p.pollErrors) ? `, ${sum((p) => p.pollErrors)} failed polls` : ''}`,
    );
    return { states, done: sum((p) => p.done) };
  };
  try {
    const summaries = await Promise.all(
      options.groups.map((group, i) =>
        runBatchGenerate({
          provider: group.provider,
          // Checked above.
          client: group.provider.batch!,
          tasks: options.tasks,
          conditions: group.conditions,
          samplesPerTask: options.samplesPerTask,
          done,
          maxAttempts: options.maxAttempts,
          pollIntervalMs: options.pollIntervalMs,
          backoffMs: (n) => backoffMs(n),
          store,
          cache: options.cache ?? undefined,
          write: (record) => appender.append(record),
          onProgress: (p) => {
            live[i] = p;
            show();
          },
          signal: io.signal,
        }),
      ),
    );
    const { states, done: written } = show();
    const total = (f: (s: (typeof summaries)[number]) => number) =>
      summaries.reduce((n, s) => n + f(s), 0);
    (progress as ReturnType<typeof createProgress> | null)?.finish(
      written,
      `batches: ${describeBatchStates(states)}; ${total((s) => s.submitted)} submitted, ${total((s) => s.resumed)} picked up from an earlier run; ${total((s) => s.skipped)} already done, ${total((s) => s.generationErrors)} generation errors`,
    );
  } finally {
    appender.close();
  }
  if (io.signal.aborted)
    throw new BenchError(
      'INTERRUPTED',
      'interrupted while waiting for batches; they go on at the vendor, and their ids are saved in batches.json',
      'rerun the same command to collect them (nothing is submitted twice)',
    );
}
