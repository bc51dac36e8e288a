import type { ComparedRun } from '../../src/analyze/compare-runs.js';
import { createRng } from '../../src/core/rng.js';
import type { ExecutionRecord, SampleRecord, Tier } from '../../src/core/records.js';
import { sampleKey } from '../../src/core/records.js';
import { executionRecord, sampleRecord } from './records.js';

/**
 * Two runs with the same verdicts on every sample and reasoning counts that differ by a planted
 * factor: B's count of a sample is A's × factor × a log-normal noise (σ = 0.15) of its own. The
 * output tokens follow the reasoning (+ 120 visible tokens), so tokens per solved task rise too.
 */
export function tokenFactorRuns(
  taskIds: readonly string[],
  tiers: ReadonlyMap<string, { tier: Tier | null }>,
  factor: number,
  samplesPerTask = 8,
  seed = 11,
): { a: ComparedRun; b: ComparedRun } {
  const make = (side: 'a' | 'b'): ComparedRun => {
    const samples: SampleRecord[] = [];
    const executions: ExecutionRecord[] = [];
    for (const taskId of taskIds) {
      const taskRng = createRng('token-factor-task', seed, taskId);
      const median = 600 * Math.exp(0.5 * taskRng.normal());
      const passRate = taskRng.next();
      for (let i = 0; i < samplesPerTask; i++) {
        const rng = createRng('token-factor-sample', seed, taskId, i);
        const base = median * Math.exp(0.3 * rng.normal());
        const noise = createRng('token-factor-b', seed, taskId, i);
        const reasoning = Math.round(
          side === 'a' ? base : base * factor * Math.exp(0.15 * noise.normal()),
        );
        const passed = rng.next() < passRate;
        const s = sampleRecord(taskId, i, {
          key: sampleKey(taskId, 'default', i),
          reasoningTokens: reasoning,
          outputTokens: reasoning + 120,
          inputTokens: 200,
          latencyMs: 50 + reasoning / 20,
        });
        samples.push(s);
        executions.push(executionRecord(s, passed ? 'pass' : 'fail'));
      }
    }
    return {
      summary: {
        runId: `tokens-${side}`,
        model: 'test',
        createdAt: `2026-11-2${side === 'a' ? 1 : 2}T00:00:00Z`,
        corpusHash: 'h',
      },
      tasks: tiers,
      samples,
      executions,
    };
  };
  return { a: make('a'), b: make('b') };
}
