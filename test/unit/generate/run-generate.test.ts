import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleKey, type SampleRecord, type TaskRecord } from '../../../src/core/records.js';
import { openResponseCache } from '../../../src/generate/response-cache.js';
import { runGenerate, type GenerateOptions } from '../../../src/generate/run-generate.js';
import {
  DEFAULT_CONDITION,
  ProviderError,
  type GenerationRequest,
  type GenerationResult,
  type Provider,
} from '../../../src/providers/provider.js';

const task = (id: string): TaskRecord => ({
  task_id: id,
  prompt: `def ${id}(x):\n    """Return x."""\n`,
  entry_point: id,
  tier: 'simple',
  tags: [],
  source: 'test',
  canonical_solution: '    return x\n',
  test: 'def check(candidate):\n    assert candidate(1) == 1\n',
});

/** What the scripted provider does on one call: answer, or throw. */
type Step = { answer: number } | { error: ProviderError | Error };

/** A provider that follows a script per sample key, and records every call it receives. */
class ScriptedProvider implements Provider {
  readonly spec = 'scripted:test';
  readonly calls: string[] = [];
  constructor(private readonly script: Record<string, Step[]>) {}
  async generate({ task, sampleIndex }: GenerationRequest): Promise<GenerationResult> {
    const key = `${task.task_id}#${sampleIndex}`;
    this.calls.push(key);
    const step = this.script[key]?.shift() ?? { answer: 100 + sampleIndex };
    if ('error' in step) throw step.error;
    return answer(step.answer);
  }
}

function answer(reasoningTokens: number): GenerationResult {
  return {
    completion: '    return x\n',
    isFullProgram: false,
    reasoningTokens,
    reasoningSource: 'reported',
    outputTokens: reasoningTokens + 20,
    inputTokens: 40,
    finishReason: 'stop',
    finishReasonRaw: 'completed',
    truncated: false,
    usageRaw: { output_tokens_details: { reasoning_tokens: reasoningTokens } },
    request: {
      model: 'test',
      maxOutputTokens: null,
      reasoningEffort: null,
      thinkingBudget: null,
      temperature: null,
      systemPromptHash: null,
    },
    responseId: `resp-${reasoningTokens}`,
    latencyMs: 3,
    simulated: null,
  };
}

function generate(provider: Provider, options: Partial<GenerateOptions> = {}) {
  const written: SampleRecord[] = [];
  const run = runGenerate({
    provider,
    tasks: [task('a'), task('b')],
    conditions: [DEFAULT_CONDITION],
    samplesPerTask: 2,
    done: new Set(),
    concurrency: 2,
    maxAttempts: 3,
    backoffMs: () => 1,
    write: (r) => written.push(r),
    ...options,
  });
  return { run, written };
}

const byKey = (records: SampleRecord[]) =>
  Object.fromEntries(records.map((r) => [`${r.taskId}#${r.sampleIndex}`, r]));

afterEach(() => {
  vi.useRealTimers();
});

