import { BenchError } from '../../core/errors.js';
import { openRun, readManifest, runPaths, writeManifest, type RunConfig, type RunPaths } from '../../core/run-dir.js';
import { limitsWithTimeout, measureReferenceTimeouts } from '../../execute/reference-timeouts.js';
import type { Sandbox, SandboxLimits } from '../../sandbox/sandbox.js';
import type { TaskRecord, Tier } from '../../core/records.js';
import { DEFAULT_CONDITION } from '../../providers/provider.js';
import { createProvider } from '../../providers/registry.js';
import { DEFAULT_SIMULATED_CONFIG, SIMULATED_PRESETS, type PlantedPreset, type SimulatedModelConfig } from '../../providers/simulated.js';
import { renderTerminal } from '../../report/terminal.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { withSandbox } from '../open-sandbox.js';
import { choiceOption, intOption, numberListOption, parseOptions } from '../options.js';
import { BUNDLED_TASKS, SANDBOX_HELP, SANDBOX_OPTIONS, loadTasks, sandboxChoiceFrom } from '../shared-options.js';
import { analyzeStage, executeStage, generateStage } from '../stages.js';
import { toolInfo } from '../tool-info.js';

const RUN_OPTIONS = {
  ...SANDBOX_OPTIONS,
  help: { type: 'boolean', short: 'h' },
  tasks: { type: 'string' },
  model: { type: 'string' },
  samples: { type: 'string', short: 'n' },
  seed: { type: 'string' },
  plant: { type: 'string' },
  boundaries: { type: 'string' },
  tolerance: { type: 'string' },
  k: { type: 'string' },
  'run-id': { type: 'string' },
  'reference-timeouts': { type: 'boolean' },
  results: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

const PRESETS = Object.keys(SIMULATED_PRESETS) as PlantedPreset[];

function runHelp(command: 'run' | 'demo', samplesDefault: number): string {
  const intro = command === 'demo'
    ? 'bbench demo: the main job on the built-in default. The simulated model answers the bundled corpus\n(with a planted boundary effect on complex tasks unless --plant none), every sample runs in the Docker\nsandbox, then the run is analysed and reported. No API key needed.'
    : 'bbench run: generate samples, execute them in the Docker sandbox, analyse and report, into results/<run-id>/.\nRerunning the same --run-id resumes: finished samples and verdicts are kept.';
  return `${intro}

Usage: bbench ${command} [options]

Run options:
      --tasks PATH        task folder or HumanEval .jsonl[.gz] (default: the bundled corpus, tasks/core)
      --model SPEC        provider spec (default simulated)
  -n, --samples N         samples per task (default ${samplesDefault})
      --seed N            seed of the simulated model (default 1)
      --plant PRESET      simulated model's planted effect: ${PRESETS.join(' | ')} (default complex-degradation)
      --boundaries LIST   boundary token counts (default 516,1034,1552)
      --tolerance N       alignment tolerance in tokens (default 0: exact)
      --k LIST            pass@k values (default 1,5,10)
      --reference-timeouts  per-task timeout from the reference's runtime in the sandbox: the larger of 1 s and
                          20× it, at most --timeout (measured once per run, recorded in the manifest)
      --run-id ID         run directory name under --results (default ${command === 'demo' ? 'derived from the options, so a rerun resumes' : '<model>-<timestamp>'})
      --results DIR       results directory (default ./results)
  -q, --quiet             no progress bars or log lines
  -h, --help              this help

${SANDBOX_HELP}
`;
}

function makeRunCommand(command: 'run' | 'demo', samplesDefault: number): Command {
  return {
    summary: command === 'demo' ? 'run the simulated model on the bundled corpus, end to end' : 'generate, execute, analyse and report a run',
    help: runHelp(command, samplesDefault),
    async run(argv, io) {
      const { values } = parseOptions(argv, RUN_OPTIONS, command);
      if (values.help) {
        io.stdout(runHelp(command, samplesDefault));
        return 0;
      }
      return executeRun(io, values, command, samplesDefault);
    },
  };
}

export const runCommand = makeRunCommand('run', 20);
export const demoCommand = makeRunCommand('demo', 30);

type RunValues = ReturnType<typeof parseOptions<typeof RUN_OPTIONS>>['values'];

async function executeRun(io: CliIo, values: RunValues, command: 'run' | 'demo', samplesDefault: number): Promise<number> {
  const log = values.quiet ? () => undefined : (line: string) => io.stderr(`${line}\n`);
  const model = values.model ?? 'simulated';
  const samplesPerTask = intOption(values.samples, 'samples', samplesDefault, 1, 100_000);
  const seed = intOption(values.seed, 'seed', 1, 0);
  const plant = choiceOption(values.plant, 'plant', PRESETS, 'complex-degradation');
  const boundaries = numberListOption(values.boundaries, 'boundaries', [...DEFAULT_SIMULATED_CONFIG.boundaries]);
  const tolerance = intOption(values.tolerance, 'tolerance', 0, 0);
  const ks = numberListOption(values.k, 'k', [1, 5, 10]);
  if (ks.some((k) => k < 1)) throw new BenchError('USAGE', `option --k: expected values of at least 1, received '${values.k}'`);
  if (values.plant !== undefined && !model.startsWith('simulated')) {
    throw new BenchError('USAGE', `option --plant: only the simulated model can plant an effect, but --model is '${model}'`);
  }
  const tasksPath = values.tasks ?? BUNDLED_TASKS;
  const { validators, corpus, byId } = await loadTasks(tasksPath);

  const simulated: SimulatedModelConfig | null = model.startsWith('simulated')
    ? { ...DEFAULT_SIMULATED_CONFIG, seed, boundaries, alignedOddsRatio: { ...SIMULATED_PRESETS[plant] } }
    : null;
  const runId = values['run-id'] ?? defaultRunId(command, model, plant, seed, samplesPerTask);
  if (!/^[A-Za-z0-9._-]+$/.test(runId)) throw new BenchError('USAGE', `option --run-id: expected letters, digits, '.', '_' or '-', received '${runId}'`);
  const paths = runPaths(values.results ?? 'results', runId);
  const { choice, limits } = sandboxChoiceFrom(values, io, { 'boundary-bench.run-id': runId });
  const config: RunConfig = {
    model, tasksPath: corpus.source, samplesPerTask, conditions: ['default'], seed, boundaries, tolerance, ks,
    simulated: simulated as unknown as Record<string, unknown> | null,
    limits: { ...limits },
    referenceTimeouts: Boolean(values['reference-timeouts']),
  };
  const { resumed } = openRun(paths, {
    schemaVersion: 1, runId, createdAt: new Date().toISOString(), config, tool: await toolInfo(),
    corpus: { path: corpus.source, hash: corpus.hash, tasks: corpus.tasks.length },
    planted: simulated ? { preset: plant, alignedOddsRatio: { ...simulated.alignedOddsRatio } as Record<Tier, number>, boundaries } : null,
  });
  log(`${resumed ? 'Resuming' : 'Starting'} run ${runId} in ${paths.dir}: ${corpus.tasks.length} tasks × ${samplesPerTask} samples, model ${model}${simulated ? ` (planted: ${plant})` : ''}.`);

  const provider = createProvider(model, { simulated: simulated ?? DEFAULT_SIMULATED_CONFIG });
  await generateStage(io, paths, validators, { provider, tasks: corpus.tasks, conditions: [DEFAULT_CONDITION], samplesPerTask, concurrency: 8, quiet: Boolean(values.quiet) });

  await withSandbox(io.signal, choice, limits, log, async ({ sandbox, concurrency, canaries }) => {
    const limitsFor = config.referenceTimeouts ? await taskTimeouts(paths, sandbox, corpus.tasks, limits, concurrency, log) : undefined;
    await executeStage(io, paths, validators, { tasks: byId, sandbox, limits, limitsFor, concurrency, canaries, quiet: Boolean(values.quiet) });
  });

  const analysis = await analyzeStage(paths, validators, byId);
  io.stdout(`${renderTerminal(analysis, { color: io.colour })}\n\nWrote ${paths.dir}/ (manifest.json, samples.jsonl, executions.jsonl, analysis.json, report.md, report.html)\n`);
  return 0;
}

/** Per-task limits from the references' runtimes: measured on the first execution of a run, reused on resume. */
async function taskTimeouts(paths: RunPaths, sandbox: Sandbox, tasks: readonly TaskRecord[], limits: SandboxLimits, concurrency: number, log: (line: string) => void) {
  const manifest = readManifest(paths);
  let timings = manifest.taskTimeouts;
  if (!timings) {
    timings = await measureReferenceTimeouts(sandbox, tasks, limits, concurrency);
    writeManifest(paths, { ...manifest, taskTimeouts: timings });
    const failed = timings.filter((t) => t.referenceFailed).length;
    log(`Measured ${timings.length} reference runtimes: per-task timeouts from ${Math.min(...timings.map((t) => t.timeoutMs))} to ${Math.max(...timings.map((t) => t.timeoutMs))} ms${failed ? ` (${failed} references did not pass and keep the run's limit)` : ''}.`);
  }
  const byTask = new Map(timings.map((t) => [t.taskId, t.timeoutMs]));
  return (task: TaskRecord) => limitsWithTimeout(limits, byTask.get(task.task_id) ?? limits.timeoutMs);
}

function defaultRunId(command: 'run' | 'demo', model: string, plant: string, seed: number, samples: number): string {
  if (command === 'demo') return `demo-${plant}-seed${seed}-n${samples}`;
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `${model.replace(/[^A-Za-z0-9._-]+/g, '_')}-${stamp}`;
}
