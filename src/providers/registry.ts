import { BenchError } from '../core/errors.js';
import { anthropicMessages } from './anthropic.js';
import { anthropicBatch } from './batch-anthropic.js';
import { geminiBatch } from './batch-gemini.js';
import { openaiBatch } from './batch-openai.js';
import { chatCompletions } from './chat-completions.js';
import { geminiGenerateContent } from './gemini.js';
import {
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  HttpProvider,
  type HttpProviderOptions,
} from './http-provider.js';
import { openaiResponses } from './openai-responses.js';
import type { Provider } from './provider.js';
import { ReplayProvider } from './replay.js';
import { SimulatedProvider, type SimulatedModelConfig } from './simulated.js';

/** What a provider factory may use; each takes only what it needs. Only the CLI fills `env`. */
export interface ProviderContext {
  simulated: SimulatedModelConfig;
  /** The environment, for keys and base URLs. Keys go into request headers only. */
  env: Readonly<Record<string, string | undefined>>;
  /** Which OpenAI API `openai:` uses (`--openai-api`); `openai-chat:` always uses Chat Completions. */
  openaiApi?: 'responses' | 'chat';
  /** The cap on one request, streamed or not. */
  requestTimeoutMs?: number;
  /** Streams: the longest silence between events. */
  idleTimeoutMs?: number;
  /** Stream answers: `auto` takes each vendor's default ({@link STREAM_BY_DEFAULT}). */
  stream?: 'auto' | 'on' | 'off';
}

/**
 * Whether a vendor's answers are streamed unless `--stream` says otherwise. Anthropic asks for
 * streaming on long requests and sends pings and thinking deltas throughout, so a stall shows within
 * the idle timeout. OpenAI and Gemini send nothing while the model reasons in private, so a stream's
 * longest silence is as long as a plain request's wait; plain requests are simpler there.
 * OpenAI-compatible servers (vLLM, SGLang, Ollama) stream their reasoning text token by token.
 */
export const STREAM_BY_DEFAULT = {
  openai: false,
  'openai-chat': false,
  anthropic: true,
  google: false,
  compat: true,
} as const satisfies Record<string, boolean>;

function httpOptions(
  vendor: keyof typeof STREAM_BY_DEFAULT,
  context: ProviderContext,
): HttpProviderOptions {
  const stream = context.stream ?? 'auto';
  return {
    stream: stream === 'auto' ? STREAM_BY_DEFAULT[vendor] : stream === 'on',
    timeoutMs: context.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    idleTimeoutMs: context.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
  };
}

type ProviderFactory = (model: string, context: ProviderContext, spec: string) => Provider;

/** The environment variables each vendor reads: its key (the first one set wins) and its base URL. */
export const PROVIDER_ENV = {
  openai: {
    keys: ['OPENAI_API_KEY'],
    baseUrl: 'OPENAI_BASE_URL',
    defaultBaseUrl: 'https://api.openai.com/v1',
  },
  anthropic: {
    keys: ['ANTHROPIC_API_KEY'],
    baseUrl: 'ANTHROPIC_BASE_URL',
    defaultBaseUrl: 'https://api.anthropic.com',
  },
  google: {
    keys: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
    baseUrl: 'GEMINI_BASE_URL',
    defaultBaseUrl: 'https://generativelanguage.googleapis.com',
  },
} as const satisfies Record<
  string,
  { keys: readonly string[]; baseUrl: string; defaultBaseUrl: string }
>;

function vendorAccess(
  vendor: keyof typeof PROVIDER_ENV,
  spec: string,
  env: ProviderContext['env'],
): { key: string; baseUrl: string } {
  const { keys, baseUrl, defaultBaseUrl } = PROVIDER_ENV[vendor];
  const key = keys.map((k) => env[k]).find((v) => v !== undefined && v !== '');
  if (!key)
    throw new BenchError(
      'CONFIG_INVALID',
      `model '${spec}' needs an API key in the environment: set ${keys.join(' or ')}`,
      'keys are read from the environment only, never from files',
    );
  return { key, baseUrl: (env[baseUrl] || defaultBaseUrl).replace(/\/+$/, '') };
}

