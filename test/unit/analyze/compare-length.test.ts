import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/analyze/compare-runs.js';
import type { GateRule } from '../../../src/analyze/regression-gate.js';
import type { Tier } from '../../../src/core/records.js';
import { createValidators } from '../../../src/core/schemas.js';
import { tokenFactorRuns } from '../../helpers/token-factor-runs.js';

const ids = Array.from({ length: 40 }, (_, i) => `task-${i}`);
const tiers = new Map<string, { tier: Tier | null }>(
  ids.map((id, i) => [id, { tier: (['simple', 'moderate', 'complex'] as const)[i % 3] ?? null }]),
);

const compare = (factor: number, gate: GateRule[] = [{ kind: 'tokens-rise', threshold: 20 }]) => {
  const { a, b } = tokenFactorRuns(ids, tiers, factor);
  const prices = { test: { input: 1, output: 10 } };
  return compareRuns({
    a: { ...a, prices },
    b: { ...b, prices },
    boundaries: [516],
    tolerance: 0,
    ks: [],
    seed: 5,
    bootstrapResamples: 2000,
    permutationResamples: 2000,
    alpha: 0.05,
    gate,
  });
};

describe('compare: length and cost next to quality', () => {
  it('recovers a planted token factor within its CI when pass rates match, and the gate fires', () => {
    const c = compare(1.8);
    expect(createValidators().comparison(c)).toBe(true);
    const r = c.lengthCost.reasoningTokens;
    expect(r.tasks).toBe(40);
    expect(r.interval!.low).toBeLessThanOrEqual(1.8);
    expect(r.interval!.high).toBeGreaterThanOrEqual(1.8);
    expect(Math.abs(r.ratio! - 1.8)).toBeLessThan(0.1);
    expect(r.pValue).toBeLessThan(0.01);
    const pass = c.deltas.find((d) => d.tier === 'all' && d.k === 1)!;
    expect(pass.delta).toBe(0);
    expect(c.lengthCost.tokensPerSolved.ratio).toBeGreaterThan(1.5);
    expect(c.lengthCost.costPerSolved?.ratio).toBeGreaterThan(1.5);
    expect(c.lengthCost.latencyMs.ratio).toBeGreaterThan(1.2);
    expect(c.verdict.join('\n')).toMatch(
      /pass@1 unchanged \(Δ \+0\.0 points.*\); reasoning tokens ×1\.\d\d \[.*tokens-b spends more reasoning for the same quality/,
    );
    expect(c.gate).toEqual([expect.objectContaining({ rule: 'tokens-rise=20', crossed: true })]);
  });

  it('does not fire tokens-rise on a rise below the threshold, nor on no change', () => {
    expect(compare(1.1).gate[0]?.crossed).toBe(false);
    const same = compare(1);
    expect(same.gate[0]?.crossed).toBe(false);
    expect(same.lengthCost.reasoningTokens.pValue).toBeGreaterThan(0.05);
  });

  it('cost-rise needs prices in both runs and then fires on a planted rise', () => {
    const c = compare(1.8, [{ kind: 'cost-rise', threshold: 30 }]);
    expect(c.gate[0]).toMatchObject({ rule: 'cost-rise=30', crossed: true });
    const { a, b } = tokenFactorRuns(ids, tiers, 1.8);
    const unpriced = compareRuns({
      a,
      b,
      boundaries: [516],
      tolerance: 0,
      ks: [],
      seed: 5,
      bootstrapResamples: 500,
      permutationResamples: 500,
      alpha: 0.05,
      gate: [{ kind: 'cost-rise', threshold: 30 }],
    });
    expect(unpriced.lengthCost.costPerSolved).toBeNull();
    expect(unpriced.gate[0]).toMatchObject({
      crossed: false,
      detail: expect.stringMatching(/prices/),
    });
  });
});
