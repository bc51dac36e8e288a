import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparedRun } from '../../src/analyze/compare-runs.js';
import type { Comparison } from '../../src/core/comparison-record.js';
import { openJsonlAppender } from '../../src/core/jsonl.js';
import { runPaths } from '../../src/core/run-dir.js';
import { openRun } from '../../src/core/run-manifest.js';
import { createValidators } from '../../src/core/schemas.js';
import { loadCorpus } from '../../src/core/task-loader.js';
import { bbench, REPO } from '../helpers/cli.js';
import { tokenFactorRuns } from '../helpers/token-factor-runs.js';

/**
 * The real CLI on two run directories whose verdicts match sample for sample and whose reasoning
 * counts differ by a planted factor of 1.8 (no sandbox needed: the records are written as a run
 * writes them, manifest by the same openRun).
 */
const results = mkdtempSync(join(tmpdir(), 'bbench-tokens-'));

function writeRun(run: ComparedRun, tasksPath: string, corpusHash: string, tasks: number): void {
  const paths = runPaths(results, run.summary.runId);
  openRun(
    paths,
    {
      runId: run.summary.runId,
      createdAt: run.summary.createdAt,
      config: {
        model: 'test',
        tasksPath,
        samplesPerTask: 8,
        conditions: ['default'],
        seed: 1,
        boundaries: [516],
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
      corpus: { path: tasksPath, hash: corpusHash, tasks },
      planted: null,
      prices: { test: { input: 1.25, output: 10 } },
    },
    createValidators().manifest,
  );
  for (const [file, records] of [
    [paths.samples, run.samples],
    [paths.executions, run.executions],
  ] as const) {
    const { appender } = openJsonlAppender(file);
    for (const r of records) appender.append(r);
    appender.close();
  }
}

describe('bbench compare: a planted token factor with the same quality', () => {
  beforeAll(async () => {
    const tasksPath = join(REPO, 'tasks/core');
    const corpus = await loadCorpus(tasksPath, createValidators());
    const picked = corpus.tasks.slice(0, 30);
    const tiers = new Map(picked.map((t) => [t.task_id, { tier: t.tier }]));
    const { a, b } = tokenFactorRuns(
      picked.map((t) => t.task_id),
      tiers,
      1.8,
    );
    for (const run of [a, b]) writeRun(run, tasksPath, corpus.hash, corpus.tasks.length);
  });

  it('reports the factor within its CI, and --fail-on tokens-rise=20 exits 5', async () => {
    const result = await bbench([
      'compare',
      join(results, 'tokens-a'),
      join(results, 'tokens-b'),
      '--format',
      'json',
      '--fail-on',
      'tokens-rise=20',
      '--fail-on',
      'cost-rise=30',
    ]);
    expect(result.exitCode, result.stderr).toBe(5);
    expect(result.stderr).toMatch(/tokens-rise=20 \(reasoning tokens ×1\.\d\d/);
    const c = JSON.parse(result.stdout) as Comparison;
    const r = c.lengthCost.reasoningTokens;
    expect(r.interval!.low).toBeLessThanOrEqual(1.8);
    expect(r.interval!.high).toBeGreaterThanOrEqual(1.8);
    expect(c.deltas.find((d) => d.tier === 'all' && d.k === 1)?.delta).toBe(0);
    expect(c.gate.map((g) => [g.rule, g.crossed])).toEqual([
      ['tokens-rise=20', true],
      ['cost-rise=30', true],
    ]);
  });

  it('prints the verdict in words and the length and cost table', async () => {
    const result = await bbench(['compare', join(results, 'tokens-a'), join(results, 'tokens-b')]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/tokens-b spends more reasoning for the same quality/);
    expect(result.stdout).toMatch(/Length, latency and cost, B \/ A/);
    expect(result.stdout).toMatch(/cost per solved task \(US\$\)/);
  });
});
