import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkArmTargets,
  runArmValidation,
  type ArmValidationResult,
} from '../../src/cli/arm-validation.js';
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
