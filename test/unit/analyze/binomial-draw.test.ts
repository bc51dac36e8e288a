import { describe, expect, it } from 'vitest';
import { binomialSampler, drawBinomial } from '../../../src/analyze/binomial-draw.js';
import { createRng } from '../../../src/core/rng.js';

describe('binomialSampler', () => {
  // Every branch of drawBinomial and its edges: empty, certain, the exact loop (n ≤ 40), the
  // inversion (variance < 30, including a first pmf that underflows to 0) and the normal.
  const cases: [number, number][] = [
    [0, 0.5],
    [10, 0],
    [10, 1],
    [40, 0.3],
    [41, 0.3],
    [60, 0.05],
    [124, 0.33],
    [125, 0.34],
    [1000, 0.004],
    [1000, 0.985],
    [5000, 0.999],
    [300, 0.5],
    [2000, 0.2],
  ];

  it.each(cases)('draws what drawBinomial draws, from the same stream (n = %i, p = %f)', (n, p) => {
    const a = createRng('binomial', n, p);
    const b = createRng('binomial', n, p);
    const draw = binomialSampler(n, p);
    const fast = Array.from({ length: 3000 }, () => draw(a));
    const slow = Array.from({ length: 3000 }, () => drawBinomial(n, p, b));
    expect(fast).toEqual(slow);
    // And the streams are left at the same place.
    expect(a.next()).toBe(b.next());
  });

  it('draws around n·p', () => {
    const rng = createRng('binomial-mean');
    const draw = binomialSampler(1000, 0.01);
    const mean = Array.from({ length: 4000 }, () => draw(rng)).reduce((x, y) => x + y, 0) / 4000;
    expect(mean).toBeGreaterThan(9.5);
    expect(mean).toBeLessThan(10.5);
  });
});
