import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createValidators } from '../core/schemas.js';
import { loadCorpus } from '../core/task-loader.js';
import { IMAGE_RECIPES, type ImageRecipe } from '../sandbox/docker-image.js';
import { DEFAULT_LIMITS, type SandboxLimits } from '../sandbox/sandbox.js';
import type { CliIo } from './io.js';
import { choiceOption, intOption } from './options.js';
import type { SandboxChoice } from './open-sandbox.js';

/** The bundled corpus, found relative to the package so that bbench works from any directory. */
export const BUNDLED_TASKS = fileURLToPath(new URL('../../tasks/core', import.meta.url));

export const SANDBOX_OPTIONS = {
  concurrency: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  'docker-host': { type: 'string' },
  'no-engine-setup': { type: 'boolean' },
  'image-recipe': { type: 'string' },
} as const;

export const SANDBOX_HELP = `Sandbox options:
  -j, --concurrency N     samples executed at once (default: number of cores, ${availableParallelism()} here)
      --timeout MS        wall-clock limit per sample in ms (default ${DEFAULT_LIMITS.timeoutMs})
      --docker-host URL   Docker engine (unix://, tcp://, ssh://); default $DOCKER_HOST, else the local socket
      --no-engine-setup   never install or start a local engine; fail instead
      --image-recipe R    auto | ${Object.keys(IMAGE_RECIPES).join(' | ')} (default auto: reuse any, else build offline with debootstrap on Debian as root)`;

interface SandboxValues {
  concurrency?: string;
  timeout?: string;
  'docker-host'?: string;
  'no-engine-setup'?: boolean;
  'image-recipe'?: string;
}

export function sandboxChoiceFrom(values: SandboxValues, io: CliIo, labels: Record<string, string>): { choice: SandboxChoice; limits: SandboxLimits } {
  const concurrency = intOption(values.concurrency, 'concurrency', availableParallelism(), 1, 256);
  const timeoutMs = intOption(values.timeout, 'timeout', DEFAULT_LIMITS.timeoutMs, 100, 3_600_000);
  return {
    choice: {
      dockerHost: values['docker-host'] ?? (io.env.DOCKER_HOST || undefined),
      allowEngineSetup: !values['no-engine-setup'],
      imageRecipe: choiceOption(values['image-recipe'], 'image-recipe', ['auto', ...(Object.keys(IMAGE_RECIPES) as ImageRecipe[])], 'auto'),
      concurrency,
      recycleAfter: 500,
      labels,
    },
    limits: { ...DEFAULT_LIMITS, timeoutMs, cpuSeconds: Math.max(1, Math.ceil(timeoutMs / 1000)) },
  };
}

export async function loadTasks(path: string) {
  const validators = createValidators();
  const corpus = await loadCorpus(path, validators);
  return { validators, corpus, byId: new Map(corpus.tasks.map((t) => [t.task_id, t])) };
}
