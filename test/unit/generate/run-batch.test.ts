import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBatchStore } from '../../../src/core/batch-state.js';
import type { SampleRecord, TaskRecord } from '../../../src/core/records.js';
import { openResponseCache, cacheKey } from '../../../src/generate/response-cache.js';
import { customIdOf, runBatchGenerate } from '../../../src/generate/run-batch.js';
import type {
  BatchClient,
  BatchItem,
  BatchOutcome,
  BatchStatus,
} from '../../../src/providers/batch-client.js';
import {
  DEFAULT_CONDITION,
  ProviderError,
  type GenerationResult,
  type Provider,
} from '../../../src/providers/provider.js';

const task: TaskRecord = {
  task_id: 't',
  prompt: 'def t(x):\n    """Return x."""\n',
  entry_point: 't',
  tier: 'simple',
  tags: [],
  source: 'test',
  canonical_solution: '    return x\n',
  test: 'def check(candidate):\n    assert candidate(1) == 1\n',
};
const condition = { ...DEFAULT_CONDITION, id: 'c' };

const result = (reasoningTokens: number): GenerationResult => ({
  completion: '    return x\n',
  isFullProgram: false,
  reasoningTokens,
  reasoningSource: 'reported',
  outputTokens: reasoningTokens + 20,
  inputTokens: 50,
  finishReason: 'stop',
  finishReasonRaw: 'stop',
  truncated: false,
  usageRaw: { output_tokens: reasoningTokens + 20 },
  request: {
    model: 'm',
    maxOutputTokens: null,
    reasoningEffort: null,
    thinkingBudget: null,
    temperature: null,
    systemPromptHash: null,
  },
  responseId: 'r',
  latencyMs: 1,
  simulated: null,
});

/** A batch API in memory: batches end after `pollsToEnd` polls and answer every request. */
function memoryClient(options: { pollsToEnd?: number; statusErrors?: ProviderError[] } = {}) {
  const batches = new Map<string, { items: BatchItem[]; polls: number }>();
  const client: BatchClient & { submitted: BatchItem[][]; statusCalls: number } = {
    maxRequests: 3,
    submitted: [],
    statusCalls: 0,
    async submit(items) {
      const id = `b${batches.size + 1}`;
      batches.set(id, { items: [...items], polls: 0 });
      client.submitted.push([...items]);
      return id;
    },
    async status(id): Promise<BatchStatus> {
      client.statusCalls += 1;
      const error = options.statusErrors?.shift();
      if (error) throw error;
      const b = batches.get(id)!;
      b.polls += 1;
      const ended = b.polls >= (options.pollsToEnd ?? 1);
      return {
        state: ended ? 'ended' : 'running',
        raw: ended ? 'ended' : 'in_progress',
        counts: {},
        error: null,
      };
    },
    async results(_id, items): Promise<BatchOutcome[]> {
      return items.map((i) => ({
        customId: i.customId,
        kind: 'answered',
        result: result(100 + i.request.sampleIndex),
      }));
    },
  };
  return client;
}

const provider: Provider = {
  spec: 'fake:m',
  generate: () => Promise.reject(new Error('interactive call in batch mode')),
};
const storePath = () => join(mkdtempSync(join(tmpdir(), 'bbench-rb-')), 'batches.json');

function run(
  client: BatchClient,
  path: string,
  extra: Partial<Parameters<typeof runBatchGenerate>[0]> = {},
) {
  const records: SampleRecord[] = [];
  const summary = runBatchGenerate({
    provider,
    client,
    tasks: [task],
    conditions: [condition],
    samplesPerTask: 7,
    done: new Set(),
    maxAttempts: 3,
    pollIntervalMs: 1,
    backoffMs: () => 0,
    store: openBatchStore(path),
    write: (r) => records.push(r),
    ...extra,
  });
  return { records, summary };
}

describe('runBatchGenerate', () => {
  it('splits the requests into batches of at most maxRequests and records each sample once, marked with its batch', async () => {
    const client = memoryClient();
    const { records, summary } = run(client, storePath());
    expect(await summary).toMatchObject({ generated: 7, submitted: 3, resumed: 0 });
    expect(client.submitted.map((b) => b.length)).toEqual([3, 3, 1]);
    expect(records.map((r) => r.sampleIndex).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(new Set(records.map((r) => r.batch))).toEqual(new Set(['b1', 'b2', 'b3']));
    expect(records[0]).toMatchObject({ attempts: 1, cached: false, generationError: null });
  });

  it('picks up the batches of a crashed run, collects them, and never writes a sample twice', async () => {
    const path = storePath();
    const held = { pollsToEnd: Number.POSITIVE_INFINITY };
    const first = memoryClient(held);
    const controller = new AbortController();
    const stopped = run(first, path, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.states.running === 3) controller.abort();
      },
    });
    await stopped.summary;
    expect(stopped.records).toEqual([]);
    const saved = openBatchStore(path).entries();
    expect(saved.map((e) => [e.state, e.recorded])).toEqual([
      ['running', false],
      ['running', false],
      ['running', false],
    ]);
    // One sample of b1 reached samples.jsonl before the crash, but b1 was not yet marked recorded.
    const already = saved[0]!.requests[0]!.key;
    held.pollsToEnd = 1;
    const again = run(first, path, { done: new Set([already]) });
    const summary = await again.summary;
    expect(summary).toMatchObject({ submitted: 0, resumed: 3, generated: 6 });
    expect(first.submitted).toHaveLength(3);
    expect(again.records.map((r) => r.key)).not.toContain(already);
    expect(
      openBatchStore(path)
        .entries()
        .every((e) => e.recorded),
    ).toBe(true);
  });

  it('never sends a cached request, and puts batch answers into the cache', async () => {
    const cache = openResponseCache(mkdtempSync(join(tmpdir(), 'bbench-rbc-')));
    cache.put(cacheKey(provider.spec, task, condition, 0), result(999));
    const client = memoryClient();
    const { records, summary } = run(client, storePath(), { cache });
    await summary;
    const sent = client.submitted.flat().map((i) => i.customId);
    expect(sent).not.toContain(customIdOf('t#c#0'));
    expect(sent).toHaveLength(6);
    expect(records.find((r) => r.sampleIndex === 0)).toMatchObject({
      cached: true,
      attempts: 0,
      reasoningTokens: 999,
    });
    expect(records.find((r) => r.sampleIndex === 0)?.batch).toBeUndefined();
    expect(cache.get(cacheKey(provider.spec, task, condition, 3))?.reasoningTokens).toBe(103);
  });

  it('keeps polling through retryable status failures, and stops with BATCH_FAILED on a refused one', async () => {
    const flaky = memoryClient({ statusErrors: [new ProviderError('HTTP 503', true)] });
    const { records, summary } = run(flaky, storePath(), { samplesPerTask: 2 });
    await summary;
    expect(records).toHaveLength(2);
    const refused = memoryClient({ statusErrors: [new ProviderError('HTTP 401', false)] });
    await expect(run(refused, storePath(), { samplesPerTask: 2 }).summary).rejects.toMatchObject({
      code: 'BATCH_FAILED',
    });
  });
});
