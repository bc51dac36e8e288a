import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAnalysisOptions } from '../../src/analyze/analysis-options.js';
import { analyzeTable } from '../../src/analyze/analyze-run.js';
import {
  checkArmTargets,
  runArmValidation,
  simulateArmsTable,
  type ArmValidationResult,
} from '../../src/cli/arm-validation.js';
import { RUN_DEFAULTS } from '../../src/core/run-defaults.js';
import { DEFAULT_SIMULATED_CONFIG } from '../../src/providers/simulated.js';
import { plantedArms } from '../../src/providers/simulated-expectation.js';
import { createValidators } from '../../src/core/schemas.js';
import { loadCorpus } from '../../src/core/task-loader.js';

/**
 * Validation by simulation of the arm statistics at a size `npm test` can afford (80 experiments with
 * the planted scaling curve and 80 with identical arms; `npm run validate` runs 400 + 400). Every
 * target is widened by 3.5 Monte Carlo standard errors (2.4 points at 80 experiments for a 95%
 * coverage, so 85.4–100% is accepted; 0–12.7% for a type-I error), so a correct analysis fails by
 * noise alone about once in 2,000 runs per check. Seeds are fixed, so a pass reproduces.
 */
describe('validation by simulation: arms', () => {
  let result: ArmValidationResult;
  beforeAll(async () => {
    const corpus = await loadCorpus(
      join(import.meta.dirname, '../../tasks/core'),
      createValidators(),
    );
    result = runArmValidation(corpus.tasks, {
      replications: 80,
      samplesPerTask: 10,
      seed: 5,
      resamples: 500,
      truthDraws: 40,
    });
  }, 900_000);

  it('covers the planted Δ pass@1 and token ratio about 95% of the time, and rejects identical arms about α of the time', () => {
    for (const c of checkArmTargets(result))
      expect
        .soft(c.ok, `${c.name}: measured ${c.measured}, accepted ${c.accepted.join('–')}`)
        .toBe(true);
  });

  it('estimates the planted scaling curve without bias', () => {
    // Effort high reasons about twice as long as effort low once boundary stops and the cap are applied.
    expect(result.trueTokenRatio).toBeGreaterThan(1.5);
    expect(Math.abs(result.meanTokenRatio / result.trueTokenRatio - 1)).toBeLessThan(0.02);
    expect(result.truePassDelta).toBeGreaterThan(0);
    expect(Math.abs(result.meanPassDelta - result.truePassDelta)).toBeLessThan(0.01);
  });
});

describe("the demo's design recovers the planted scaling curve (planted verdicts, no sandbox)", () => {
  it('Δ pass@1 of high against low effort is significant on complex tasks and not on simple ones; the token ratio is within its CI', async () => {
    const corpus = await loadCorpus(
      join(import.meta.dirname, '../../tasks/core'),
      createValidators(),
    );
    const arms = [
      { id: 'effort=low', effort: 'low' },
      { id: 'effort=high', effort: 'high' },
    ];
    const config = { ...DEFAULT_SIMULATED_CONFIG, seed: 1 };
    const table = simulateArmsTable(corpus.tasks, config, arms, RUN_DEFAULTS.samples.demo);
    const analysis = analyzeTable(
      table,
      resolveAnalysisOptions({
        runId: 'demo-design',
        tasks: new Map(corpus.tasks.map((t) => [t.task_id, { tier: t.tier }])),
        boundaries: config.boundaries,
        tolerance: 0,
        ks: [1],
        planted: null,
        seed: 1,
        powerSimulations: 0,
      }),
    );
    const planted = plantedArms(
      config,
      corpus.tasks,
      arms.map((a) => ({ id: a.id, reasoningEffort: a.effort, thinkingBudget: null })),
    );
    const tier = (t: string) => analysis.arms!.comparisons[0]!.tiers.find((d) => d.tier === t)!;
    expect(tier('complex').passPHolm).toBeLessThan(0.05);
    expect(tier('complex').passDelta).toBeGreaterThan(0);
    expect(tier('simple').passPHolm).toBeGreaterThan(0.05);
    const plantedRatio =
      planted.find((p) => p.arm === 'effort=high' && p.tier === 'all')!.meanReasoning /
      planted.find((p) => p.arm === 'effort=low' && p.tier === 'all')!.meanReasoning;
    expect(tier('all').tokenInterval!.low).toBeLessThanOrEqual(plantedRatio);
    expect(tier('all').tokenInterval!.high).toBeGreaterThanOrEqual(plantedRatio);
    // The boundary question still has its answer next to the frontier.
    const complex = analysis.boundaryEffects.find((e) => e.tier === 'complex')!;
    expect(complex.cmhPHolm).toBeLessThan(0.05);
    for (const t of ['simple', 'moderate'])
      expect(analysis.boundaryEffects.find((e) => e.tier === t)!.cmhPHolm!).toBeGreaterThan(0.05);
  });
});
