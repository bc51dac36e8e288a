import { ANALYSIS_OUTPUT_OPTIONS } from './analysis-output.js';
import { RUN_DEFAULTS } from '../core/run-defaults.js';
import { SIMULATED_PRESETS, type PlantedPreset } from '../providers/simulated.js';
import type { HelpSpec } from './help.js';
import { HELP_OPTION, type OptionDefs, type OptionValues } from './options.js';
import { FILTER_OPTIONS, SANDBOX_OPTIONS } from './shared-options.js';

/** The options and help of `bbench run` and `bbench demo`, which differ only in a few defaults. */

export type RunCommandName = 'run' | 'demo';

export const PRESETS = Object.keys(SIMULATED_PRESETS) as PlantedPreset[];

function runOptions(command: RunCommandName, samplesDefault: number) {
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

export function runHelp(command: RunCommandName, samplesDefault: number): HelpSpec {
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

/** Every option `run` and `demo` take, the task filters and sandbox options included. */
export function allRunOptions(command: RunCommandName, samplesDefault: number) {
  return { ...runOptions(command, samplesDefault), ...FILTER_OPTIONS, ...SANDBOX_OPTIONS };
}

export type RunValues = OptionValues<ReturnType<typeof allRunOptions>>;
