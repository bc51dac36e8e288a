import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { SampleRecord, TaskRecord } from '../../../src/core/records.js';
import { BATCH_PRICE_FACTOR, modelNameOf, planRun } from '../../../src/generate/plan-run.js';
import { DEFAULT_CONDITION } from '../../../src/providers/provider.js';
import { captureIo } from '../../helpers/capture-io.js';

const task = (id: string): TaskRecord => ({
  task_id: id,
  prompt: 'x'.repeat(400),
  entry_point: id,
  tier: 'simple',
  tags: [],
  source: 'test',
  canonical_solution: '    return x\n',
  test: 'def check(candidate):\n    assert candidate(1) == 1\n',
});
const low = { ...DEFAULT_CONDITION, id: 'low', reasoningEffort: 'low' };
const high = { ...DEFAULT_CONDITION, id: 'high', reasoningEffort: 'high' };

describe('planRun', () => {
  it('counts the matrix and prices the rough estimate, batch at half price', () => {
    const plan = planRun({
      arms: [
        { model: 'openai:gpt-x', condition: low },
        { model: 'openai:gpt-x', condition: high },
      ],
      tasks: [task('a'), task('b')],
      samplesPerTask: 5,
      existing: [],
      cache: null,
      prices: { 'gpt-x': { input: 1, output: 10 } },
    });
    expect(plan).toMatchObject({ arms: 2, tasks: 2, samplesPerTask: 5, requests: 20, toSend: 20 });
    const [a] = plan.perArm;
    expect(a).toMatchObject({
      tokenSource: 'estimate',
      tokens: { input: 160, output: 2300, reasoning: 2000 },
    });
    // 10 requests × (160 × $1 + 2,300 × $10) per 1M tokens.
    expect(a?.costInteractive).toBeCloseTo((10 * (160 + 23_000)) / 1e6, 10);
    expect(a?.costBatch).toBeCloseTo((a?.costInteractive ?? 0) * BATCH_PRICE_FACTOR, 10);
    expect(plan.costInteractive).toBeGreaterThan(a?.costInteractive ?? 0);
  });

  it('uses the samples already recorded: they are not sent, and their mean tokens replace the estimate', () => {
    const seen = (i: number, output: number) =>
      ({
        key: `a#low#${i}`,
        provider: 'openai:gpt-x',
        conditionId: 'low',
        inputTokens: 100,
        outputTokens: output,
        reasoningTokens: output - 50,
      }) as SampleRecord;
    const plan = planRun({
      arms: [{ model: 'openai:gpt-x', condition: low }],
      tasks: [task('a')],
      samplesPerTask: 4,
      existing: [seen(0, 1000), seen(1, 3000)],
      cache: null,
      prices: null,
    });
    expect(plan.perArm[0]).toMatchObject({
      done: 2,
      toSend: 2,
      tokenSource: 'observed',
      observed: 2,
      tokens: { input: 100, output: 2000, reasoning: 1950 },
      costInteractive: null,
    });
    expect(plan.pricesGiven).toBe(false);
  });

  it('names models as price tables do', () => {
    expect(modelNameOf('openai:gpt-5.5')).toBe('gpt-5.5');
    expect(modelNameOf('compat:http://h:8000/v1#qwen3')).toBe('qwen3');
    expect(modelNameOf('simulated')).toBe('simulated');
  });
});

describe('bbench run --dry-run', () => {
  it('prints the matrix and the costs without a key, a server or a run directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bbench-dry-'));
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        models: ['openai:gpt-x'],
        efforts: ['low', 'high'],
        samples: 3,
        tasks: join(import.meta.dirname, '../../fixtures/tasks-mini'),
        prices: { 'gpt-x': { input: 1.25, output: 10 } },
      }),
    );
    const io = captureIo();
    const results = join(dir, 'results');
    expect(await main(['run', '--config', config, '--results', results, '--dry-run'], io)).toBe(0);
    expect(io.out()).toMatch(
      /Matrix: 2 arm\(s\) × 3 task\(s\) × 3 sample\(s\) = 18 requests; 18 to send/,
    );
    expect(io.out()).toMatch(/rough estimate/);
    expect(io.out()).toMatch(/Batch assumes 50% of the interactive price/);
    expect(io.out()).toMatch(/^total .* \$\d+\.\d\d +\$\d+\.\d\d$/m);
    expect(existsSync(results)).toBe(false);
  });
});