describe('runGenerate with a scripted provider', () => {
  it('retries a retryable failure, records the attempts, and keeps the answer', async () => {
    const provider = new ScriptedProvider({
      'a#1': [{ error: new ProviderError('HTTP 503', true) }, { answer: 516 }],
    });
    const { run, written } = generate(provider);
    expect(await run).toEqual({ generated: 4, skipped: 0, generationErrors: 0 });
    const records = byKey(written);
    expect(records['a#1']).toMatchObject({
      attempts: 2,
      reasoningTokens: 516,
      generationError: null,
    });
    expect(records['a#0']).toMatchObject({ attempts: 1, reasoningTokens: 100 });
    expect(provider.calls.filter((c) => c === 'a#1')).toHaveLength(2);
  });

  it('records a sample that kept failing, with its attempts and last error, never dropping it', async () => {
    const provider = new ScriptedProvider({
      'b#0': [0, 1, 2].map((i) => ({ error: new ProviderError(`HTTP 429 (${i})`, true) })),
    });
    const { run, written } = generate(provider);
    expect(await run).toEqual({ generated: 4, skipped: 0, generationErrors: 1 });
    expect(byKey(written)['b#0']).toMatchObject({
      attempts: 3,
      generationError: 'HTTP 429 (2)',
      reasoningTokens: null,
      reasoningSource: 'none',
      finishReason: 'error',
    });
  });

  it('does not retry a non-retryable failure (a 400 will not get better)', async () => {
    const provider = new ScriptedProvider({
      'a#0': [{ error: new ProviderError('HTTP 400 bad request', false) }, { answer: 1 }],
    });
    const { run, written } = generate(provider);
    await run;
    expect(byKey(written)['a#0']).toMatchObject({
      attempts: 1,
      generationError: 'HTTP 400 bad request',
    });
    expect(provider.calls.filter((c) => c === 'a#0')).toHaveLength(1);
  });

  it('waits as long as the server’s Retry-After says, not its own backoff', async () => {
    vi.useFakeTimers();
    const provider = new ScriptedProvider({
      'a#0': [{ error: new ProviderError('HTTP 429', true, 5_000) }, { answer: 7 }],
    });
    const { run, written } = generate(provider, {
      tasks: [task('a')],
      samplesPerTask: 1,
      backoffMs: () => 10,
    });
    await vi.advanceTimersByTimeAsync(4_000);
    // Its own backoff (10 ms) has long passed; the server asked for 5 s.
    expect(provider.calls).toEqual(['a#0']);
    expect(written).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_001);
    await run;
    expect(provider.calls).toEqual(['a#0', 'a#0']);
    expect(written[0]).toMatchObject({ attempts: 2, reasoningTokens: 7 });
  });

  it('uses its own backoff when the server gives no Retry-After', async () => {
    vi.useFakeTimers();
    const provider = new ScriptedProvider({ 'a#0': [{ error: new Error('socket hang up') }] });
    const waits: number[] = [];
    const { run } = generate(provider, {
      tasks: [task('a')],
      samplesPerTask: 1,
      backoffMs: (attempt) => {
        waits.push(attempt);
        return 2_000;
      },
    });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(provider.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await run;
    expect(provider.calls).toHaveLength(2);
    expect(waits).toEqual([1]);
  });

  it('skips finished keys on resume', async () => {
    const provider = new ScriptedProvider({});
    const done = new Set([sampleKey('a', 'default', 0), sampleKey('b', 'default', 1)]);
    const { run, written } = generate(provider, { done });
    expect(await run).toEqual({ generated: 2, skipped: 2, generationErrors: 0 });
    expect(written.map((r) => `${r.taskId}#${r.sampleIndex}`).sort()).toEqual(['a#1', 'b#0']);
    expect(provider.calls.sort()).toEqual(['a#1', 'b#0']);
  });

  it('answers from the cache on a rerun, keeping the full usage and one entry per sample index', async () => {
    const cache = openResponseCache(mkdtempSync(join(tmpdir(), 'bbench-cache-')));
    const first = generate(new ScriptedProvider({}), { cache });
    await first.run;
    expect(first.written.every((r) => !r.cached)).toBe(true);

    const again = new ScriptedProvider({ 'a#0': [{ answer: 999 }] });
    const second = generate(again, { cache });
    await second.run;
    expect(again.calls).toEqual([]);
    const before = byKey(first.written);
    for (const r of second.written) {
      const { cached, attempts, latencyMs: _l, ...rest } = r;
      expect(cached).toBe(true);
      expect(attempts).toBe(0);
      const {
        cached: _c,
        attempts: _a,
        latencyMs: _m,
        ...original
      } = before[`${r.taskId}#${r.sampleIndex}`]!;
      expect(rest).toEqual(original);
    }
    // Repeated samples of one request are not collapsed into one answer.
    expect(new Set(second.written.map((r) => r.reasoningTokens))).toEqual(new Set([100, 101]));
    expect(byKey(second.written)['a#1']?.usageRaw).toEqual({
      output_tokens_details: { reasoning_tokens: 101 },
    });
  });
});
