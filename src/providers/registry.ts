import { BenchError } from '../core/errors.js';
import type { Provider } from './provider.js';
import { SimulatedProvider, type SimulatedModelConfig } from './simulated.js';

/** What a provider factory may use; each takes only what it needs. */
export interface ProviderContext {
  simulated: SimulatedModelConfig;
}

type ProviderFactory = (modelName: string, context: ProviderContext) => Provider;

/** Providers by the prefix of their spec (`simulated`, later `openai:…`, `anthropic:…`). */
export const PROVIDERS = {
  simulated: (_model, context) => new SimulatedProvider(context.simulated),
} as const satisfies Record<string, ProviderFactory>;

export type ProviderName = keyof typeof PROVIDERS;

/** Makes a provider from a spec such as `simulated`. */
export function createProvider(spec: string, context: ProviderContext): Provider {
  const [name = '', ...rest] = spec.split(':');
  if (!(name in PROVIDERS)) {
    throw new BenchError('USAGE', `option --model: unknown provider '${name}' in '${spec}'; expected one of: ${Object.keys(PROVIDERS).join(', ')}`);
  }
  return PROVIDERS[name as ProviderName](rest.join(':'), context);
}
