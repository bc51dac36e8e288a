import { describe, expect, it } from 'vitest';
import { mantelHaenszel } from '../../../src/analyze/mantel-haenszel.js';

describe('mantelHaenszel', () => {
  // R's documented example `mantelhaen.test(Rabbits)` (penicillin and rabbits, 5 strata; R datasets /
  // stats::mantelhaen.test help page): Mantel-Haenszel X-squared = 3.9286, df = 1, p-value = 0.04747,
  // common odds ratio 7, 95% CI 1.026713 to 47.725133.
  const rabbits = [
    { a: 0, c: 0, b: 6, d: 5 },
    { a: 3, c: 0, b: 3, d: 6 },
    { a: 6, c: 2, b: 0, d: 4 },
    { a: 5, c: 6, b: 1, d: 0 },
    { a: 2, c: 5, b: 0, d: 0 },
  ];

  it('matches the published R values on the Rabbits data', () => {
    const r = mantelHaenszel(rabbits);
    expect(r.chiSquare).toBeCloseTo(3.9286, 4);
    expect(r.pValue).toBeCloseTo(0.04747, 5);
    expect(r.oddsRatio).toBeCloseTo(7, 10);
    expect(r.oddsRatioInterval?.low).toBeCloseTo(1.026713, 5);
    expect(r.oddsRatioInterval?.high).toBeCloseTo(47.725133, 4);
  });

  it('counts only strata with both arms and both outcomes as informative', () => {
    expect(mantelHaenszel(rabbits).informativeStrata).toBe(3);
  });

  it('gives an odds ratio of 1 and a risk difference of 0 when the arms do not differ', () => {
    const r = mantelHaenszel([
      { a: 5, b: 5, c: 10, d: 10 },
      { a: 2, b: 8, c: 4, d: 16 },
    ]);
    expect(r.oddsRatio).toBeCloseTo(1, 12);
    expect(r.riskDifference).toBeCloseTo(0, 12);
    expect(r.pValue).toBeGreaterThan(0.5);
  });

  it('computes the MH risk difference as the weighted within-stratum difference', () => {
    // One stratum: 2/10 vs 8/10 → −0.6 exactly.
    expect(mantelHaenszel([{ a: 2, b: 8, c: 8, d: 2 }]).riskDifference).toBeCloseTo(-0.6, 12);
  });

  it('returns nulls instead of infinities when a cell sum is zero', () => {
    const r = mantelHaenszel([{ a: 3, b: 0, c: 4, d: 4 }]);
    expect(r.oddsRatio).toBeNull();
    expect(r.oddsRatioInterval).toBeNull();
  });
});
