import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider } from '../../src/providers/registry.js';
import { DEFAULT_CONDITION } from '../../src/providers/provider.js';
import { DEFAULT_SIMULATED_CONFIG } from '../../src/providers/simulated.js';
import type { BatchFault } from '../helpers/wire-batch.js';
import { startWireServer, type Fault, type WireServer } from '../helpers/wire-server.js';
import { generateInBatches, viaBatch } from './batch-contract.js';
import { CONTRACT_TASK, providerContract } from './provider-contract.js';

let server: WireServer;
beforeAll(async () => {
  // Every fourth answer is cut off at max tokens, so the contract's truncation case is exercised.
  server = await startWireServer((_b, n) => ({
    text: '```python\ndef add(a, b):\n    return a + b\n```',
    reasoningTokens: 200 + n,
    outputTokens: 300 + n,
  }));
  for (let i = 0; i < 200; i++)
    server.queue(
      ...(['length', 'zero-with-text', 'length', 'length'] as const).filter(
        (_, j) => (i + j) % 4 === 0,
      ),
    );
});
afterAll(() => server?.close());

const context = (stream: 'on' | 'off' = 'off') => ({
  simulated: DEFAULT_SIMULATED_CONFIG,
  stream,
  // Short, so that a stalled stream is abandoned quickly; the local server answers in milliseconds.
  idleTimeoutMs: 500,
  env: {
    OPENAI_API_KEY: 'k',
    OPENAI_BASE_URL: `${server.url}/v1`,
    ANTHROPIC_API_KEY: 'k',
    ANTHROPIC_BASE_URL: server.url,
    GEMINI_API_KEY: 'k',
    GEMINI_BASE_URL: server.url,
  },
});

const VENDORS = [
  ['openai (Responses)', () => 'openai:m'],
  ['openai (Chat Completions)', () => 'openai-chat:m'],
  ['anthropic', () => 'anthropic:claude'],
  ['google', () => 'google:gemini'],
  ['compat', () => `compat:${server.url}/v1#qwen`],
] as const;
const faults = { next: (f: 'stall' | 'cut') => server.next(f) };
// Lazy: the server starts in beforeAll, after the suites are declared.
const batchFaults = {
  next: (...f: BatchFault[]) => server.batch.next(...f),
  get created() {
    return server.batch.created;
  },
};
for (const [name, spec] of VENDORS) {
  providerContract(`${name}, plain`, () => createProvider(spec(), context('off')));
  providerContract(`${name}, streaming`, () => createProvider(spec(), context('on')), {
    streamFaults: faults,
  });
  // compat servers (vLLM, SGLang, Ollama) have no batch API.
  if (name !== 'compat')
    providerContract(`${name}, batch`, () => viaBatch(createProvider(spec(), context('off'))), {
      batch: { make: () => createProvider(spec(), context('off')), faults: batchFaults },
    });
}

const replayFile = join(mkdtempSync(join(tmpdir(), 'bbench-replay-')), 'samples.jsonl');
writeFileSync(
  replayFile,
  Array.from({ length: 20 }, (_, i) =>
    JSON.stringify(
      i % 3 === 0
        ? {
            task_id: CONTRACT_TASK.task_id,
            completion: '    return a + b\n',
            usage: { output_tokens: 700, output_tokens_details: { reasoning_tokens: 516 } },
            finish_reason: 'stop',
          }
        : i % 3 === 1
          ? {
              task_id: CONTRACT_TASK.task_id,
              response: '```python\ndef add(a, b):\n    return a - b\n```',
              reasoning_tokens: null,
              finish_reason: 'length',
            }
          : {
              task_id: CONTRACT_TASK.task_id,
              solution: 'def add(a, b):\n    return b + a\n',
              reasoning_tokens: 40,
            },
    ),
  ).join('\n'),
);
providerContract('replay', () => createProvider(`replay:${replayFile}`, context()));

describe('a streamed or batched sample records exactly what the same answer records in a plain call', () => {
  let fixed: WireServer;
  beforeAll(async () => {
    fixed = await startWireServer(() => ({
      text: 'Here it is.\n\n```python\ndef add(a, b):\n    return a + b\n```\n',
      reasoningTokens: 516,
      outputTokens: 640,
    }));
  });
  afterAll(() => fixed?.close());
  const make = (spec: string, stream: 'on' | 'off') =>
    createProvider(spec, {
      ...context(stream),
      env: {
        OPENAI_API_KEY: 'k',
        OPENAI_BASE_URL: `${fixed.url}/v1`,
        ANTHROPIC_API_KEY: 'k',
        ANTHROPIC_BASE_URL: fixed.url,
        GEMINI_API_KEY: 'k',
        GEMINI_BASE_URL: fixed.url,
      },
    });
  const specs = ['openai:m', 'openai-chat:m', 'anthropic:claude', 'google:gemini', 'compat'];
  const cases = specs.flatMap((s) =>
    (['normal', 'length', ...(s === 'compat' ? ['zero-with-text'] : [])] as const).map(
      (f) => [s, f] as const,
    ),
  );
  it.each(cases)('%s (%s answer)', async (s, fault) => {
    const spec = s === 'compat' ? `compat:${fixed.url}/v1#qwen` : s;
    const request = {
      task: CONTRACT_TASK,
      condition: { ...DEFAULT_CONDITION, id: 'c', reasoningEffort: 'high' },
      sampleIndex: 0,
    };
    if (fault !== 'normal') fixed.next(fault as Fault);
    const plain = await make(spec, 'off').generate(request);
    if (fault !== 'normal') fixed.next(fault as Fault);
    const streamed = await make(spec, 'on').generate(request);
    const streamedBody = fixed.received.at(-1);
    expect(
      streamedBody?.body.stream === true || streamedBody?.path.endsWith(':streamGenerateContent'),
    ).toBe(true);
    // The server numbers its answers, and time passes: everything else must be identical.
    const strip = (r: typeof plain) => ({ ...r, latencyMs: 0, responseId: null });
    expect(strip(streamed)).toEqual(strip(plain));
    expect(streamed.responseId).not.toBeNull();
    expect(streamed.usageRaw).not.toBeNull();
    expect(streamed.truncated).toBe(fault === 'length');

    if (s === 'compat') return;
    if (fault !== 'normal') fixed.next(fault as Fault);
    const [record] = await generateInBatches(make(spec, 'off'), CONTRACT_TASK, 1, {
      condition: request.condition,
    });
    expect(record?.batch).toMatch(/./);
    const {
      key: _k,
      taskId: _t,
      conditionId: _c,
      sampleIndex: _s,
      provider: _p,
      attempts: _a,
      cached: _x,
      generationError: _g,
      batch: _b,
      ...batched
    } = record!;
    expect(strip(batched)).toEqual(strip(plain));
  });
});
