import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import {
  ANALYSIS_DEFAULTS,
  DEFAULT_BOUNDARIES,
  DEFAULT_KS,
  resolveAnalysisOptions,
} from '../analyze/analysis-options.js';
import { analyzeTable } from '../analyze/analyze-run.js';
import { tierProvenance } from '../analyze/tier-provenance.js';
import { createSampleTableBuilder } from '../analyze/sample-table-builder.js';
import { readVerdictsInParallel } from './verdict-reader.js';
import type { Analysis } from '../core/analysis-record.js';
import type { PriceTable } from '../core/arm-record.js';
import { BenchError } from '../core/errors.js';
import { openJsonlAppender } from '../core/jsonl.js';
import type { TaskRecord } from '../core/records.js';
import { forEachRecord, readRecords, writeFileAtomic, type RunPaths } from '../core/run-dir.js';
import {
  readManifest,
  recordExecution,
  type RunManifest,
  type TaskTimeout,
} from '../core/run-manifest.js';
import { RUN_DEFAULTS } from '../core/run-defaults.js';
import type { RecordValidators } from '../core/schemas.js';
import { describeSchemaErrors } from '../core/schemas.js';
import type { CanaryResult } from '../execute/canaries.js';
import { runExecute } from '../execute/run-execute.js';
import type { ResponseCache } from '../generate/response-cache.js';
import { runGenerate } from '../generate/run-generate.js';
import type { GenerationCondition, Provider } from '../providers/provider.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';
import { earlyDrillDownPicker, readDrillDown } from './drill-down-stage.js';
import { readRunContext } from './run-context.js';

/**
 * The stages of a run, each reading and writing only the run directory, so that any of them can be
 * rerun alone. Records are appended one by one as they finish; a rerun skips the keys already written.
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

/** Options of `bbench analyze` that override the run's configuration or the analysis defaults. */
export interface AnalyzeOverrides {
  boundaries?: number[];
  tolerance?: number;
  ks?: number[];
  seed?: number;
  period?: number;
  phase?: number;
  permutations?: number;
  bootstrap?: number;
  alignTo?: 'configured' | 'detected';
  /** Prices per model; default the run's (manifest `prices`). */
  prices?: PriceTable;
  baselineArm?: string;
}

/**
 * Analyses the run directory's records and writes analysis.json (schema-validated), report.md and report.html.
 * Records are streamed into a compact table, never held as objects, with executions read on a second
 * thread while samples are read here; a million samples fit in a few hundred megabytes. Works on run
 * directories with samples only.
 */
export async function analyzeStage(
  paths: RunPaths,
  validators: RecordValidators,
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier' | 'tierSource'>>,
  overrides: AnalyzeOverrides = {},
): Promise<Analysis> {
  const manifest = existsSync(paths.manifest) ? readManifest(paths, validators.manifest) : null;
  const builder = createSampleTableBuilder(
    tasks,
    overrides.seed ?? manifest?.config.seed ?? ANALYSIS_DEFAULTS.seed,
    { lateExecutions: true },
  );
  const boundaries = overrides.boundaries ?? manifest?.config.boundaries ?? DEFAULT_BOUNDARIES;
  const tolerance = overrides.tolerance ?? manifest?.config.tolerance ?? RUN_DEFAULTS.tolerance;
  // The drill-down's candidates ride on this pass when the alignment set is known now.
  const early =
    overrides.alignTo === 'detected'
      ? undefined
      : earlyDrillDownPicker(boundaries, tolerance, tasks);
  const verdicts = readVerdictsInParallel(paths.executions, validators, builder);
  await forEachRecord(paths.samples, validators.sample, (s, at) => {
    builder.addSample(s);
    early?.offer(s, at);
  });
  // Where the candidates' verdicts are, so that the drill-down reads those lines alone.
  const executionSpans = await verdicts.finish(early?.picker.candidateKeys());
  const analysis: Analysis = analyzeTable(
    builder.build(),
    resolveAnalysisOptions({
      runId: manifest?.runId ?? basename(paths.dir),
      tasks,
      boundaries,
      tolerance,
      ks: overrides.ks ?? manifest?.config.ks ?? DEFAULT_KS,
      // Runs made before the scaling curve existed record no planted arms.
      planted: manifest?.planted
        ? { ...manifest.planted, arms: manifest.planted.arms ?? null }
        : null,
      seed: overrides.seed ?? manifest?.config.seed,
      period: overrides.period,
      phase: overrides.phase,
      permutations: overrides.permutations,
      bootstrap: overrides.bootstrap,
      alignTo: overrides.alignTo,
      prices: overrides.prices ?? manifest?.prices ?? null,
      baselineArm: overrides.baselineArm,
      runContext: readRunContext(paths, manifest),
    }),
  );
  analysis.tierSource = tierProvenance(tasks);
  analysis.drillDown = await readDrillDown(
    paths,
    validators,
    analysis,
    tasks,
    early,
    executionSpans,
  );
  if (!validators.analysis(analysis)) {
    throw new BenchError(
      'INTERNAL',
      `the analysis does not match its own schema: ${describeSchemaErrors(validators.analysis.errors)}`,
    );
  }
  writeFileAtomic(paths.analysis, `${JSON.stringify(analysis, null, 2)}\n`);
  writeFileAtomic(paths.reportMarkdown, renderMarkdown(analysis));
  writeFileAtomic(paths.reportHtml, await renderHtml(analysis));
  return analysis;
}
