import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createValidators } from '../core/schemas.js';
import { loadCorpus, type LoadOptions } from '../core/task-loader.js';
import { IMAGE_RECIPES, type ImageRecipe } from '../sandbox/docker-image.js';
import { DEFAULT_LIMITS, type SandboxLimits } from '../sandbox/sandbox.js';
import type { CliIo } from './io.js';
import {
  choiceOption,
  durationOption,
  formatDuration,
  intOption,
  type OptionDefs,
} from './options.js';
import type { SandboxChoice } from './open-sandbox.js';

/** The bundled corpus, found relative to the package so that bbench works from any directory. */
export const BUNDLED_TASKS = fileURLToPath(new URL('../../tasks/core', import.meta.url));

export const SANDBOX_OPTIONS = {
  concurrency: {
    type: 'string',
    short: 'j',
    arg: 'N',
    help: "samples executed at once per engine (default: the engine's CPU count)",
  },
  timeout: {
    type: 'string',
    arg: 'DURATION',
    help: `wall-clock limit per sample, such as 10s or 500ms (default ${formatDuration(DEFAULT_LIMITS.timeoutMs)};\na bare number is ms, the old unit)`,
  },
  'docker-host': {
    type: 'string',
    multiple: true,
    arg: 'URL',
    help: 'Docker engine (unix://, tcp://, ssh://); repeat it to spread samples over several engines;\ndefault $DOCKER_HOST, else the local socket. tcp:// uses TLS when DOCKER_TLS_VERIFY is set\n(certificates from DOCKER_CERT_PATH, default ~/.docker)',
  },
  strict: {
    type: 'boolean',
    help: 'one fresh container per sample (strongest separation; several times slower)',
  },
  'fresh-interpreter': {
    type: 'boolean',
    help: 'start every sample as a new python3 -I instead of a fork of the pristine zygote\n(the same isolation, tested equivalent; a slower start per sample)',
  },
  'no-engine-setup': {
    type: 'boolean',
    help: 'never install or start a local engine; fail instead',
  },
  'image-recipe': {
    type: 'string',
    arg: 'R',
    help: `auto | ${Object.keys(IMAGE_RECIPES).join(' | ')} (default auto: reuse any, else build offline with\ndebootstrap on Debian as root)`,
  },
} as const satisfies OptionDefs;

/** Which tasks `run` and `exec` cover (see core/task-filter); they combine. */
export const FILTER_OPTIONS = {
  only: { type: 'string', arg: 'IDS', help: 'only these task ids, comma-separated' },
  tag: { type: 'string', arg: 'T', help: 'only tasks tagged T' },
  tier: { type: 'string', arg: 'T', help: 'only tasks of tier T: simple | moderate | complex' },
  limit: {
    type: 'string',
    arg: 'N',
    help: 'only the first N tasks left by the other filters, in corpus order',
  },
} as const satisfies OptionDefs;

interface SandboxValues {
  concurrency?: string;
  timeout?: string;
  'docker-host'?: string[];
  strict?: boolean;
  'fresh-interpreter'?: boolean;
  'no-engine-setup'?: boolean;
  'image-recipe'?: string;
}

export function sandboxChoiceFrom(
  values: SandboxValues,
  io: CliIo,
  labels: Record<string, string>,
): { choice: SandboxChoice; limits: SandboxLimits } {
  const concurrency =
    values.concurrency === undefined
      ? null
      : intOption(values.concurrency, 'concurrency', 1, 1, 256);
  const tlsVerify =
    io.env.DOCKER_TLS_VERIFY !== undefined &&
    io.env.DOCKER_TLS_VERIFY !== '' &&
    io.env.DOCKER_TLS_VERIFY !== '0';
  const timeoutMs = durationOption(
    values.timeout,
    'timeout',
    DEFAULT_LIMITS.timeoutMs,
    'ms',
    100,
    3_600_000,
  );
  return {
    choice: {
      dockerHosts: values['docker-host'] ?? [io.env.DOCKER_HOST || undefined],
      tls: tlsVerify
        ? { certPath: io.env.DOCKER_CERT_PATH || join(io.env.HOME ?? '', '.docker') }
        : undefined,
      strict: Boolean(values.strict),
      sampleStart: values['fresh-interpreter'] ? 'fresh' : 'zygote',
      allowEngineSetup: !values['no-engine-setup'],
      imageRecipe: choiceOption(
        values['image-recipe'],
        'image-recipe',
        ['auto', ...(Object.keys(IMAGE_RECIPES) as ImageRecipe[])],
        'auto',
      ),
      concurrency,
      labels,
    },
    limits: { ...DEFAULT_LIMITS, timeoutMs, cpuSeconds: Math.max(1, Math.ceil(timeoutMs / 1000)) },
  };
}

/** A corpus and its tasks by id; task sources are named relative to `cwd`, the CLI's working directory. */
export async function loadTasks(
  path: string,
  validators = createValidators(),
  options: LoadOptions & { cwd: string },
) {
  const corpus = await loadCorpus(path, validators, options);
  return { validators, corpus, byId: new Map(corpus.tasks.map((t) => [t.task_id, t])) };
}
