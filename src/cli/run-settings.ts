import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { PriceTable } from '../core/arm-record.js';
import { BenchError } from '../core/errors.js';
import {
  expandMatrix,
  readSystemPrompts,
  type ExperimentArm,
  type RunConfigFile,
} from '../core/experiment.js';
import { describeSchemaErrors, type RecordValidators } from '../core/schemas.js';
import { RUN_DEFAULTS, defaultList } from '../core/run-defaults.js';
import { choiceOption, durationOption, intOption, numberListOption } from './options.js';

/** The flags `run` takes for the experiment (the file's keys, named as flags). */
export interface ExperimentFlags {
  config?: string;
  model?: string;
  effort?: string;
  budget?: string;
  'system-prompt'?: string[];
  'max-tokens'?: string;
  temperature?: string;
  tasks?: string;
  samples?: string;
  seed?: string;
  requests?: string;
  'max-attempts'?: string;
  'request-timeout'?: string;
  'idle-timeout'?: string;
  stream?: string;
  'openai-api'?: string;
  boundaries?: string;
  tolerance?: string;
  k?: string;
  cache?: string;
  'no-cache'?: boolean;
}

/** Everything a run needs to know about its experiment, flags applied over the config file. */
export interface RunSettings {
  arms: ExperimentArm[];
  models: string[];
  tasksPath: string | undefined;
  samplesPerTask: number;
  seed: number;
  requests: number;
  maxAttempts: number;
  requestTimeoutMs: number;
  /** Streams: the longest silence between two events. */
  idleTimeoutMs: number;
  /** `auto`: each vendor's default (see STREAM_BY_DEFAULT in the provider registry). */
  stream: 'auto' | 'on' | 'off';
  openaiApi: 'responses' | 'chat';
  boundaries: number[];
  tolerance: number;
  ks: number[];
  /** Cache directory, or null for none (the simulated model is never cached: it is free and deterministic). */
  cacheDir: string | null;
  /** Prices per model from the config file, for cost per solved task (none are built in). */
  prices: PriceTable | null;
}

