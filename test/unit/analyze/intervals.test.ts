import { describe, expect, it } from 'vitest';
import {
  clusteredMean,
  holmAdjust,
  median,
  wilsonInterval,
} from '../../../src/analyze/intervals.js';
import { passAtK, passAtKForTask } from '../../../src/analyze/pass-at-k.js';
import { binomialUpperTail } from '../../../src/analyze/distributions.js';

describe('wilsonInterval', () => {
  // Newcombe (1998), Statistics in Medicine 17:857, Table I: 0/10 → 0 to 0.2775; 81/263 → 0.2553 to 0.3662.
  it('matches Newcombe’s published values', () => {
    const zero = wilsonInterval(0, 10);
    expect(zero?.low).toBeCloseTo(0, 4);
    expect(zero?.high).toBeCloseTo(0.2775, 4);
    const mid = wilsonInterval(81, 263);
    expect(mid?.low).toBeCloseTo(0.2553, 4);
    expect(mid?.high).toBeCloseTo(0.3662, 4);
  });
  it('is null without observations', () => expect(wilsonInterval(0, 0)).toBeNull());
});

describe('clusteredMean', () => {
  it('uses the task-clustered standard error √(Σ(p̂_t − p̂)² / (T(T−1)))', () => {
    const { mean, interval } = clusteredMean([0.2, 0.4, 0.6, 0.8]);
    expect(mean).toBeCloseTo(0.5, 12);
    const se = Math.sqrt((0.09 + 0.01 + 0.01 + 0.09) / 12);
    expect(interval?.high).toBeCloseTo(0.5 + 1.959964 * se, 5);
  });
  it('gives no interval for a single task', () => expect(clusteredMean([0.5]).interval).toBeNull());
});

describe('holmAdjust', () => {
  it('steps down and keeps monotonicity, leaving nulls alone', () => {
    const adjusted = holmAdjust([0.01, null, 0.04, 0.03]);
    expect(adjusted[0]).toBeCloseTo(0.03, 12);
    expect(adjusted[1]).toBeNull();
    expect(adjusted[2]).toBeCloseTo(0.06, 12);
    expect(adjusted[3]).toBeCloseTo(0.06, 12);
  });
});

describe('median', () => {
  it('averages the middle pair', () => expect(median([4, 1, 3, 2])).toBe(2.5));
});

describe('pass@k', () => {
  it('is the unbiased estimator 1 − C(n−c, k)/C(n, k)', () => {
    expect(passAtKForTask(10, 3, 1)).toBeCloseTo(0.3, 12);
    expect(passAtKForTask(10, 3, 5)).toBeCloseTo(1 - 21 / 252, 12);
    expect(passAtKForTask(10, 8, 5)).toBe(1);
  });
  it('is null, never 1.0, when n < k', () => {
    expect(passAtKForTask(3, 3, 5)).toBeNull();
    const overall = passAtK(
      new Map([
        ['a', { n: 10, c: 2 }],
        ['b', { n: 3, c: 3 }],
      ]),
      5,
    );
    expect(overall.value).toBeNull();
    expect(overall.nullReason).toContain('task b has 3');
  });
});

describe('binomialUpperTail', () => {
  it('is P(X ≥ k)', () => {
    // P(X ≥ 9 | n = 10, p = 0.5) = 11/1024.
    expect(binomialUpperTail(9, 10, 0.5)).toBeCloseTo(11 / 1024, 12);
    expect(binomialUpperTail(0, 10, 0.5)).toBe(1);
  });
});
