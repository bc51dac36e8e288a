import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkArmTargets,
  runArmValidation,
  type ArmValidationResult,
} from '../../src/cli/arm-validation.js';
import {
  demoRecovery,
  plantedTokenRatio,
  simulateDemo,
  type DemoRecovery,
} from '../../src/cli/demo-power.js';
import { RUN_DEFAULTS } from '../../src/core/run-defaults.js';
import { DEFAULT_SIMULATED_CONFIG } from '../../src/providers/simulated.js';
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

/**
 * The demo runs one seed in the sandbox (test/integration/demo.test.ts); here its design runs with
 * planted verdicts (the sandbox agrees with them: a correct answer is the reference, a wrong one a
 * mutant the tests kill) on seeds it does not use, so a planted curve that only one seed recovers
 * fails here. Over 100 seeds the defaults were recovered in every one (README "Arms").
 */
describe("the demo's design recovers what it plants on other seeds (planted verdicts, no sandbox)", () => {
  const everything: DemoRecovery = {
    complexArmEffect: true,
    simpleArmNull: true,
    tokenRatioCovered: true,
    complexBoundaryEffect: true,
    otherTiersBoundaryNull: true,
  };
  const corpus = () =>
    loadCorpus(join(import.meta.dirname, '../../tasks/core'), createValidators());

  it.each([
    [2, RUN_DEFAULTS.samples.demo],
    [3, RUN_DEFAULTS.samples.demo],
    [2, 12],
  ])(
    'seed %i, %i samples per task: Δ pass@1 of high against low effort is significant on complex tasks and not on simple ones, the token ratio is within its CI, and the boundary effect is found on complex tasks only',
    async (seed, samples) => {
      const { tasks } = await corpus();
      const config = { ...DEFAULT_SIMULATED_CONFIG, seed };
      const analysis = simulateDemo(tasks, config, samples);
      expect(demoRecovery(analysis, plantedTokenRatio(config, tasks))).toEqual(everything);
    },
    120_000,
  );

  it('fails when nothing is planted: with no effort shift the complex Δ is not recovered', async () => {
    const { tasks } = await corpus();
    const flat = { simple: 0, moderate: 0, complex: 0 };
    const { scaling } = DEFAULT_SIMULATED_CONFIG;
    const config = {
      ...DEFAULT_SIMULATED_CONFIG,
      seed: 2,
      scaling: {
        ...scaling,
        efforts: {
          low: { ...scaling.efforts.low!, logit: flat },
          high: { ...scaling.efforts.high!, logit: flat },
        },
      },
    };
    const analysis = simulateDemo(tasks, config, RUN_DEFAULTS.samples.demo);
    expect(demoRecovery(analysis, plantedTokenRatio(config, tasks)).complexArmEffect).toBe(false);
  }, 120_000);
});
