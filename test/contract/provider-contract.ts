import { describe, expect, it } from 'vitest';
import { TIERS, type TaskRecord } from '../../src/core/records.js';
import { createValidators } from '../../src/core/schemas.js';
import { runGenerate } from '../../src/generate/run-generate.js';
import type { SampleRecord } from '../../src/core/records.js';
import { DEFAULT_CONDITION, ProviderError, type Provider } from '../../src/providers/provider.js';
import { batchCases, type BatchFaults } from './batch-contract.js';

const validators = createValidators();

export const CONTRACT_TASK: TaskRecord = {
  task_id: 'contract/add',
  prompt: 'def add(a, b):\n    """Add two numbers."""\n',
  entry_point: 'add',
  tier: 'complex',
  tags: [],
  source: 'contract',
  canonical_solution: '    return a + b\n',
  test: 'def check(candidate):\n    assert candidate(1, 2) == 3\n',
};

/** A streaming provider's server, which can stall or cut the next stream. */
export interface StreamFaults {
  next(fault: 'stall' | 'cut'): void;
}

/**
 * What every provider must do. Each implementation calls this with a factory; no case is skipped.
 * Records must validate as samples once the generate stage adds identity and bookkeeping. A provider
 * that streams passes `streamFaults`, and must then survive a stalled stream and a stream cut mid-answer.
 * In batch mode (`make` sends every request through a batch) `batch` gives the provider itself and its
 * server's batch faults, for the cases only batches have: failed requests, expired and cancelled batches.
 */
export function providerContract(
  name: string,
  make: () => Provider,
  options: {
    streamFaults?: StreamFaults;
    batch?: { make: () => Provider; faults: BatchFaults };
  } = {},
): void {
  describe(`Provider contract: ${name}`, () => {
    const identity = {
      key: 'contract/add#c#0',
      taskId: CONTRACT_TASK.task_id,
      conditionId: 'c',
      sampleIndex: 0,
      provider: name,
      attempts: 1,
      cached: false,
      generationError: null,
    };

    it('returns a result that completes a valid sample record', async () => {
      const result = await make().generate({
        task: CONTRACT_TASK,
        condition: { ...DEFAULT_CONDITION, id: 'c' },
        sampleIndex: 0,
      });
      const record = { ...identity, ...result };
      expect(validators.sample(record), JSON.stringify(validators.sample.errors)).toBe(true);
    });

    it('reports reasoning tokens with their provenance: null with source none, never 0 for absent', async () => {
      // Many samples: a provider that mislabels only some answers must not pass on one lucky draw.
      for (let i = 0; i < 20; i++) {
        const result = await make().generate({
          task: CONTRACT_TASK,
          condition: { ...DEFAULT_CONDITION, id: 'c' },
          sampleIndex: i,
        });
        if (result.reasoningTokens === null) expect(result.reasoningSource, `${i}`).toBe('none');
        else {
          expect(result.reasoningSource, `${i}`).not.toBe('none');
          expect(Number.isInteger(result.reasoningTokens), `${i}`).toBe(true);
        }
      }
    });

    it('marks a length stop as truncated, and records the request it sent', async () => {
      for (let i = 0; i < 20; i++) {
        const result = await make().generate({
          task: CONTRACT_TASK,
          condition: { ...DEFAULT_CONDITION, id: 'c' },
          sampleIndex: i,
        });
        expect(result.truncated).toBe(result.finishReason === 'length');
        expect(result.request.model).not.toBe('');
        expect(result.latencyMs).toBeGreaterThanOrEqual(0);
      }
    });

    it('handles every tier', async () => {
      for (const tier of TIERS) {
        const result = await make().generate({
          task: { ...CONTRACT_TASK, tier },
          condition: { ...DEFAULT_CONDITION, id: 'c' },
          sampleIndex: 0,
        });
        const record = { ...identity, ...result };
        expect(
          validators.sample(record),
          `${tier}: ${JSON.stringify(validators.sample.errors)}`,
        ).toBe(true);
        // A length stop may end before any code (the wire server cuts some answers so); others must have code.
        if (!result.truncated) expect(result.completion, tier).not.toBe('');
      }
    });

    if (options.batch) batchCases(options.batch.make, CONTRACT_TASK, options.batch.faults);

    const faults = options.streamFaults;
    if (faults) {
      const generateOnce = async () => {
        const records: SampleRecord[] = [];
        await runGenerate({
          provider: make(),
          tasks: [CONTRACT_TASK],
          conditions: [{ ...DEFAULT_CONDITION, id: 'c' }],
          samplesPerTask: 1,
          done: new Set(),
          concurrency: 1,
          maxAttempts: 3,
          backoffMs: () => 0,
          write: (r) => records.push(r),
        });
        return records;
      };

      it('abandons a stalled stream after the idle timeout, and the retry completes the sample', async () => {
        faults.next('stall');
        const error = await make()
          .generate({
            task: CONTRACT_TASK,
            condition: { ...DEFAULT_CONDITION, id: 'c' },
            sampleIndex: 0,
          })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ProviderError);
        expect(error).toMatchObject({
          retryable: true,
          message: expect.stringMatching(/silent for \d+ ms/),
        });
        faults.next('stall');
        const [record] = await generateOnce();
        expect(record).toMatchObject({ attempts: 2, generationError: null });
        expect(validators.sample(record), JSON.stringify(validators.sample.errors)).toBe(true);
      });

      it('refuses a stream cut off mid-answer (no final event), and the retry completes the sample', async () => {
        faults.next('cut');
        const error = await make()
          .generate({
            task: CONTRACT_TASK,
            condition: { ...DEFAULT_CONDITION, id: 'c' },
            sampleIndex: 0,
          })
          .catch((e: unknown) => e);
        expect(error).toMatchObject({
          retryable: true,
          message: expect.stringMatching(/ended before its final event/),
        });
        faults.next('cut');
        const [record] = await generateOnce();
        expect(record).toMatchObject({ attempts: 2, generationError: null });
      });
    }
  });
}
