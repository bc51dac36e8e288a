import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/core/comparison-record.js';
import { createValidators } from '../../src/core/schemas.js';
import { loadCorpus } from '../../src/core/task-loader.js';
import { bbench, REPO } from '../helpers/cli.js';

const validators = createValidators();
const results = mkdtempSync(join(tmpdir(), 'bbench-compare-'));
const run = (id: string, plant: string) =>
  bbench([
    'run',
    '-n',
    '8',
    '--plant',
    plant,
    '--seed',
    '3',
    '--results',
    results,
    '--run-id',
    id,
    '-q',
  ]);

async function compare(a: string, b: string, extra: string[] = []) {
  const result = await bbench([
    'compare',
    join(results, a),
    join(results, b),
    '--format',
    'json',
    ...extra,
  ]);
  const parsed = JSON.parse(result.stdout) as unknown;
  expect(validators.comparison(parsed), JSON.stringify(validators.comparison.errors)).toBe(true);
  return { exitCode: result.exitCode, stderr: result.stderr, comparison: parsed as Comparison };
}

describe('bbench compare, runs and history on real runs (simulated model, real sandbox)', () => {
  let bundledTasks = 0;
  beforeAll(async () => {
    bundledTasks = (await loadCorpus(join(REPO, 'tasks/core'), validators)).tasks.length;
    for (const [id, plant] of [
      ['planted', 'complex-degradation'],
      ['planted-again', 'complex-degradation'],
      ['none', 'none'],
    ] as const) {
      const r = await run(id, plant);
      expect(r.exitCode, r.stderr).toBe(0);
    }
  }, 600_000);

  it('finds no change between two runs with the same seed and configuration', async () => {
    const { exitCode, comparison } = await compare('planted', 'planted-again');
    expect(exitCode).toBe(0);
    expect(comparison.changed).toBe(false);
    expect(comparison.pairing).toMatchObject({
      by: 'task+condition',
      sharedTasks: bundledTasks,
      corpusHashesDiffer: false,
    });
    expect(comparison.verdict[0]).toContain('no significant change');
    expect(comparison.lattice.changed).toBe(false);
  });

  it('sees the planted boundary effect go away on complex tasks when nothing is planted', async () => {
    const { comparison } = await compare('planted', 'none');
    const complex = comparison.oddsRatios.find((o) => o.tier === 'complex')!;
    // Planted: aligned complex samples have odds ratio 0.15; with nothing planted it is about 1.
    expect(complex.a!).toBeLessThan(0.5);
    expect(complex.ratio!).toBeGreaterThan(1);
    expect(complex.pValue!).toBeLessThan(0.05);
    // Only aligned complex samples differ, so complex pass@1 rises and the other tiers barely move.
    const complexDelta = comparison.deltas.find((d) => d.tier === 'complex' && d.k === 1)!;
    expect(complexDelta.delta!).toBeGreaterThan(0);
  });

  it('turns a --fail-on threshold into exit code 5 exactly when it is crossed', async () => {
    const { comparison } = await compare('none', 'planted');
    const hazard = comparison.hazards.find((h) => h.boundary === 516)!.b.hazard!;
    expect(hazard).toBeGreaterThan(0);
    const below = await compare('none', 'planted', [
      '--fail-on',
      `hazard-above=${(hazard + 0.001).toFixed(4)}`,
    ]);
    expect(below.exitCode).toBe(0);
    expect(below.comparison.gate[0]?.crossed).toBe(false);
    const above = await compare('none', 'planted', [
      '--fail-on',
      `hazard-above=${(hazard - 0.001).toFixed(4)}`,
      '--fail-on',
      'lattice-change',
    ]);
    expect(above.exitCode, above.stderr).toBe(5);
    expect(above.comparison.gate.map((g) => g.crossed)).toEqual([true, false]);
    expect(above.stderr).toMatch(/REGRESSION: 1 --fail-on rule\(s\) crossed: hazard-above/);
  });

  it('rejects a malformed --fail-on rule, naming the option', async () => {
    const r = await bbench([
      'compare',
      join(results, 'none'),
      join(results, 'planted'),
      '--fail-on',
      'pass1-drop',
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(
      'option --fail-on: rule pass1-drop needs a non-negative number, as in pass1-drop=2',
    );
  });

  it('lists the runs and their history', async () => {
    const runs = await bbench(['runs', '--results', results]);
    expect(runs.exitCode, runs.stderr).toBe(0);
    for (const id of ['planted', 'planted-again', 'none']) expect(runs.stdout).toContain(id);
    const listing = JSON.parse(
      (await bbench(['runs', '--results', results, '--format', 'json'])).stdout,
    ) as { status: string; tasks: number; samples: number }[];
    expect(listing.map((r) => r.status)).toEqual(['complete', 'complete', 'complete']);
    expect(listing.every((r) => r.tasks === bundledTasks && r.samples > r.tasks)).toBe(true);
    const history = await bbench([
      'history',
      '--results',
      results,
      '--model',
      'sim',
      '--format',
      'json',
    ]);
    const listed = JSON.parse(history.stdout) as {
      runs: { runId: string; passAt1: number | null }[];
      points: { runId: string; reasoningMean: number | null; previous: string | null }[];
      breaks: unknown[];
    };
    expect(listed.runs.map((r) => r.runId)).toEqual(['planted', 'planted-again', 'none']);
    expect(listed.runs.every((r) => r.passAt1 !== null && r.passAt1 > 0)).toBe(true);
    // Same corpus and boundaries throughout: one unbroken series, each run against the one before.
    expect(listed.breaks).toEqual([]);
    expect(listed.points.map((p) => p.previous)).toEqual([null, 'planted', 'planted-again']);
    expect(listed.points.every((p) => p.reasoningMean !== null && p.reasoningMean > 0)).toBe(true);
    const none = await bbench(['history', '--results', results, '--model', 'openai:']);
    expect(none.stdout).toContain("No runs with a model starting 'openai:'");
  });
});
