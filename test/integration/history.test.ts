import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openJsonlAppender } from '../../src/core/jsonl.js';
import { createRng } from '../../src/core/rng.js';
import { sampleKey } from '../../src/core/records.js';
import { runPaths } from '../../src/core/run-dir.js';
import { openRun } from '../../src/core/run-manifest.js';
import { createValidators } from '../../src/core/schemas.js';
import { loadCorpus } from '../../src/core/task-loader.js';
import type { HistoryBreak, HistoryPoint } from '../../src/report/history-series.js';
import { bbench, REPO } from '../helpers/cli.js';
import { executionRecord, sampleRecord } from '../helpers/records.js';

/**
 * The real `analyze` and `history` on five run directories of two effort arms, written as a run
 * writes them (manifest by the same openRun; no sandbox needed): v1 → v2 like for like (v2 reasons
 * 1.5× longer), v3 changes the boundaries, v4 has 1 task where v3 had 6, v5 has 5.
 */
const results = mkdtempSync(join(tmpdir(), 'bbench-history-'));
const tasksPath = join(REPO, 'tasks/core');
const RUNS = [
  { id: 'v1', tasks: 6, boundaries: [516, 1034, 1552], length: 1 },
  { id: 'v2', tasks: 6, boundaries: [516, 1034, 1552], length: 1.5 },
  { id: 'v3', tasks: 6, boundaries: [512], length: 1.5 },
  { id: 'v4', tasks: 1, boundaries: [512], length: 1.5 },
  { id: 'v5', tasks: 5, boundaries: [512], length: 1.5 },
] as const;

async function writeRun(
  run: (typeof RUNS)[number],
  day: number,
  taskIds: string[],
  corpus: { hash: string; tasks: number },
) {
  const conditions = ['effort=low', 'effort=high'];
  const paths = runPaths(results, run.id);
  openRun(
    paths,
    {
      runId: run.id,
      createdAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
      config: {
        model: 'simulated',
        tasksPath,
        samplesPerTask: 6,
        conditions,
        seed: 1,
        boundaries: [...run.boundaries],
        tolerance: 0,
        ks: [1],
        simulated: null,
        limits: {},
        referenceTimeouts: false,
      },
      tool: {
        name: 'boundary-bench',
        version: 'test',
        gitRevision: null,
        node: process.version,
        dependencies: {},
        lockfileHash: null,
      },
      corpus: { path: tasksPath, hash: corpus.hash, tasks: corpus.tasks },
      planted: null,
    },
    createValidators().manifest,
  );
  const samples = openJsonlAppender(paths.samples).appender;
  const executions = openJsonlAppender(paths.executions).appender;
  for (const taskId of taskIds.slice(0, run.tasks))
    for (const [c, conditionId] of conditions.entries())
      for (let i = 0; i < 6; i++) {
        const rng = createRng('history-fixture', run.id, taskId, conditionId, i);
        const reasoning = Math.round(400 * (1 + c) * run.length * Math.exp(0.3 * rng.normal()));
        const s = sampleRecord(taskId, i, {
          key: sampleKey(taskId, conditionId, i),
          conditionId,
          reasoningTokens: reasoning,
          outputTokens: reasoning + 100,
          request: {
            model: 'simulated',
            maxOutputTokens: 8000,
            reasoningEffort: c === 0 ? 'low' : 'high',
            thinkingBudget: null,
            temperature: null,
            systemPromptHash: null,
          },
        });
        samples.append(s);
        executions.append(executionRecord(s, rng.next() < 0.6 + 0.2 * c ? 'pass' : 'fail'));
      }
  samples.close();
  executions.close();
  const analysed = await bbench(['analyze', paths.dir]);
  expect(analysed.exitCode, analysed.stderr).toBe(0);
}

describe('bbench history: pass@1 and reasoning tokens by version, with breaks', () => {
  beforeAll(async () => {
    const corpus = await loadCorpus(tasksPath, createValidators());
    const taskIds = corpus.tasks.map((t) => t.task_id);
    for (const [i, run] of RUNS.entries())
      await writeRun(run, i + 1, taskIds, { hash: corpus.hash, tasks: corpus.tasks.length });
  }, 300_000);

  it('gives each arm its pass@1 and mean reasoning tokens, and breaks where the runs stop being comparable', async () => {
    const r = await bbench(['history', '--results', results, '--model', 'sim', '--format', 'json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const h = JSON.parse(r.stdout) as { points: HistoryPoint[]; breaks: HistoryBreak[] };
    expect(h.points).toHaveLength(10);
    expect(new Set(h.points.map((p) => p.series))).toEqual(new Set(['effort=low', 'effort=high']));
    for (const p of h.points) {
      expect(p.passAt1).not.toBeNull();
      expect(p.reasoningMean).toBeGreaterThan(0);
      // A task bootstrap needs two tasks: v4's single task has no interval.
      if (p.runId === 'v4') expect(p.reasoningInterval).toBeNull();
      else expect(p.reasoningInterval!.low).toBeLessThanOrEqual(p.reasoningMean!);
    }
    const at = (id: string) => h.points.filter((p) => p.runId === id);
    const v1 = (series: string) => at('v1').find((p) => p.series === series)!;
    expect(v1('effort=high').reasoningMean!).toBeGreaterThan(1.5 * v1('effort=low').reasoningMean!);
    expect(h.breaks.map((b) => [b.before, b.after])).toEqual([
      ['v2', 'v3'],
      ['v3', 'v4'],
      ['v4', 'v5'],
    ]);
    expect(h.breaks[0]!.reasons.join()).toContain('boundaries changed (516, 1034, 1552 → 512)');
    expect(h.breaks[1]!.reasons.join()).toContain('task count changed from 6 to 1');
    // v2 reasons 1.5× as long as v1 on the same tasks (each sample's own noise aside).
    for (const p of at('v2')) {
      expect(p.previous).toBe('v1');
      expect(p.passDelta).not.toBeNull();
      expect(p.tokenRatio).toBeGreaterThan(1.2);
      expect(p.tokenRatio).toBeLessThan(1.9);
      expect(p.note).toBeNull();
    }
    for (const id of ['v3', 'v4', 'v5'])
      expect(at(id).every((p) => p.passDelta === null && p.tokenRatio === null)).toBe(true);
  });

  it('says so in the terminal and Markdown tables, and charts both axes in HTML', async () => {
    const terminal = await bbench(['history', '--results', results, '--model', 'sim']);
    expect(terminal.exitCode, terminal.stderr).toBe(0);
    expect(terminal.stdout).toContain('reasoning tokens');
    expect(terminal.stdout).toContain('Series break between v2 and v3: boundaries changed');
    expect(terminal.stdout).toContain('Series break between v3 and v4: task count changed');
    const md = await bbench([
      'history',
      '--results',
      results,
      '--model',
      'sim',
      '--format',
      'markdown',
    ]);
    expect(md.stdout).toMatch(/^\| created \| run \| model \| arm \| tasks \| pass@1 \|/m);
    expect(md.stdout).toContain('- Series break between v4 and v5');
    const html = await bbench([
      'history',
      '--results',
      results,
      '--model',
      'sim',
      '--format',
      'html',
    ]);
    expect(html.stdout.match(/<svg/g)?.length).toBe(2);
    expect(html.stdout).toContain('mean reasoning tokens per sample, 95% CI');
  });
});
