import { TIERS } from '../core/records.js';
import type { RunManifest } from '../core/run-manifest.js';
import type { Corpus } from '../core/task-loader.js';
import type { TaskRecord, Tier } from '../core/records.js';
import { needsPreparation, prepareCorpus } from '../execute/prepare-corpus.js';
import { DEFAULT_LIMITS, type SandboxLimits } from '../sandbox/sandbox.js';
import type { CliIo } from './io.js';
import { withSandbox, type OpenedSandbox } from './open-sandbox.js';
import { sandboxChoiceFrom } from './shared-options.js';

/** Generous limits: one program measures every reference, or runs a canonical solution on all its inputs. */
const PREPARE_LIMITS: SandboxLimits = {
  ...DEFAULT_LIMITS,
  timeoutMs: 300_000,
  cpuSeconds: 300,
  memoryBytes: 1024 * 1024 * 1024,
  outputBytes: 64 * 1024 * 1024,
};

export interface PrepareTasksOptions {
  /** The sandbox options of the command (--docker-host, -j, …). */
  values: Parameters<typeof sandboxChoiceFrom>[0];
  cacheDir: string | null;
  measureTiers: boolean;
  log: (line: string) => void;
}

/**
 * Opens the sandbox when the corpus needs it (untiered tasks, EvalPlus tasks) and prepares the corpus:
 * measured tiers and EvalPlus's expected outputs, from the cache when it has them.
 */
export async function prepareTasks(
  io: CliIo,
  corpus: Corpus,
  options: PrepareTasksOptions,
): Promise<Corpus> {
  if (!needsPreparation(corpus, options.measureTiers)) return corpus;
  const { choice } = sandboxChoiceFrom(options.values, io, {
    'boundary-bench.command': 'prepare-tasks',
  });
  return withSandbox(io.signal, choice, PREPARE_LIMITS, options.log, (opened) =>
    prepareTasksIn(opened, io, corpus, options),
  );
}

/** The same in a sandbox the command has already opened. */
export async function prepareTasksIn(
  opened: Pick<OpenedSandbox, 'sandbox' | 'concurrency'>,
  io: CliIo,
  corpus: Corpus,
  options: Omit<PrepareTasksOptions, 'values'>,
): Promise<Corpus> {
  if (!needsPreparation(corpus, options.measureTiers)) return corpus;
  const prepared = await prepareCorpus(opened.sandbox, corpus, {
    cacheDir: options.cacheDir,
    measureTiers: options.measureTiers,
    limits: PREPARE_LIMITS,
    concurrency: opened.concurrency,
    signal: io.signal,
  });
  const parts: string[] = [];
  if (prepared.measured > 0) {
    const counts = TIERS.map(
      (t) =>
        `${prepared.corpus.tasks.filter((x) => x.tierSource === 'measured' && x.tier === t).length} ${t}`,
    );
    parts.push(`measured the tiers of ${prepared.measured} task(s) (${counts.join(', ')})`);
  }
  if (prepared.unmeasured.length > 0)
    parts.push(
      `${prepared.unmeasured.length} task(s) left untiered (e.g. ${prepared.unmeasured[0]?.taskId}: ${prepared.unmeasured[0]?.problem})`,
    );
  if (prepared.evalplusTasks > 0)
    parts.push(
      `expected outputs of ${prepared.evalplusTasks} EvalPlus task(s) (${corpus.tasks.some((t) => t.evalplus?.plus) ? 'base + plus' : 'base'} inputs)`,
    );
  options.log(
    `Corpus ${corpus.source}: ${parts.join('; ')}${prepared.fromCache ? ', from the cache' : ''}${prepared.cacheFile ? ` (${prepared.cacheFile})` : ''}.`,
  );
  return prepared.corpus;
}

/** The measured tiers a run recorded, to put back on its tasks when the run is analysed again. */
export function measuredTiers(tasks: readonly TaskRecord[]): Record<string, Tier> | undefined {
  const measured = tasks.filter((t) => t.tierSource === 'measured' && t.tier !== null);
  if (measured.length === 0) return undefined;
  return Object.fromEntries(measured.map((t) => [t.task_id, t.tier as Tier]));
}

/** The run's tasks with the tiers its manifest recorded as measured (the corpus file itself has none). */
export function withRecordedTiers<T extends Pick<TaskRecord, 'tier' | 'tierSource'>>(
  byId: ReadonlyMap<string, T>,
  manifest: Pick<RunManifest, 'corpus'> | null,
): Map<string, T> {
  const recorded = manifest?.corpus.measuredTiers ?? {};
  return new Map(
    [...byId].map(([id, task]) => {
      const tier = recorded[id];
      return [id, task.tier === null && tier ? { ...task, tier, tierSource: 'measured' } : task];
    }),
  );
}
