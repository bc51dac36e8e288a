import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../../src/core/records.js';
import { retryAfterMs } from '../../../src/providers/http-call.js';
import {
  DEFAULT_CONDITION,
  ProviderError,
  type GenerationCondition,
  type Provider,
} from '../../../src/providers/provider.js';
import { createProvider } from '../../../src/providers/registry.js';
import { DEFAULT_SIMULATED_CONFIG } from '../../../src/providers/simulated.js';
import { CONTRACT_TASK } from '../../contract/provider-contract.js';
import { startWireServer, type WireServer } from '../../helpers/wire-server.js';

let server: WireServer;
const ANSWER = '```python\ndef add(a, b):\n    return a + b\n```';

beforeAll(async () => {
  server = await startWireServer((_body, n) => ({
    text: ANSWER,
    reasoningTokens: n % 2 === 0 ? 516 : 300,
    outputTokens: 600,
  }));
});
afterAll(() => server.close());

const env = () => ({
  OPENAI_API_KEY: 'sk-test-secret',
  OPENAI_BASE_URL: `${server.url}/v1`,
  ANTHROPIC_API_KEY: 'ant-secret',
  ANTHROPIC_BASE_URL: server.url,
  GEMINI_API_KEY: 'gem-secret',
  GEMINI_BASE_URL: server.url,
});
const make = (
  spec: string,
  extra: { openaiApi?: 'chat' | 'responses'; timeoutMs?: number } = {},
): Provider =>
  createProvider(spec, {
    simulated: DEFAULT_SIMULATED_CONFIG,
    env: env(),
    openaiApi: extra.openaiApi,
    requestTimeoutMs: extra.timeoutMs ?? 5000,
  });
const condition: GenerationCondition = {
  ...DEFAULT_CONDITION,
  id: 'c',
  reasoningEffort: 'low',
  thinkingBudget: null,
  maxOutputTokens: 2000,
  systemPrompt: 'Be careful.',
};
const task: TaskRecord = CONTRACT_TASK;
const lastBody = () => server.received.at(-1)?.body ?? {};

const SPECS = [
  'openai:m',
  'openai-chat:m',
  'anthropic:claude',
  'google:gemini',
  () => `compat:${server.url}/v1#qwen`,
] as const;
const specOf = (s: (typeof SPECS)[number]) => (typeof s === 'function' ? s() : s);

