import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createProvider } from '../../src/providers/registry.js';
import { DEFAULT_SIMULATED_CONFIG } from '../../src/providers/simulated.js';
import { startWireServer, type WireServer } from '../helpers/wire-server.js';
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

const context = () => ({
  simulated: DEFAULT_SIMULATED_CONFIG,
  env: {
    OPENAI_API_KEY: 'k',
    OPENAI_BASE_URL: `${server.url}/v1`,
    ANTHROPIC_API_KEY: 'k',
    ANTHROPIC_BASE_URL: server.url,
    GEMINI_API_KEY: 'k',
    GEMINI_BASE_URL: server.url,
  },
});

providerContract('openai (Responses)', () => createProvider('openai:m', context()));
providerContract('openai (Chat Completions)', () => createProvider('openai-chat:m', context()));
providerContract('anthropic', () => createProvider('anthropic:claude', context()));
providerContract('google', () => createProvider('google:gemini', context()));
providerContract('compat', () => createProvider(`compat:${server.url}/v1#qwen`, context()));

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
