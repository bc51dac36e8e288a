import { analyzeRun } from '../../src/analyze/analyze-run.js';
import { createDrillDownPicker } from '../../src/analyze/drill-down.js';
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
export function fixtureRecords(): {
  tasks: Map<string, { tier: Tier }>;
  samples: SampleRecord[];
  executions: ExecutionRecord[];
} {
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
        const e = executionRecord(s, rng.next() < pass ? 'pass' : 'fail');
        if (e.verdict === 'fail') {
          e.detail = 'AssertionError';
          e.traceback = `Traceback (most recent call last):\n  File "program.py", line 9, in check\n    assert candidate([3, 1]) == [1, 3]\nAssertionError`;
        }
        executions.push(e);
      }
    }
  }
  return { tasks, samples, executions };
}

/** The fixture run's analysis, with its drill-down as the analyze stage picks it. */
export function fixtureRun(): Analysis {
  const { tasks, samples, executions } = fixtureRecords();
  const analysis = analyzeRun({
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
  analysis.drillDown = drillDownInMemory(analysis, tasks, samples, executions);
  return analysis;
}

/** The drill-down from records held in memory, in the picker's three passes: the reference. */
export function drillDownInMemory(
  analysis: Pick<Analysis, 'alignedTo' | 'tolerance'>,
  tasks: ReadonlyMap<string, { tier: Tier }>,
  samples: readonly SampleRecord[],
  executions: readonly ExecutionRecord[],
) {
  const picker = createDrillDownPicker({
    values: analysis.alignedTo.values,
    tolerance: analysis.tolerance,
    tierOf: (taskId) => tasks.get(taskId)?.tier ?? 'untiered',
  });
  for (const s of samples) picker.addCandidate(s);
  for (const e of executions) picker.addExecution(e);
  const keys = picker.choose();
  for (const s of samples) picker.addCode(s, keys);
  return picker.build();
}

/** Strips what differs between machines and runs, as vitest's own snapshots do: durations and paths. */
export function stripVolatile(text: string): string {
  return text
    .replace(/\d+ h \d+ min|\d+ min \d+ s|\b\d+ s\b/g, '<duration>')
    .replace(/(?:\/[\w.@-]+){2,}/g, '<path>');
}
