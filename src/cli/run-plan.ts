import { join } from 'node:path';
import { ANALYSIS_FORMATS } from './analysis-output.js';
import { BenchError } from '../core/errors.js';
import { armSummary } from '../core/experiment.js';
import type { Corpus } from '../core/task-loader.js';
import type { TaskRecord, Tier } from '../core/records.js';
import { RUN_DEFAULTS } from '../core/run-defaults.js';
import { runPaths, type RunPaths } from '../core/run-dir.js';
import { openRun, type RunConfig, type RunManifest } from '../core/run-manifest.js';
import { createValidators, type RecordValidators } from '../core/schemas.js';
import { parseTaskFilter, selectTasks, type TaskFilter } from '../core/task-filter.js';
import type { Provider } from '../providers/provider.js';
import { createProvider, type ProviderContext } from '../providers/registry.js';
import {
  DEFAULT_SIMULATED_CONFIG,
  SIMULATED_PRESETS,
  type PlantedPreset,
  type SimulatedModelConfig,
} from '../providers/simulated.js';
import { plantedArms } from '../providers/simulated-expectation.js';
import type { SandboxLimits } from '../sandbox/sandbox.js';
import type { CliIo } from './io.js';
import type { SandboxChoice } from './open-sandbox.js';
import { choiceOption, durationOption } from './options.js';
import { requireDirectoryOrAbsent } from './path-checks.js';
import { measuredTiers, prepareTasks } from './prepare-tasks.js';
import { PRESETS, type RunCommandName, type RunValues } from './run-options.js';
import { resolveRunSettings, type RunSettings } from './run-settings.js';
import { BUNDLED_TASKS, loadTasks, sandboxChoiceFrom } from './shared-options.js';
import { toolInfo } from './tool-info.js';

/**
 * What `run` and `demo` will do, resolved from the options before anything is called: the settings,
 * the tasks, the run id and directory. Every usage error is raised here, before the run starts.
 */
export interface RunPlan {
  settings: RunSettings;
  plant: PlantedPreset;
  pollIntervalMs: number;
  /** The simulated model's configuration, when one of the models is the simulated one. */
  simulated: SimulatedModelConfig | null;
  /** The corpus as prepared (tiers measured, EvalPlus outputs computed), and the selected tasks. */
  corpus: Corpus;
  /** Every task of the corpus by id (executions and the analysis look tasks up by id). */
  tasksById: Map<string, TaskRecord>;
  tasks: TaskRecord[];
  filter: TaskFilter | null;
  runId: string;
  paths: RunPaths;
  validators: RecordValidators;
}

export async function planRun(
  io: CliIo,
  values: RunValues,
  command: RunCommandName,
  samplesDefault: number,
  log: (line: string) => void,
): Promise<RunPlan> {
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
  const { samplesPerTask, seed, boundaries, models } = settings;
  const plant = choiceOption(values.plant, 'plant', PRESETS, RUN_DEFAULTS.plant);
  const pollIntervalMs = durationOption(
    values['poll-interval'],
    'poll-interval',
    1000 * RUN_DEFAULTS.pollIntervalS,
    's',
    10,
    3_600_000,
  );
  if (values.plant !== undefined && !models.every((m) => m === 'simulated')) {
    throw new BenchError(
      'USAGE',
      `option --plant: only the simulated model can plant an effect, but the models are ${models.join(', ')}`,
    );
  }
  const loaded = await loadTasks(settings.tasksPath ?? BUNDLED_TASKS, undefined, {
    plus: Boolean(values.plus),
    cwd: io.cwd,
  });
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
  const armTag = settings.arms
    .map((a) => a.id)
    .join('-')
    .replace(/[^A-Za-z0-9._-]+/g, '');
  const runId =
    values['run-id'] ??
    defaultRunId(command, models.join(','), plant, seed, samplesPerTask, armTag);
  if (!/^[A-Za-z0-9._-]+$/.test(runId))
    throw new BenchError(
      'USAGE',
      `option --run-id: expected letters, digits, '.', '_' or '-', received '${runId}'`,
    );
  requireDirectoryOrAbsent(results, 'option --results');
  const paths = runPaths(results, runId);
  requireDirectoryOrAbsent(paths.dir, 'option --run-id');
  return {
    settings,
    plant,
    pollIntervalMs,
    simulated,
    corpus,
    tasksById: new Map(corpus.tasks.map((t) => [t.task_id, t])),
    tasks,
    filter,
    runId,
    paths,
    validators: loaded.validators,
  };
}

/** A run opened on disk: its manifest (new, or read back on resume) and a provider per model. */
export interface StartedRun {
  choice: SandboxChoice;
  limits: SandboxLimits;
  config: RunConfig;
  groups: { provider: Provider; conditions: RunSettings['arms'] }[];
  manifest: RunManifest;
  resumed: boolean;
}

export async function startRun(io: CliIo, plan: RunPlan, values: RunValues): Promise<StartedRun> {
  const { settings, simulated, corpus, runId, plant } = plan;
  const { samplesPerTask, seed, boundaries, tolerance, ks, models } = settings;
  const { choice, limits } = sandboxChoiceFrom(values, io, { 'boundary-bench.run-id': runId });
  const config: RunConfig = {
    model: models.join(','),
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
    ...(plan.filter === null ? {} : { filter: plan.filter }),
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
  const simulatedOnly = models.every((m) => m === 'simulated');
  const { manifest, resumed } = openRun(
    plan.paths,
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
    plan.validators.manifest,
  );
  return { choice, limits, config, groups, manifest, resumed };
}

function defaultRunId(
  command: RunCommandName,
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
