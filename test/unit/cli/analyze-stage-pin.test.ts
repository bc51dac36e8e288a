import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeRun } from '../../../src/analyze/analyze-run.js';
import { analyzeStage } from '../../../src/cli/analyze-stage.js';
import type { Analysis } from '../../../src/core/analysis-record.js';
import {
  TIERS,
  sampleKey,
  type ExecutionRecord,
  type SampleRecord,
  type Tier,
  type Verdict,
} from '../../../src/core/records.js';
import { runPathsAt } from '../../../src/core/run-dir.js';
import { createValidators } from '../../../src/core/schemas.js';
import { DEFAULT_SIMULATED_CONFIG, drawSimulated } from '../../../src/providers/simulated.js';

/**
 * Pins every figure of a whole analysis, as `analyzeStage` streams it from a run directory, at the
 * default R, B and seed: the speed-ups of the analysis at scale (permutation draws, power, bootstrap,
 * the drill-down's passes, validation) must not move a single number. The golden files were written
 * by the code before those changes; regenerate them only for an intended change of a statistic
 * (`npx vitest run test/unit/cli/analyze-stage-pin.test.ts -u`) and say why in the commit.
 */

const TASKS = 36;
const PER_ARM = 20;
const ARMS = [
  { conditionId: 'effort=low', reasoningEffort: 'low' },
  { conditionId: 'effort=medium', reasoningEffort: 'medium' },
  { conditionId: 'effort=high', reasoningEffort: 'high' },
] as const;
// The pin is of the analysis, not of the simulated model: its scaling curve is held here (the ∓0.6
// curve the golden files were written with), so a change of the model's defaults does not move it.
const CONFIG = {
  ...DEFAULT_SIMULATED_CONFIG,
  seed: 5,
  scaling: {
    ...DEFAULT_SIMULATED_CONFIG.scaling,
    efforts: {
      low: { length: 0.6, logit: { simple: 0, moderate: -0.15, complex: -0.6 } },
      medium: { length: 1, logit: { simple: 0, moderate: 0, complex: 0 } },
      high: { length: 1.5, logit: { simple: 0, moderate: 0.15, complex: 0.6 } },
    },
  },
};
const FAILURES: readonly Verdict[] = ['fail', 'fail', 'error', 'timeout', 'oom'];

function tierOf(t: number): Tier {
  return TIERS[t % 3]!;
}

/** Simulated records with every kind of row the analysis treats apart, in a fixed order. */
function records(): { samples: SampleRecord[]; executions: ExecutionRecord[] } {
  const samples: SampleRecord[] = [];
  const executions: ExecutionRecord[] = [];
  let n = 0;
  for (let t = 0; t < TASKS; t++) {
    const task = { task_id: `pin-${t}`, tier: tierOf(t), canonical_solution: 'x'.repeat(200) };
    for (const arm of ARMS) {
      for (let i = 0; i < PER_ARM; i++, n++) {
        const d = drawSimulated(CONFIG, task, arm.conditionId, i, {
          reasoningEffort: arm.reasoningEffort,
          thinkingBudget: null,
        });
        const silent = n % 53 === 7;
        const sample: SampleRecord = {
          key: sampleKey(task.task_id, arm.conditionId, i),
          taskId: task.task_id,
          conditionId: arm.conditionId,
          sampleIndex: i,
          provider: 'simulated',
          // Some longer than the drill-down keeps, so that its cut is pinned too.
          completion: `    return ${n}\n${n % 5 === 0 ? '#'.repeat(4100) : ''}`,
          isFullProgram: false,
          reasoningTokens: silent ? null : d.reported,
          reasoningSource: silent ? 'none' : 'reported',
          outputTokens: d.truncated ? CONFIG.maxOutputTokens : d.reported + d.answerTokens,
          inputTokens: 120 + t,
          finishReason: d.truncated ? 'length' : 'stop',
          finishReasonRaw: d.truncated ? 'max_output_tokens' : 'completed',
          truncated: d.truncated,
          usageRaw: null,
          request: {
            model: 'simulated',
            maxOutputTokens: CONFIG.maxOutputTokens,
            reasoningEffort: arm.reasoningEffort,
            thinkingBudget: null,
            temperature: null,
            systemPromptHash: null,
          },
          latencyMs: 300 + ((n * 37) % 900),
          attempts: 1,
          cached: false,
          generationError: n % 71 === 3 ? 'HTTP 500' : null,
          simulated: null,
          responseId: null,
        };
        samples.push(sample);
        if (sample.generationError !== null || n % 97 === 11) continue;
        const verdict: Verdict =
          n % 41 === 5 ? 'sandbox_error' : d.correct ? 'pass' : FAILURES[n % FAILURES.length]!;
        const retried = n % 29 === 2;
        executions.push({
          key: sample.key,
          taskId: sample.taskId,
          conditionId: sample.conditionId,
          sampleIndex: i,
          verdict,
          detail: `${verdict} ${n}`,
          exitCode: verdict === 'pass' ? 0 : 1,
          durationMs: 10,
          attempts: retried ? 2 : 1,
          outputTruncated: false,
          stderrTail: '',
          programHash: 'h',
          cpuMs: 5,
          retriedAlone: retried,
          firstVerdict: retried ? (n % 2 === 0 ? 'timeout' : verdict) : null,
          ...(verdict === 'pass' ? {} : { traceback: `Traceback ${n}` }),
        });
      }
    }
  }
  // Executions are written in another order than samples, as a parallel executor writes them.
  return { samples, executions: [...executions].reverse() };
}

