import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRecovery } from '../../src/cli/demo-power.js';
import type { Analysis } from '../../src/core/analysis-record.js';
import { createValidators } from '../../src/core/schemas.js';
import { bbench } from '../helpers/cli.js';

const validators = createValidators();
const results = mkdtempSync(join(tmpdir(), 'bbench-demo-'));

function readAnalysis(runId: string): Analysis {
  const analysis = JSON.parse(
    readFileSync(join(results, runId, 'analysis.json'), 'utf8'),
  ) as unknown;
  expect(validators.analysis(analysis), JSON.stringify(validators.analysis.errors)).toBe(true);
  return analysis as Analysis;
}

const complexEffect = (a: Analysis) => a.boundaryEffects.find((e) => e.tier === 'complex');

describe('bbench demo on the bundled corpus (simulated model, real sandbox)', () => {
  // The planted run the tests below read, made here so that each test can run alone or in any order.
  let run: Awaited<ReturnType<typeof bbench>>;
  beforeAll(async () => {
    // Two arms (effort low and high) × 12 samples: the same 3,744 samples as one arm × 24.
    run = await bbench(['demo', '-n', '12', '--results', results, '--run-id', 'planted']);
  }, 900_000);

  it('shows a planted degradation on complex tasks, and writes the whole run directory', () => {
    expect(run.exitCode, run.stderr).toBe(0);
    for (const file of [
      'manifest.json',
      'samples.jsonl',
      'executions.jsonl',
      'analysis.json',
      'report.md',
    ]) {
      expect(existsSync(join(results, 'planted', file)), file).toBe(true);
    }
    const analysis = readAnalysis('planted');
    const effect = complexEffect(analysis);
    expect(effect?.oddsRatioInterval?.high).toBeLessThan(1);
    expect(effect?.cmhPHolm).toBeLessThan(0.05);
    expect(analysis.findings).toContainEqual(
      expect.objectContaining({ kind: 'boundary-effect', tier: 'complex', verdict: 'worse' }),
    );
    // Simple and moderate tasks had nothing planted.
    for (const tier of ['simple', 'moderate'] as const) {
      expect(analysis.boundaryEffects.find((e) => e.tier === tier)?.cmhPHolm ?? 1).toBeGreaterThan(
        0.05,
      );
    }
    expect(analysis.hazards[0]?.pHolm).toBeLessThan(0.001);
    expect(analysis.planted?.alignedOddsRatio.complex).toBe(0.15);
    const manifest = JSON.parse(readFileSync(join(results, 'planted', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      planted: { preset: 'complex-degradation' },
      canaries: { passed: true },
    });
    expect(manifest.sandbox.applied).toMatchObject({ networkMode: 'none', readonlyRootfs: true });
    expect(manifest.corpus.hash).toMatch(/^[0-9a-f]{64}$/);
    // The terminal report leads with findings and shows the tables.
    expect(run.stdout).toContain('Findings:');
    expect(run.stdout).toContain('Pass rate of non-truncated samples by tier × alignment');
    // The planted scaling curve: high effort is better on complex tasks, not on simple ones, and the
    // token ratio is what was planted (the simulated model's expectation), within its CI. The same
    // reading as the seed study (src/cli/demo-power.ts), here on the sandbox's verdicts.
    expect(analysis.arms!.arms.map((a) => a.id)).toEqual(['effort=low', 'effort=high']);
    const planted = (arm: string) =>
      analysis.planted!.arms!.find((p) => p.arm === arm && p.tier === 'all')!.meanReasoning;
    expect(demoRecovery(analysis, planted('effort=high') / planted('effort=low'))).toEqual({
      complexArmEffect: true,
      simpleArmNull: true,
      tokenRatioCovered: true,
      complexBoundaryEffect: true,
      otherTiersBoundaryNull: true,
    });
    expect(run.stdout).toContain('Frontier: pass@1 against mean reasoning tokens');
    expect(readFileSync(join(results, 'planted', 'report.html'), 'utf8')).toContain('Frontier');
    // Progress on stderr, with counts.
    expect(run.stderr).toMatch(/execute .* \d+\/\d+/);
  });

  it('shows no boundary effect beyond noise when none is planted', async () => {
    const run = await bbench([
      'demo',
      '-n',
      '12',
      '--plant',
      'none',
      '--results',
      results,
      '--run-id',
      'null',
      '-q',
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const analysis = readAnalysis('null');
    for (const e of analysis.boundaryEffects.filter((x) => x.tier !== 'all'))
      expect(e.cmhPHolm ?? 1, e.tier).toBeGreaterThan(0.05);
    expect(
      analysis.findings.filter((f) => f.kind === 'boundary-effect' && f.verdict !== 'none'),
    ).toEqual([]);
    // The spike itself is planted in both runs: the length distribution is not the effect.
    expect(analysis.hazards[0]?.pHolm).toBeLessThan(0.001);
  });

  it('resumes a run without redoing finished samples', async () => {
    const samplesBefore = readFileSync(join(results, 'planted', 'samples.jsonl'), 'utf8');
    const executionsBefore = readFileSync(join(results, 'planted', 'executions.jsonl'), 'utf8');
    const rerun = await bbench(['demo', '-n', '12', '--results', results, '--run-id', 'planted']);
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain('Resuming run planted');
    expect(readFileSync(join(results, 'planted', 'samples.jsonl'), 'utf8')).toBe(samplesBefore);
    expect(readFileSync(join(results, 'planted', 'executions.jsonl'), 'utf8')).toBe(
      executionsBefore,
    );
  });

  it('refuses to mix a different configuration into an existing run', async () => {
    const rerun = await bbench([
      'demo',
      '-n',
      '24',
      '--seed',
      '9',
      '--results',
      results,
      '--run-id',
      'planted',
      '-q',
    ]);
    expect(rerun.exitCode).toBe(2);
    expect(rerun.stderr).toContain('RUN_MISMATCH');
    // Each change names its flag, the old value and the new one.
    expect(rerun.stderr).toContain('--seed (seed): 1 → 9');
    expect(rerun.stderr).toMatch(/--plant\/--seed\/--boundaries \(simulated\.seed\): 1 → 9/);
  });

  it('recomputes the analysis alone from the records, identically', async () => {
    const before = readFileSync(join(results, 'planted', 'analysis.json'), 'utf8');
    const again = await bbench(['analyze', join(results, 'planted')]);
    expect(again.exitCode, again.stderr).toBe(0);
    expect(readFileSync(join(results, 'planted', 'analysis.json'), 'utf8')).toBe(before);
    const json = await bbench(['report', join(results, 'planted'), '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(before));
    const markdown = await bbench(['report', join(results, 'planted'), '--format', 'markdown']);
    expect(markdown.stdout).toContain('## Findings');
  });

  it('derives per-task timeouts from the reference runtimes when asked, and records them', async () => {
    const run = await bbench([
      'run',
      '--tasks',
      'test/fixtures/tasks-tiered.jsonl',
      '-n',
      '2',
      '--reference-timeouts',
      '--results',
      results,
      '--run-id',
      'reftimes',
      '-q',
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(results, 'reftimes', 'manifest.json'), 'utf8'));
    expect(manifest.config.referenceTimeouts).toBe(true);
    expect(manifest.taskTimeouts).toHaveLength(3);
    for (const t of manifest.taskTimeouts) {
      expect(t.referenceFailed).toBe(false);
      expect(t.timeoutMs).toBe(Math.min(10_000, Math.max(1000, Math.ceil(20 * t.referenceMs))));
    }
  });
});
