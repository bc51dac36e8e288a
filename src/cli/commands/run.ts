import { ANALYSIS_FORMATS, ANALYSIS_OUTPUT_OPTIONS, printAnalysis } from '../analysis-output.js';
import { BenchError } from '../../core/errors.js';
import { runPaths } from '../../core/run-dir.js';
import {
  openRun,
  type RunConfig,
  type RunManifest,
  type TaskTimeout,
} from '../../core/run-manifest.js';
import { limitsWithTimeout, measureReferenceTimeouts } from '../../execute/reference-timeouts.js';
import type { Sandbox, SandboxLimits } from '../../sandbox/sandbox.js';
import type { TaskRecord, Tier } from '../../core/records.js';
import { createProvider, type ProviderContext } from '../../providers/registry.js';
import { armSummary } from '../../core/experiment.js';
import { RUN_DEFAULTS } from '../../core/run-defaults.js';
import { resolveTaskTimeout } from '../../execute/task-timeout.js';
import { createValidators } from '../../core/schemas.js';
import { openResponseCache } from '../../generate/response-cache.js';
import { resolveRunSettings } from '../run-settings.js';
import {
  DEFAULT_SIMULATED_CONFIG,
  SIMULATED_PRESETS,
  type PlantedPreset,
  type SimulatedModelConfig,
} from '../../providers/simulated.js';
import { plantedArms } from '../../providers/simulated-expectation.js';
import { renderTerminal } from '../../report/terminal.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { withSandbox } from '../open-sandbox.js';
import { renderHelp, type HelpSpec } from '../help.js';
import { batchGenerateStage, requireNoOpenBatches } from '../batch-stage.js';
import { planFromDisk, renderPlan } from '../dry-run.js';
import {
  choiceOption,
  durationOption,
  HELP_OPTION,
  parseOptions,
  type OptionDefs,
  type OptionValues,
} from '../options.js';
import {
  BUNDLED_TASKS,
  FILTER_OPTIONS,
  SANDBOX_OPTIONS,
  loadTasks,
  sandboxChoiceFrom,
} from '../shared-options.js';
import { describeTaskFilter, parseTaskFilter, selectTasks } from '../../core/task-filter.js';
import { analyzeStage, executeStage, generateStage } from '../stages.js';
import { toolInfo } from '../tool-info.js';
import { measuredTiers, prepareTasks } from '../prepare-tasks.js';
import { join } from 'node:path';
import { requireDirectoryOrAbsent, shellQuote } from '../path-checks.js';

const PRESETS = Object.keys(SIMULATED_PRESETS) as PlantedPreset[];