describe('vendor providers against a server speaking their wire formats', () => {
  it.each(SPECS.map((s) => [typeof s === 'function' ? 'compat' : s, s] as const))(
    '%s records what the server sent and the request it made',
    async (_name, s) => {
      const provider = make(specOf(s));
      const a = await provider.generate({ task, condition, sampleIndex: 0 });
      expect(a.completion).toContain('return a + b');
      expect(a.isFullProgram).toBe(true);
      expect(a.finishReason).toBe('stop');
      expect(a.truncated).toBe(false);
      expect(a.request).toMatchObject({
        model: expect.any(String),
        reasoningEffort: 'low',
        systemPromptHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(a.responseId).toMatch(/\d+$/);
      // The raw usage is kept whole (a cache hit must not lose the breakdown), not an empty stand-in.
      expect(Object.keys(a.usageRaw ?? {}).length).toBeGreaterThan(0);
      const n = server.received.length;
      if (specOf(s).startsWith('anthropic')) {
        // No reasoning count in Anthropic's usage: derived from output tokens minus the visible text's tokens.
        expect(a.reasoningSource).toBe('derived');
        expect(a.reasoningTokens).toBeGreaterThan(550);
        expect(a.reasoningTokens).toBeLessThan(600);
      } else {
        expect(a.reasoningSource).toBe('reported');
        expect(a.reasoningTokens).toBe(n % 2 === 0 ? 516 : 300);
      }
      const headers = server.received.at(-1)?.headers ?? {};
      expect(JSON.stringify(lastBody())).not.toMatch(/secret/);
      expect(JSON.stringify(a)).not.toMatch(/secret/);
      if (!specOf(s).startsWith('compat')) expect(JSON.stringify(headers)).toMatch(/secret/);
    },
  );

  it('sends each vendor its own names for effort, budget, max tokens and the system prompt', async () => {
    await make('openai:m').generate({ task, condition, sampleIndex: 0 });
    expect(lastBody()).toMatchObject({
      model: 'm',
      reasoning: { effort: 'low' },
      max_output_tokens: 2000,
      instructions: 'Be careful.',
    });
    await make('openai:m', { openaiApi: 'chat' }).generate({ task, condition, sampleIndex: 0 });
    expect(server.received.at(-1)?.path).toBe('/v1/chat/completions');
    expect(lastBody()).toMatchObject({
      reasoning_effort: 'low',
      max_completion_tokens: 2000,
      messages: [{ role: 'system', content: 'Be careful.' }, { role: 'user' }],
    });
    await make('anthropic:claude').generate({
      task,
      condition: { ...condition, reasoningEffort: null, thinkingBudget: 1024 },
      sampleIndex: 0,
    });
    expect(lastBody()).toMatchObject({
      thinking: { type: 'enabled', budget_tokens: 1024 },
      max_tokens: 2000,
      system: 'Be careful.',
    });
    await make('anthropic:claude').generate({ task, condition, sampleIndex: 0 });
    expect(lastBody()).toMatchObject({
      thinking: { type: 'adaptive' },
      output_config: { effort: 'low' },
    });
    await make('google:gemini').generate({
      task,
      condition: { ...condition, thinkingBudget: 512, reasoningEffort: null },
      sampleIndex: 0,
    });
    expect(server.received.at(-1)?.path).toBe('/v1beta/models/gemini:generateContent');
    expect(lastBody()).toMatchObject({
      generationConfig: { maxOutputTokens: 2000, thinkingConfig: { thinkingBudget: 512 } },
      systemInstruction: { parts: [{ text: 'Be careful.' }] },
    });
    await make('openai:m').generate({ task, condition: DEFAULT_CONDITION, sampleIndex: 0 });
    expect(Object.keys(lastBody()).sort()).toEqual(['input', 'model', 'store']);
  });

  it.each(SPECS.map((s) => [typeof s === 'function' ? 'compat' : s, s] as const))(
    '%s marks a max-tokens stop as length and truncated',
    async (_name, s) => {
      server.queue('length');
      const a = await make(specOf(s)).generate({ task, condition, sampleIndex: 0 });
      expect(a.finishReason).toBe('length');
      expect(a.truncated).toBe(true);
      expect(a.finishReasonRaw).toMatch(/max_output_tokens|length|max_tokens|MAX_TOKENS/);
    },
  );

  it('estimates reasoning from reasoning text when a compatible server reports 0', async () => {
    server.queue('zero-with-text');
    const a = await make(`compat:${server.url}/v1#qwen`).generate({
      task,
      condition,
      sampleIndex: 0,
    });
    expect(a.reasoningSource).toBe('estimated');
    expect(a.reasoningTokens).toBeGreaterThan(10);
    expect(
      (a.usageRaw as { completion_tokens_details: { reasoning_tokens: number } })
        .completion_tokens_details.reasoning_tokens,
    ).toBe(0);
  });

  it('turns faults into ProviderErrors that say whether to retry', async () => {
    const p = make('openai:m', { timeoutMs: 400 });
    const fault = async () =>
      p.generate({ task, condition, sampleIndex: 0 }).then(
        () => null,
        (e: unknown) => e,
      );
    server.queue('rate-limit');
    expect(await fault()).toMatchObject({
      name: 'ProviderError',
      retryable: true,
      retryAfterMs: 1000,
      status: 429,
    });
    server.queue('server-error');
    expect(await fault()).toMatchObject({ retryable: true, status: 500 });
    server.queue('malformed');
    expect(await fault()).toMatchObject({
      retryable: true,
      message: expect.stringMatching(/not JSON/),
    });
    server.queue('hang');
    expect(await fault()).toMatchObject({
      retryable: true,
      message: expect.stringMatching(/no complete answer .* within 400 ms/),
    });
    server.queue('bad-request');
    const bad = await fault();
    expect(bad).toBeInstanceOf(ProviderError);
    expect(bad).toMatchObject({
      retryable: false,
      status: 400,
      message: expect.stringMatching(/Unsupported parameter/),
    });
    expect((bad as Error).message).not.toMatch(/secret/);
  });

  it('refuses a missing key by naming the variable, and reads Retry-After in both forms', () => {
    expect(() =>
      createProvider('anthropic:c', { simulated: DEFAULT_SIMULATED_CONFIG, env: {} }),
    ).toThrow(/ANTHROPIC_API_KEY/);
    expect(() =>
      createProvider('google:g', { simulated: DEFAULT_SIMULATED_CONFIG, env: {} }),
    ).toThrow(/GEMINI_API_KEY or GOOGLE_API_KEY/);
    expect(() =>
      createProvider('compat:localhost#m', { simulated: DEFAULT_SIMULATED_CONFIG, env: {} }),
    ).toThrow(/compat:<base-url>#<model>/);
    const now = Date.parse('2026-11-23T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '7' }), now)).toBe(7000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Mon, 23 Nov 2026 00:00:30 GMT' }), now)).toBe(
      30_000,
    );
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '1' }), now)).toBe(
      250,
    );
    expect(retryAfterMs(new Headers({}), now)).toBeNull();
  });
});