const tasks = new Map(
  Array.from({ length: TASKS }, (_, t) => [`pin-${t}`, { tier: tierOf(t) }] as const),
);
const settings = { boundaries: [516, 1034, 1552], tolerance: 0, ks: [1, 5] };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function runDir(withExecutions: boolean): string {
  const parent = mkdtempSync(join(tmpdir(), 'bbench-pin-'));
  dirs.push(parent);
  // The run id is the directory's name: fixed, so that it is pinned too.
  const dir = join(parent, 'pin-run');
  mkdirSync(dir);
  const { samples, executions } = records();
  const jsonl = (rows: unknown[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  writeFileSync(join(dir, 'samples.jsonl'), jsonl(samples));
  if (withExecutions) writeFileSync(join(dir, 'executions.jsonl'), jsonl(executions));
  return dir;
}

/** The analysis as text; `run` holds file times of the temporary directory, so it is left out. */
function pinned(analysis: Analysis): string {
  const { run: _run, ...rest } = analysis;
  return `${JSON.stringify(rest, null, 1)}\n`;
}

describe('analyzeStage: every figure pinned on a fixed simulated run', () => {
  // One streamed analysis serves two tests: the stage renders reports too, which is most of its time.
  let streamed: Promise<Analysis> | undefined;
  const withVerdicts = () =>
    (streamed ??= analyzeStage(runPathsAt(runDir(true)), createValidators(), tasks, settings));

  it('with verdicts (all sections, arms and the drill-down)', async () => {
    const analysis = await withVerdicts();
    expect(analysis.drillDown?.length).toBeGreaterThan(0);
    expect(analysis.arms?.arms.length).toBe(ARMS.length);
    await expect(pinned(analysis)).toMatchFileSnapshot(
      '../../fixtures/golden/analysis/pin-with-verdicts.json',
    );
  }, 120_000);

  it('samples alone (an imported log: distribution sections only)', async () => {
    const analysis = await analyzeStage(
      runPathsAt(runDir(false)),
      createValidators(),
      tasks,
      settings,
    );
    await expect(pinned(analysis)).toMatchFileSnapshot(
      '../../fixtures/golden/analysis/pin-samples-only.json',
    );
  }, 120_000);

  it('gives the same statistics in memory (analyzeRun) as streamed', async () => {
    const { samples, executions } = records();
    const memory = analyzeRun({
      runId: 'x',
      tasks,
      planted: null,
      samples,
      executions,
      ...settings,
    });
    const { run: _a, runId: _b, drillDown: _c, tierSource: _d, ...m } = memory;
    const { run: _e, runId: _f, drillDown: _g, tierSource: _h, ...s } = await withVerdicts();
    expect(s).toEqual(m);
  }, 120_000);
});
