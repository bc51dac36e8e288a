import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_VALIDATION_ODDS_RATIO,
  runValidation,
  type ValidationResult,
} from '../../src/cli/simulation-validation.js';
import { checkTargets } from '../../src/cli/validation-targets.js';
import { createValidators } from '../../src/core/schemas.js';
import { loadCorpus } from '../../src/core/task-loader.js';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../helpers/capture-io.js';
import { bbench } from '../helpers/cli.js';

/**
 * Validation by simulation at a size that runs in `npm test` (about 15 s alone; `npm run validate`
 * runs 2,000 + 2,000 + 200 experiments). Each experiment: the bundled corpus (tasks/core) × 20 samples per task from the
 * simulated model's generator, verdicts drawn from its planted correctness, analysed by the real
 * pipeline.
 *
 * Tolerance: every target is widened by z = 3.5 binomial standard errors of its Monte Carlo estimate,
 * so a correct analysis fails a check by noise alone with probability Φ(−3.5) ≈ 2.3 × 10⁻⁴ (about 1 in
 * 430 runs over the ten noisy checks). With 500 experiments the SE is √(0.95·0.05/500) = 0.97 points
 * for coverage of the MH OR and of the local comparison's OR (accepted 89.6–100%) and √(0.05·0.95/500) = 0.97 points for the type-I errors of the CMH,
 * the permutation test, and Breslow–Day and the trend test when every tier has the same OR (0–10.4%); with 50 lattice experiments (64-token grid, and exact counts, both without spikes), scan
 * discoveries and false boundary spikes in at most 5% + 3.5·3.1 points of them;
 * power must be within 10 points (+3.5 SE ≈ 7.4) of the analysis's own prediction; a 64-token lattice
 * must be detected in every experiment and never reported as a boundary spike. Deterministic seeds make
 * the run reproducible, so a pass is not luck of the draw on this machine only.
 */
describe('validation by simulation', () => {
  let result: ValidationResult;
  beforeAll(async () => {
    const corpus = await loadCorpus(
      join(import.meta.dirname, '../../tasks/core'),
      createValidators(),
    );
    result = runValidation(corpus.tasks, {
      replications: { effect: 500, null: 500, lattice: 50 },
      samplesPerTask: 20,
      plantedOddsRatio: DEFAULT_VALIDATION_ODDS_RATIO,
      seed: 3,
    });
  });

  it('meets every target: coverage (MH OR, local OR), type-I error (CMH, permutation, Breslow–Day, trend), power, lattice', () => {
    const checks = checkTargets(result);
    expect(checks.map((c) => c.name)).toHaveLength(12);
    for (const c of checks) {
      expect
        .soft(c.measured, `${c.name}: measured ${c.measured}, accepted ${c.accepted.join('–')}`)
        .toBeGreaterThanOrEqual(c.accepted[0]);
      expect
        .soft(c.measured, `${c.name}: measured ${c.measured}, accepted ${c.accepted.join('–')}`)
        .toBeLessThanOrEqual(c.accepted[1]);
    }
  });

  it('recovers the planted odds ratio on average, and the checks can fail', () => {
    expect(Math.abs(Math.log(result.meanOddsRatio / DEFAULT_VALIDATION_ODDS_RATIO))).toBeLessThan(
      0.1,
    );
    // The same checks on a broken analysis (intervals that never cover) must fail.
    const broken = checkTargets({ ...result, coverage: { ...result.coverage, hits: 0, rate: 0 } });
    expect(broken.find((c) => c.name.startsWith('MH OR'))?.ok).toBe(false);
  });

  it('runs as `bbench validate`, printing the measurements and exiting 0', async () => {
    const run = await bbench(['validate', '-r', '10', '--json']);
    expect(run.exitCode, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      result: { coverage: { trials: number } };
      checks: unknown[];
    };
    expect(out.result.coverage.trials).toBe(10);
    expect(out.checks.length).toBeGreaterThanOrEqual(5);
  });
});

describe('bbench validate -q', () => {
  // A three-task corpus and ten experiments: some seeds miss a target by noise, which is what the
  // quiet form must then say (seeds 2 and 3 are fixed, so the outcome is too).
  const tiny = ['-r', '10', '--arm-replications', '10', '--tasks', 'test/fixtures/tasks-mini'];
  async function validate(args: string[]) {
    const io = captureIo(join(import.meta.dirname, '../..'));
    const code = await main(['validate', ...tiny, ...args], io);
    return { code, out: io.out(), err: io.err() };
  }

  it('prints one verdict line when every target is met, and no progress', async () => {
    const r = await validate(['--seed', '3', '-q']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Validation by simulation: all 16 targets met\.\n$/);
    expect(r.err).toBe('');
  });

  it('names each missed target with its measurement, as the JSON does, and exits 1', async () => {
    const quiet = await validate(['--seed', '2', '-q', '--format', 'json']);
    const json = await validate(['--seed', '2', '--format', 'json']);
    const checks = (JSON.parse(json.out) as { checks: { name: string; ok: boolean }[] }).checks;
    const missed = checks.filter((c) => !c.ok).map((c) => c.name);
    expect(missed.length).toBeGreaterThan(0);
    expect(quiet.code).toBe(1);
    expect(json.code).toBe(1);
    const lines = quiet.out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `Validation by simulation: ${missed.length} of ${checks.length} targets MISSED.`,
    );
    expect(lines.slice(1).map((l) => /^MISSED (.+): measured /.exec(l)?.[1])).toEqual(missed);
  });
});
