import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  runMixedLatticeValidation,
  type MixedLatticeResult,
} from '../../src/cli/mixed-lattice-validation.js';
import { createValidators } from '../../src/core/schemas.js';
import { loadCorpus } from '../../src/core/task-loader.js';

/**
 * Validation by simulation of the lattice rule (issue 17): 200 experiments, each with three models on
 * a 64-token lattice next to three exact models (the bundled corpus × 2 samples per task and model),
 * no atom and no boundary effect anywhere. Every scan discovery is false, so the share of experiments
 * with one must stay within the BH rate: q = 5% widened by 3.5 binomial standard errors
 * (√(0.05·0.95/200) = 1.54 points, so at most 10.4%). The old pooled scan at g = 1 listed spikes at
 * nearly every multiple of 64 in every such experiment. No boundary spike finding may appear.
 */
describe('validation by simulation: a mixture of reporting lattices', () => {
  let result: MixedLatticeResult;
  beforeAll(async () => {
    const corpus = await loadCorpus(
      join(import.meta.dirname, '../../tasks/core'),
      createValidators(),
    );
    result = runMixedLatticeValidation(corpus.tasks, {
      replications: 200,
      samplesPerTask: 2,
      seed: 17,
    });
  }, 900_000);

  it('gives every model its own lattice in every experiment', () => {
    expect(result.latticesRight).toBe(200);
  });

  it('keeps false scan discoveries within the BH rate, never at a lattice value, and finds no boundary spike', () => {
    const { rate, se } = result.scanDiscoveries;
    expect(rate, `${result.scanDiscoveries.hits} of 200 experiments`).toBeLessThanOrEqual(
      0.05 + 3.5 * se,
    );
    expect(result.latticeValueDiscoveries).toBe(0);
    expect(result.boundarySpikeFindings).toBe(0);
  });
});