/** Reads and validates a run configuration file; errors name the file and the JSON path (or line). */
export function readRunConfigFile(path: string, validators: RecordValidators): RunConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new BenchError(
      'USAGE',
      `option --config: cannot read '${path}' (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? Number.NaN);
    const line = Number.isNaN(position) ? '' : `:${text.slice(0, position).split('\n').length}`;
    throw new BenchError(
      'CONFIG_INVALID',
      `${path}${line}: not valid JSON (${(error as Error).message})`,
    );
  }
  if (!validators.runConfig(value)) {
    throw new BenchError(
      'CONFIG_INVALID',
      `${path}: ${describeSchemaErrors(validators.runConfig.errors)}`,
      'see examples/run-config.json and schemas/run-config.schema.json',
    );
  }
  return value;
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Effort or budget lists: `none` stands for "not sent" (the vendor's default) so it can be an arm. */
function efforts(value: string | undefined): (string | null)[] | undefined {
  return list(value)?.map((e) => (e === 'none' ? null : e));
}

function budgets(value: string | undefined): (number | null)[] | undefined {
  return list(value)?.map((b) => {
    if (b === 'none') return null;
    const n = Number(b);
    if (!Number.isInteger(n) || n < 1)
      throw new BenchError(
        'USAGE',
        `option --budget: expected whole numbers of at least 1 or 'none', received '${b}'`,
      );
    return n;
  });
}

/** Resolves the settings: flags over the file over the defaults. */
export function resolveRunSettings(
  flags: ExperimentFlags,
  validators: RecordValidators,
  defaults: { samples: number; results: string },
): RunSettings {
  const file = flags.config === undefined ? {} : readRunConfigFile(flags.config, validators);
  const configDir = flags.config === undefined ? process.cwd() : dirname(resolve(flags.config));
  const fromFile = (p: string | undefined) =>
    p === undefined ? undefined : isAbsolute(p) ? p : join(configDir, p);
  const models = list(flags.model) ?? file.models ?? [...RUN_DEFAULTS.models];
  const systemPrompts = flags['system-prompt']
    ? readSystemPrompts(
        Object.fromEntries(
          flags['system-prompt'].map((p) =>
            p === 'none'
              ? ['none', null]
              : [basename(p).replace(/\.[^.]*$/, ''), { file: resolve(p) }],
          ),
        ),
        'option --system-prompt',
      )
    : readSystemPrompts(file.systemPrompts, flags.config ?? 'config');
  const maxTokens =
    flags['max-tokens'] === undefined
      ? (file.maxOutputTokens ?? null)
      : intOption(flags['max-tokens'], 'max-tokens', 1, 1);
  const temperature =
    flags.temperature === undefined ? (file.temperature ?? null) : Number(flags.temperature);
  if (temperature !== null && !(temperature >= 0 && temperature <= 2))
    throw new BenchError(
      'USAGE',
      `option --temperature: expected a number from 0 to 2, received '${flags.temperature}'`,
    );
  const arms = expandMatrix({
    models,
    efforts: efforts(flags.effort) ?? file.efforts ?? [],
    budgets: budgets(flags.budget) ?? file.budgets ?? [],
    systemPrompts,
    maxOutputTokens: maxTokens,
    temperature,
  });
  const onlySimulated = models.every((m) => m === 'simulated' || m.startsWith('simulated:'));
  const cacheFlag = flags['no-cache']
    ? false
    : (flags.cache ??
      (file.cache === undefined ? undefined : file.cache === false ? false : fromFile(file.cache)));
  const D = RUN_DEFAULTS;
  const ks =
    flags.k === undefined
      ? (file.k ?? defaultList(D.ks))
      : numberListOption(flags.k, 'k', defaultList(D.ks));
  if (ks.some((k) => k < 1))
    throw new BenchError(
      'USAGE',
      `option --k: expected values of at least 1, received '${flags.k}'`,
    );
  return {
    arms,
    models,
    tasksPath: flags.tasks ?? fromFile(file.tasks),
    samplesPerTask:
      flags.samples === undefined
        ? (file.samples ?? defaults.samples)
        : intOption(flags.samples, 'samples', defaults.samples, 1, 100_000),
    seed:
      flags.seed === undefined ? (file.seed ?? D.seed) : intOption(flags.seed, 'seed', D.seed, 0),
    requests:
      flags.requests === undefined
        ? (file.requests ?? D.requests)
        : intOption(flags.requests, 'requests', D.requests, 1, 1000),
    maxAttempts:
      flags['max-attempts'] === undefined
        ? (file.maxAttempts ?? D.maxAttempts)
        : intOption(flags['max-attempts'], 'max-attempts', D.maxAttempts, 1, 100),
    requestTimeoutMs:
      flags['request-timeout'] === undefined
        ? 1000 * (file.requestTimeoutS ?? D.requestTimeoutS)
        : durationOption(
            flags['request-timeout'],
            'request-timeout',
            1000 * D.requestTimeoutS,
            's',
            1000,
            86_400_000,
          ),
    idleTimeoutMs:
      flags['idle-timeout'] === undefined
        ? 1000 * (file.idleTimeoutS ?? D.idleTimeoutS)
        : durationOption(
            flags['idle-timeout'],
            'idle-timeout',
            1000 * D.idleTimeoutS,
            's',
            100,
            86_400_000,
          ),
    stream:
      flags.stream === undefined
        ? (file.stream ?? D.stream)
        : choiceOption(flags.stream, 'stream', ['auto', 'on', 'off'] as const, D.stream),
    openaiApi:
      flags['openai-api'] === undefined
        ? (file.openaiApi ?? D.openaiApi)
        : choiceOption(
            flags['openai-api'],
            'openai-api',
            ['responses', 'chat'] as const,
            D.openaiApi,
          ),
    boundaries:
      flags.boundaries === undefined
        ? (file.boundaries ?? defaultList(D.boundaries))
        : numberListOption(flags.boundaries, 'boundaries', defaultList(D.boundaries)),
    tolerance:
      flags.tolerance === undefined
        ? (file.tolerance ?? D.tolerance)
        : intOption(flags.tolerance, 'tolerance', D.tolerance, 0),
    ks,
    cacheDir:
      onlySimulated || cacheFlag === false ? null : (cacheFlag ?? join(defaults.results, '.cache')),
    prices: file.prices ?? null,
  };
}
