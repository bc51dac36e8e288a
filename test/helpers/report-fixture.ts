import { analyzeRun } from '../../src/analyze/analyze-run.js';
import type { Analysis } from '../../src/core/analysis-record.js';
import {
  sampleKey,
  type ExecutionRecord,
  type SampleRecord,
  type Tier,
} from '../../src/core/records.js';
import { createRng } from '../../src/core/rng.js';
import { executionRecord, sampleRecord } from './records.js';

/**
 * A fixed fixture run for report tests: 24 tasks over three tiers, two arms (effort low and high)
 * of 10 samples each, where samples that stop at 516 fail far more often on complex tasks. Seeded,
 * so the analysis (and every report of it) is the same on every machine.
 */
export function fixtureRun(): Analysis {
  const rng = createRng('report-fixture', 7);
  const tasks = new Map<string, { tier: Tier }>();
  const samples: SampleRecord[] = [];
  const executions: ExecutionRecord[] = [];
  const tiers = ['simple', 'moderate', 'complex'] as const;
  for (let t = 0; t < 24; t++) {
    const tier = tiers[t % 3]!;
    const taskId = `Fixture/${t}`;
    tasks.set(taskId, { tier });
    for (const [arm, scale, base] of [
      ['low', 500, 0.6],
      ['high', 1100, 0.75],
    ] as const) {
      for (let i = 0; i < 10; i++) {
        const aligned = rng.next() < 0.2;
        const length = aligned ? 516 : Math.round(scale * Math.exp(0.4 * rng.normal()));
        const s = sampleRecord(taskId, i, {
          key: sampleKey(taskId, arm, i),
          conditionId: arm,
          reasoningTokens: length,
          outputTokens: length + 120,
          latencyMs: 1500 + 2 * length,
          completion: aligned ? '    return None\n' : '    return sorted(xs)\n',
          request: {
            model: 'fixture-model',
            maxOutputTokens: 8000,
            reasoningEffort: arm,
            thinkingBudget: null,
            temperature: null,
            systemPromptHash: null,
          },
        });
        samples.push(s);
        const pass = aligned ? (tier === 'complex' ? 0.1 : 0.5) : base;
        executions.push(executionRecord(s, rng.next() < pass ? 'pass' : 'fail'));
      }
    }
  }
  return analyzeRun({
    runId: 'fixture',
    tasks,
    boundaries: [516, 1034, 1552],
    tolerance: 0,
    ks: [1, 5],
    planted: null,
    samples,
    executions,
    permutations: 200,
    bootstrap: 200,
    powerSimulations: 40,
    runContext: {
      startedAt: '2026-11-30T10:00:00.000Z',
      finishedAt: '2026-11-30T10:07:30.000Z',
      tool: { name: 'boundary-bench', version: '0.0.0-fixture', gitRevision: 'abcdef0123456789' },
      corpus: { path: '/somewhere/tasks/fixture', hash: 'f'.repeat(64), tasks: 24 },
    },
  });
}

/** Strips what differs between machines and runs, as vitest's own snapshots do: durations and paths. */
export function stripVolatile(text: string): string {
  return text
    .replace(/\d+ h \d+ min|\d+ min \d+ s|\b\d+ s\b/g, '<duration>')
    .replace(/(?:\/[\w.@-]+){2,}/g, '<path>');
}
