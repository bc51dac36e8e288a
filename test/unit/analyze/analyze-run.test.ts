import { describe, expect, it } from 'vitest';
import { analyzeRun } from '../../../src/analyze/analyze-run.js';
import type { ExecutionRecord, SampleRecord, Tier } from '../../../src/core/records.js';
import { createValidators } from '../../../src/core/schemas.js';
import { createRng } from '../../../src/core/rng.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';

const validators = createValidators();
const base = { runId: 'r', boundaries: [516, 1034], tolerance: 0, ks: [1, 5], planted: null };

describe('analyzeRun', () => {
  const tasks = new Map<string, { tier: Tier | null }>([
    ['a', { tier: 'simple' }],
    ['b', { tier: 'complex' }],
  ]);

  it('counts sandbox errors, generation errors, truncation and unknown lengths apart', () => {
    const samples: SampleRecord[] = [
      sampleRecord('a', 0, { reasoningTokens: 516 }),
      sampleRecord('a', 1, { reasoningTokens: 700 }),
      sampleRecord('a', 2, { reasoningTokens: null, reasoningSource: 'none' }),
      sampleRecord('a', 3, { truncated: true, finishReason: 'length' }),
      sampleRecord('b', 0, { generationError: 'HTTP 500' }),
      sampleRecord('b', 1),
    ];
    const executions: ExecutionRecord[] = [
      executionRecord(samples[0]!, 'fail'),
      executionRecord(samples[1]!, 'pass'),
      executionRecord(samples[2]!, 'pass'),
      executionRecord(samples[3]!, 'fail'),
      executionRecord(samples[5]!, 'sandbox_error'),
    ];
    const analysis = analyzeRun({ ...base, tasks, samples, executions });
    expect(validators.analysis(analysis)).toBe(true);
    expect(analysis.counts).toEqual({
      samples: 6,
      executed: 5,
      sandboxErrors: 1,
      generationErrors: 1,
      truncated: 1,
      unknownLength: 1,
      retriedAlone: 0,
      changedOnRetry: 0,
      bySource: { reported: 4, derived: 0, estimated: 0, none: 1 },
    });
    // A sandbox error is not a failure: task b has no scored sample at all.
    expect(analysis.passAtK[0]).toMatchObject({ k: 1, tasks: 1 });
    expect(analysis.passAtK[0]?.value).toBeCloseTo(2 / 4, 12);
    const simple = (alignment: string) =>
      analysis.strata.find((s) => s.tier === 'simple' && s.alignment === alignment);
    expect(simple('aligned')).toMatchObject({ samples: 1, passes: 0 });
    expect(simple('not_aligned')).toMatchObject({ samples: 1, passes: 1 });
    expect(simple('unknown')).toMatchObject({ samples: 1, passes: 1 });
    expect(simple('any')).toMatchObject({ samples: 3, passes: 2 });
    expect(analysis.truncation).toMatchObject({
      samples: 1,
      signalled: 1,
      outputAtCap: 0,
      reasoningAtBudget: 0,
      scored: 1,
      passes: 0,
      passRate: 0,
    });
    expect(analysis.caveats).toContainEqual({ kind: 'sandbox-errors', samples: 1 });
  });

  it('computes the pass rate of a stratum as the mean of task rates, not pooled', () => {
    const many = new Map([
      ['x', { tier: 'simple' as Tier }],
      ['y', { tier: 'simple' as Tier }],
    ]);
    const samples = [
      sampleRecord('x', 0),
      ...Array.from({ length: 9 }, (_, i) => sampleRecord('y', i)),
    ];
    const executions = samples.map((s) => executionRecord(s, s.taskId === 'x' ? 'pass' : 'fail'));
    const all = analyzeRun({ ...base, tasks: many, samples, executions }).strata.find(
      (s) => s.tier === 'all' && s.alignment === 'any',
    );
    expect(all?.passRate).toBeCloseTo(0.5, 12);
  });

  describe('on simulated experiments (verdicts drawn from the plant, so only the statistics are under test)', () => {
    function experiment(alignedOddsRatio: number, seed: number) {
      const rng = createRng('experiment', seed);
      const tiers = new Map<string, { tier: Tier }>();
      const samples: SampleRecord[] = [];
      const executions: ExecutionRecord[] = [];
      for (let t = 0; t < 20; t++) {
        const taskId = `complex-${t}`;
        tiers.set(taskId, { tier: 'complex' });
        const baseP = 0.55 + 0.3 * rng.next();
        for (let i = 0; i < 40; i++) {
          const aligned = rng.next() < 0.3;
          const odds = (baseP / (1 - baseP)) * (aligned ? alignedOddsRatio : 1);
          const sample = sampleRecord(taskId, i, {
            reasoningTokens: aligned ? 516 : 600 + Math.floor(rng.next() * 900),
          });
          samples.push(sample);
          executions.push(
            executionRecord(sample, rng.next() < odds / (1 + odds) ? 'pass' : 'fail'),
          );
        }
      }
      // The CMH test and its interval are closed-form; the resampled sections (permutation test,
      // bootstraps, power) are not under test here, so they get few draws: the file stays fast.
      return analyzeRun({
        ...base,
        tasks: tiers,
        samples,
        executions,
        permutations: 500,
        bootstrap: 100,
        periodicityPermutations: 99,
        powerSimulations: 10,
      });
    }

    it('finds a planted degradation and brackets its odds ratio', () => {
      const planted = experiment(0.2, 1);
      const effect = planted.boundaryEffects.find((e) => e.tier === 'complex');
      expect(effect?.cmhPHolm).toBeLessThan(0.001);
      expect(effect?.oddsRatioInterval?.low).toBeLessThan(0.2);
      expect(effect?.oddsRatioInterval?.high).toBeGreaterThan(0.2);
      expect(planted.findings).toContainEqual(
        expect.objectContaining({ kind: 'boundary-effect', tier: 'complex', verdict: 'worse' }),
      );
    });

    it('finds nothing beyond noise when nothing is planted', () => {
      const rejections = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter(
        (seed) =>
          (experiment(1, seed).boundaryEffects.find((e) => e.tier === 'complex')?.cmhPHolm ?? 1) <
          0.05,
      );
      expect(rejections.length).toBeLessThanOrEqual(2);
      expect(experiment(1, 11).findings).toContainEqual(
        expect.objectContaining({ kind: 'boundary-effect', tier: 'complex', verdict: 'none' }),
      );
    });
  });
});