function needModel(model: string, spec: string, form: string): string {
  if (model === '')
    throw new BenchError('USAGE', `option --model: expected ${form}, received '${spec}'`);
  return model;
}

/** Providers by the prefix of their spec; see the README for each spec and its environment. */
export const PROVIDERS = {
  simulated: (_model, context) => new SimulatedProvider(context.simulated),
  openai: (model, context, spec) => {
    const { key, baseUrl } = vendorAccess('openai', spec, context.env);
    const name = needModel(model, spec, 'openai:<model>');
    const adapter =
      context.openaiApi === 'chat'
        ? chatCompletions(name, baseUrl, key)
        : openaiResponses(name, baseUrl, key);
    return new HttpProvider(
      spec,
      adapter,
      httpOptions('openai', context),
      openaiBatch(adapter, baseUrl, { authorization: `Bearer ${key}` }),
    );
  },
  'openai-chat': (model, context, spec) => {
    const { key, baseUrl } = vendorAccess('openai', spec, context.env);
    const adapter = chatCompletions(needModel(model, spec, 'openai-chat:<model>'), baseUrl, key);
    return new HttpProvider(
      spec,
      adapter,
      httpOptions('openai-chat', context),
      openaiBatch(adapter, baseUrl, { authorization: `Bearer ${key}` }),
    );
  },
  anthropic: (model, context, spec) => {
    const { key, baseUrl } = vendorAccess('anthropic', spec, context.env);
    const adapter = anthropicMessages(needModel(model, spec, 'anthropic:<model>'), baseUrl, key);
    return new HttpProvider(
      spec,
      adapter,
      httpOptions('anthropic', context),
      anthropicBatch(adapter, baseUrl, { 'x-api-key': key, 'anthropic-version': '2023-06-01' }),
    );
  },
  google: (model, context, spec) => {
    const { key, baseUrl } = vendorAccess('google', spec, context.env);
    const adapter = geminiGenerateContent(needModel(model, spec, 'google:<model>'), baseUrl, key);
    return new HttpProvider(
      spec,
      adapter,
      httpOptions('google', context),
      geminiBatch(adapter, baseUrl, { 'x-goog-api-key': key }),
    );
  },
  compat: (rest, context, spec) => {
    const hash = rest.lastIndexOf('#');
    const baseUrl = hash > 0 ? rest.slice(0, hash).replace(/\/+$/, '') : '';
    const model = hash > 0 ? rest.slice(hash + 1) : '';
    if (!/^https?:\/\//.test(baseUrl) || model === '')
      throw new BenchError(
        'USAGE',
        `option --model: expected compat:<base-url>#<model> (e.g. compat:http://localhost:8000/v1#qwen3), received '${spec}'`,
      );
    return new HttpProvider(
      spec,
      chatCompletions(model, baseUrl, context.env.COMPAT_API_KEY || null),
      httpOptions('compat', context),
    );
  },
  replay: (file, _context, spec) => {
    if (file === '')
      throw new BenchError(
        'USAGE',
        `option --model: expected replay:<file.jsonl>, received '${spec}'`,
      );
    return new ReplayProvider(file);
  },
} as const satisfies Record<string, ProviderFactory>;

export type ProviderName = keyof typeof PROVIDERS;

/** Makes a provider from a spec such as `simulated`, `openai:gpt-5.5` or `compat:http://host/v1#model`. */
export function createProvider(spec: string, context: ProviderContext): Provider {
  const colon = spec.indexOf(':');
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const rest = colon < 0 ? '' : spec.slice(colon + 1);
  if (!(name in PROVIDERS)) {
    throw new BenchError(
      'USAGE',
      `option --model: unknown provider '${name}' in '${spec}'; expected one of: ${Object.keys(PROVIDERS).join(', ')}`,
    );
  }
  return PROVIDERS[name as ProviderName](rest, context, spec);
}
