import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openBatchStore } from '../../src/core/batch-state.js';
import type { SampleRecord, TaskRecord } from '../../src/core/records.js';
import { createValidators } from '../../src/core/schemas.js';
import { runBatchGenerate } from '../../src/generate/run-batch.js';
import {
  DEFAULT_CONDITION,
  ProviderError,
  type GenerationCondition,
  type GenerationResult,
  type Provider,
} from '../../src/providers/provider.js';
import type { BatchCreated, BatchFault } from '../helpers/wire-batch.js';

const validators = createValidators();

/** The batch side of a wire server: batch faults for the next batches, and every batch created. */
export interface BatchFaults {
  next(...faults: BatchFault[]): void;
  created: BatchCreated[];
}

/** Generates samples 0…n−1 of one task through the provider's batch API, with a fresh batch state. */
export async function generateInBatches(
  provider: Provider,
  task: TaskRecord,
  samples: number,
  options: { maxAttempts?: number; from?: number; condition?: GenerationCondition } = {},
): Promise<SampleRecord[]> {
  const client = provider.batch;
  if (!client) throw new Error(`${provider.spec} has no batch API`);
  const records: SampleRecord[] = [];
  const from = options.from ?? 0;
  await runBatchGenerate({
    provider,
    client,
    tasks: [task],
    conditions: [options.condition ?? { ...DEFAULT_CONDITION, id: 'c' }],
    samplesPerTask: samples,
    done: new Set(Array.from({ length: from }, (_, i) => `${task.task_id}#c#${i}`)),
    maxAttempts: options.maxAttempts ?? 3,
    pollIntervalMs: 1,
    backoffMs: () => 0,
    store: openBatchStore(join(mkdtempSync(join(tmpdir(), 'bbench-batch-')), 'batches.json')),
    write: (r) => records.push(r),
  });
  return records;
}

/**
 * A provider whose every request goes through a one-request batch, so that the whole provider
 * contract runs in batch mode. A request failed inside the batch is thrown, as a plain call would.
 */
export function viaBatch(provider: Provider): Provider {
  return {
    spec: provider.spec,
    async generate(request) {
      const records = await generateInBatches(provider, request.task, request.sampleIndex + 1, {
        from: request.sampleIndex,
      });
      const [record] = records;
      if (!record) throw new Error('the batch wrote no record');
      if (record.generationError !== null) throw new ProviderError(record.generationError, false);
      expect(record.batch).toMatch(/./);
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
        ...result
      } = record;
      return result satisfies GenerationResult;
    },
  };
}

/** The cases only a batch API has: failed requests inside a batch, an expired and a cancelled batch. */
export function batchCases(make: () => Provider, task: TaskRecord, faults: BatchFaults): void {
  it('records the requests that failed inside a batch as samples with generationError, the rest as answers', async () => {
    faults.next('fail-some');
    const records = await generateInBatches(make(), task, 4);
    const batch = faults.created.at(-1);
    expect(records.map((r) => r.sampleIndex).sort()).toEqual([0, 1, 2, 3]);
    expect(records.filter((r) => r.generationError !== null)).toHaveLength(2);
    for (const r of records) {
      expect(validators.sample(r), JSON.stringify(validators.sample.errors)).toBe(true);
      expect(r.batch).toBe(batch?.id);
      if (r.generationError !== null) expect(r.finishReason).toBe('error');
      else expect(r.attempts).toBe(1);
    }
  });

  it('resubmits what an expired batch left unanswered in one new batch, and records every sample once', async () => {
    const before = faults.created.length;
    faults.next('expire');
    const records = await generateInBatches(make(), task, 4);
    const [first, second, ...more] = faults.created.slice(before);
    expect(more).toEqual([]);
    expect(first?.customIds).toHaveLength(4);
    // The second batch holds exactly the requests the first did not answer.
    const again = records.filter((r) => r.batch === second?.id);
    expect(again.length).toBe(second?.customIds.length);
    expect(again.length).toBeGreaterThan(0);
    for (const r of again) expect(r.attempts).toBe(2);
    expect(records.map((r) => r.key).sort()).toEqual(
      [0, 1, 2, 3].map((i) => `${task.task_id}#c#${i}`),
    );
    expect(records.every((r) => r.generationError === null)).toBe(true);
  });

  it('records the unanswered requests as errors once their batches have expired maxAttempts times', async () => {
    faults.next('expire', 'expire');
    const records = await generateInBatches(make(), task, 2, { maxAttempts: 2 });
    expect(records).toHaveLength(2);
    const errors = records.filter((r) => r.generationError !== null);
    expect(errors.length).toBeGreaterThan(0);
    for (const r of errors) expect(r.generationError).toMatch(/expired without answering/);
  });

  it('records the requests of a cancelled batch as generation errors, without resubmitting them', async () => {
    const before = faults.created.length;
    faults.next('cancel');
    const records = await generateInBatches(make(), task, 3);
    expect(faults.created.length - before).toBe(1);
    expect(records).toHaveLength(3);
    for (const r of records) expect(r.generationError).toMatch(/cancelled/);
  });
}