function runOptions(command: 'run' | 'demo', samplesDefault: number) {
  return {
    tasks: {
      type: 'string',
      arg: 'PATH',
      help: 'task folder, or a HumanEval, MBPP (original or sanitized) or EvalPlus (HumanEval+,\nMBPP+) file, .gz too (default: the bundled corpus, tasks/core). Untiered tasks get\nthe tier task_features.py measures on their reference (cached per corpus hash)',
    },
    plus: {
      type: 'boolean',
      help: 'EvalPlus corpora: judge on the base and the extra (plus) inputs (default: base only)',
    },
    config: {
      type: 'string',
      arg: 'FILE',
      help: 'run configuration (JSON; schemas/run-config.schema.json): the matrix and settings;\nevery flag below overrides the file',
    },
    model: {
      type: 'string',
      arg: 'SPECS',
      help: `provider spec(s), comma-separated (default ${RUN_DEFAULTS.models.join(',')}): simulated, openai:<model>,\nopenai-chat:<model>, anthropic:<model>, google:<model>, compat:<base-url>#<model>,\nreplay:<file.jsonl> (keys and base URLs from the environment; see the README)`,
    },
    effort: {
      type: 'string',
      arg: 'LIST',
      help: "reasoning efforts, one arm each ('none' = not sent), e.g. low,high",
    },
    budget: {
      type: 'string',
      arg: 'LIST',
      help: "thinking budgets in tokens, one arm each ('none' = not sent)",
    },
    'system-prompt': {
      type: 'string',
      multiple: true,
      arg: 'FILE',
      help: "a system-prompt variant from FILE (repeatable, one arm each; 'none' = no system prompt)",
    },
    'max-tokens': {
      type: 'string',
      arg: 'N',
      help: "max output tokens sent (default: the vendor's; Anthropic needs one: 16000)",
    },
    temperature: {
      type: 'string',
      arg: 'X',
      help: 'sampling temperature sent (default: not sent)',
    },
    requests: {
      type: 'string',
      arg: 'N',
      help: `requests in flight per provider (default ${RUN_DEFAULTS.requests})`,
    },
    'max-attempts': {
      type: 'string',
      arg: 'N',
      help: `attempts per sample on 429, 5xx, timeouts (default ${RUN_DEFAULTS.maxAttempts}), then a generation error is recorded`,
    },
    'request-timeout': {
      type: 'string',
      arg: 'DURATION',
      help: `cap on one request, streamed or not, such as 600s or 30m (default ${RUN_DEFAULTS.requestTimeoutS}s; a bare\nnumber is seconds, the old unit)`,
    },
    stream: {
      type: 'string',
      arg: 'MODE',
      help: `auto | on | off: stream answers as server-sent events (default ${RUN_DEFAULTS.stream}: Anthropic and\ncompat stream, OpenAI and Gemini do not; see the README)`,
    },
    'idle-timeout': {
      type: 'string',
      arg: 'DURATION',
      help: `streams: silence allowed between two events before the request is retried\n(default ${RUN_DEFAULTS.idleTimeoutS}s; a bare number is seconds)`,
    },
    batch: {
      type: 'boolean',
      help: "send the requests through the vendors' batch APIs (openai, openai-chat, anthropic,\ngoogle): about half the price, answers within 24 h; a rerun collects the submitted\nbatches and never submits them again (see the README)",
    },
    'poll-interval': {
      type: 'string',
      arg: 'DURATION',
      help: `--batch: time between two polls of a running batch (default ${RUN_DEFAULTS.pollIntervalS}s)`,
    },
    'dry-run': {
      type: 'boolean',
      help: 'print the matrix (arms × tasks × samples = requests) and, with prices in the run\nconfiguration, the expected tokens and cost, interactive and batch; calls nothing',
    },
    'openai-api': {
      type: 'string',
      arg: 'API',
      help: `responses | chat: which OpenAI API openai:<model> uses (default ${RUN_DEFAULTS.openaiApi})`,
    },
    cache: {
      type: 'string',
      arg: 'DIR',
      help: 'response cache (default <results>/.cache; never for the simulated model)',
    },
    'no-cache': { type: 'boolean', help: 'do not read or write the response cache' },
    samples: {
      type: 'string',
      short: 'n',
      arg: 'N',
      help: `samples per task (default ${samplesDefault})`,
    },
    seed: {
      type: 'string',
      arg: 'N',
      help: `seed of the simulated model (default ${RUN_DEFAULTS.seed})`,
    },
    plant: {
      type: 'string',
      arg: 'PRESET',
      help: `simulated model's planted effect: ${PRESETS.join(' | ')}\n(default ${RUN_DEFAULTS.plant})`,
    },
    boundaries: {
      type: 'string',
      arg: 'LIST',
      help: `boundary token counts (default ${RUN_DEFAULTS.boundaries.join(',')})`,
    },
    tolerance: {
      type: 'string',
      arg: 'N',
      help: `alignment tolerance in tokens (default ${RUN_DEFAULTS.tolerance}${RUN_DEFAULTS.tolerance === 0 ? ': exact' : ''})`,
    },
    k: {
      type: 'string',
      arg: 'LIST',
      help: `pass@k values (default ${RUN_DEFAULTS.ks.join(',')})`,
    },
    'reference-timeouts': {
      type: 'boolean',
      help: "per-task timeout from the reference's runtime in the sandbox: the larger of 1 s and\n20× it, at most --timeout (measured once per run, recorded in the manifest)",
    },
    'run-id': {
      type: 'string',
      arg: 'ID',
      help: `run directory name under --results (default ${command === 'demo' ? 'derived from the options, so a rerun resumes' : '<model>-<timestamp>'})`,
    },
    results: { type: 'string', arg: 'DIR', help: 'results directory (default ./results)' },
    ...ANALYSIS_OUTPUT_OPTIONS,
    ...HELP_OPTION,
  } as const satisfies OptionDefs;
}

function runHelp(command: 'run' | 'demo', samplesDefault: number): HelpSpec {
  return {
    intro:
      command === 'demo'
        ? 'bbench demo: the main job on the built-in default. The simulated model answers the bundled corpus\n(with a planted boundary effect on complex tasks unless --plant none), every sample runs in the Docker\nsandbox, then the run is analysed and reported. No API key needed. Two arms by default (--effort low,high,\nwith a planted scaling curve: accuracy rises with effort on complex tasks), so the report shows a frontier.'
        : 'bbench run: generate samples, execute them in the Docker sandbox, analyse and report, into results/<run-id>/.\nRerunning the same --run-id resumes: finished samples and verdicts are kept.',
    usage: [`${command} [options]`],
    groups: [
      { title: 'Run options', options: runOptions(command, samplesDefault) },
      { title: 'Task filters (they combine)', options: FILTER_OPTIONS },
      { title: 'Sandbox options', options: SANDBOX_OPTIONS },
    ],
  };
}

function makeRunCommand(command: 'run' | 'demo', samplesDefault: number): Command {
  const options = { ...runOptions(command, samplesDefault), ...FILTER_OPTIONS, ...SANDBOX_OPTIONS };
  const help = runHelp(command, samplesDefault);
  return {
    options,
    help,
    async run(argv, io) {
      const { values } = parseOptions(argv, options, command);
      if (values.help) {
        io.stdout(renderHelp(help));
        return 0;
      }
      return executeRun(io, values, command, samplesDefault, argv);
    },
  };
}

export const runCommand = makeRunCommand('run', RUN_DEFAULTS.samples.run);
export const demoCommand = makeRunCommand('demo', RUN_DEFAULTS.samples.demo);

type RunValues = OptionValues<
  ReturnType<typeof runOptions> & typeof FILTER_OPTIONS & typeof SANDBOX_OPTIONS
>;

async function executeRun(
  io: CliIo,
  values: RunValues,
  command: 'run' | 'demo',
  samplesDefault: number,
  argv: readonly string[],
): Promise<number> {
  const log = values.quiet ? () => undefined : (line: string) => io.stderr(`${line}\n`);
  // A misspelt --format is refused before the run, not after it.
  choiceOption(values.format, 'format', ANALYSIS_FORMATS, 'terminal');
  const results = values.results ?? 'results';
  // The demo compares two efforts unless told otherwise, so its report shows a frontier.
  const demoArms =
    command === 'demo' &&
    values.effort === undefined &&
    values.budget === undefined &&
    values.config === undefined;
  const settings = resolveRunSettings(
    demoArms ? { ...values, effort: RUN_DEFAULTS.demoEfforts.join(',') } : values,
    createValidators(),
    { samples: samplesDefault, results },
  );
  const { samplesPerTask, seed, boundaries, tolerance, ks, models } = settings;
  const plant = choiceOption(values.plant, 'plant', PRESETS, RUN_DEFAULTS.plant);
  const pollIntervalMs = durationOption(
    values['poll-interval'],
    'poll-interval',
    1000 * RUN_DEFAULTS.pollIntervalS,
    's',
    10,
    3_600_000,
  );
  const simulatedOnly = models.every((m) => m === 'simulated');
  if (values.plant !== undefined && !simulatedOnly) {
    throw new BenchError(
      'USAGE',
      `option --plant: only the simulated model can plant an effect, but the models are ${models.join(', ')}`,
    );
  }
  const loaded = await loadTasks(settings.tasksPath ?? BUNDLED_TASKS, undefined, {
    plus: Boolean(values.plus),
    cwd: io.cwd,
  });
  const { validators } = loaded;
  // Imported corpora: tiers measured and EvalPlus's expected outputs computed in the sandbox, before generation.
  // A dry run calls nothing, the sandbox included: imported corpora keep the tiers they have.
  const corpus = values['dry-run']
    ? loaded.corpus
    : await prepareTasks(io, loaded.corpus, {
        values,
        cacheDir: values['no-cache'] ? null : (values.cache ?? join(results, '.cache')),
        measureTiers: true,
        log,
      });
  const byId = new Map(corpus.tasks.map((t) => [t.task_id, t]));
  const filter = parseTaskFilter(values);
  const tasks = selectTasks(corpus.tasks, filter, corpus.source);

  const simulated: SimulatedModelConfig | null = models.includes('simulated')
    ? {
        ...DEFAULT_SIMULATED_CONFIG,
        seed,
        boundaries,
        alignedOddsRatio: { ...SIMULATED_PRESETS[plant] },
      }
    : null;
  const modelLabel = models.join(',');
  const armTag = settings.arms
    .map((a) => a.id)
    .join('-')
    .replace(/[^A-Za-z0-9._-]+/g, '');
  const runId =
    values['run-id'] ?? defaultRunId(command, modelLabel, plant, seed, samplesPerTask, armTag);
  if (!/^[A-Za-z0-9._-]+$/.test(runId))
    throw new BenchError(
      'USAGE',
      `option --run-id: expected letters, digits, '.', '_' or '-', received '${runId}'`,
    );
  requireDirectoryOrAbsent(results, 'option --results');
  const paths = runPaths(results, runId);
  requireDirectoryOrAbsent(paths.dir, 'option --run-id');
  if (values['dry-run']) {
    const plan = await planFromDisk({
      arms: settings.arms,
      tasks,
      samplesPerTask,
      paths,
      validators,
      cacheDir: settings.cacheDir,
      prices: settings.prices,
    });
    io.stdout(renderPlan(plan, paths.dir));
    return 0;
  }
  const { choice, limits } = sandboxChoiceFrom(values, io, { 'boundary-bench.run-id': runId });
  const config: RunConfig = {
    model: modelLabel,
    tasksPath: corpus.source,
    samplesPerTask,
    conditions: settings.arms.map((a) => a.id),
    seed,
    boundaries,
    tolerance,
    ks,
    simulated: simulated && { ...simulated },
    limits: { ...limits },
    referenceTimeouts: Boolean(values['reference-timeouts']),
    arms: settings.arms.map(armSummary),
    // Only when given, so that the configuration (and the hash) of an unfiltered run is unchanged.
    ...(filter === null ? {} : { filter }),
  };
  // Every model spec is checked (by making its provider) before anything is written to disk.
  const context: ProviderContext = {
    simulated: simulated ?? DEFAULT_SIMULATED_CONFIG,
    env: io.env,
    openaiApi: settings.openaiApi,
    requestTimeoutMs: settings.requestTimeoutMs,
    idleTimeoutMs: settings.idleTimeoutMs,
    stream: settings.stream,
  };
  const groups = models.map((model) => ({
    provider: createProvider(model, context),
    conditions: settings.arms.filter((a) => a.model === model),
  }));
  const { manifest, resumed } = openRun(
    paths,
    {
      runId,
      createdAt: new Date().toISOString(),
      config,
      tool: await toolInfo(),
      corpus: {
        path: corpus.source,
        hash: corpus.hash,
        tasks: corpus.tasks.length,
        ...(measuredTiers(corpus.tasks) ? { measuredTiers: measuredTiers(corpus.tasks) } : {}),
        ...(values.plus ? { plus: true } : {}),
      },
      ...(settings.prices ? { prices: settings.prices } : {}),
      planted:
        simulated && simulatedOnly
          ? {
              preset: plant,
              alignedOddsRatio: { ...simulated.alignedOddsRatio } as Record<Tier, number>,
              boundaries,
              arms:
                settings.arms.length > 1
                  ? plantedArms(simulated, corpus.tasks, settings.arms)
                  : null,
            }
          : null,
    },
    validators.manifest,
  );
  log(
    `${resumed ? 'Resuming' : 'Starting'} run ${runId} in ${paths.dir}: ${tasks.length} tasks${filter ? ` (${describeTaskFilter(filter)})` : ''} × ${settings.arms.length} condition(s) × ${samplesPerTask} samples, model ${modelLabel}${simulated ? ` (planted: ${plant})` : ''}${settings.cacheDir ? `; response cache ${settings.cacheDir}` : ''}.`,
  );

  try {
    const generation = {
      groups,
      tasks,
      samplesPerTask,
      concurrency: settings.requests,
      maxAttempts: settings.maxAttempts,
      cache: settings.cacheDir === null ? null : openResponseCache(settings.cacheDir),
      quiet: Boolean(values.quiet),
    };
    if (values.batch)
      await batchGenerateStage(io, paths, validators, { ...generation, pollIntervalMs });
    else {
      requireNoOpenBatches(paths);
      await generateStage(io, paths, validators, generation);
    }

    await withSandbox(
      io.signal,
      choice,
      limits,
      log,
      async ({ sandbox, concurrency, canaries }) => {
        const timings = config.referenceTimeouts
          ? await taskTimeouts(manifest, sandbox, tasks, limits, concurrency, log)
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
          tasks: byId,
          sandbox,
          limits,
          limitsFor,
          concurrency,
          canaries,
          quiet: Boolean(values.quiet),
          manifest,
          taskTimeouts: timings,
        });
      },
    );
  } catch (error) {
    throw withResumeCommand(error, command, argv, values['run-id'] === undefined ? runId : null);
  }

  const analysis = await analyzeStage(paths, validators, byId);
  await printAnalysis(
    io,
    analysis,
    values,
    `Wrote ${paths.dir}/ (manifest.json, samples.jsonl, executions.jsonl, analysis.json, report.md, report.html)`,
  );
  return 0;
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
  command: 'run' | 'demo',
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

function defaultRunId(
  command: 'run' | 'demo',
  model: string,
  plant: string,
  seed: number,
  samples: number,
  arms: string,
): string {
  if (command === 'demo') return `demo-${plant}-seed${seed}-n${samples}-${arms}`;
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\..*$/, '')
    .replace('T', '-');
  return `${model.replace(/[^A-Za-z0-9._-]+/g, '_')}-${stamp}`;
}
