import { describe, expect, it } from 'vitest';
import { boundaryHazards } from '../../../src/analyze/hazard.js';
import { detectLattice } from '../../../src/analyze/lattice.js';
import { createRng } from '../../../src/core/rng.js';

/** A smooth body of lengths from a seeded log-normal, spread over 20 tasks. */
function smoothLengths(n: number, seed: number) {
  const rng = createRng('test-lengths', seed);
  return Array.from({ length: n }, (_, i) => ({
    length: Math.max(1, Math.round(900 * Math.exp(0.5 * rng.normal()))),
    taskId: `t${i % 20}`,
  }));
}

describe('detectLattice', () => {
  it('finds a 64-token reporting grid', () => {
    expect(detectLattice(smoothLengths(500, 1).map((o) => Math.ceil(o.length / 64) * 64)).g).toBe(
      64,
    );
  });
  it('reports g = 1 for exact counts', () =>
    expect(detectLattice(smoothLengths(500, 2).map((o) => o.length)).g).toBe(1));
  it('needs at least 30 non-zero counts, ignoring zeros and nulls', () => {
    const few = detectLattice([...Array(29).fill(128), 0, null]);
    expect(few.g).toBe(1);
    expect(few.nonZeroCounts).toBe(29);
    expect(detectLattice(Array(30).fill(128)).g).toBe(128);
  });
});

describe('boundaryHazards', () => {
  it('flags a planted atom and leaves an unplanted boundary alone', () => {
    const body = smoothLengths(4000, 3);
    const rng = createRng('plant', 3);
    // A fifth of the samples that reach 516 stop there.
    const planted = body.map((o) =>
      o.length >= 516 && rng.next() < 0.2 ? { ...o, length: 516 } : o,
    );
    const [at516, at1034] = boundaryHazards(planted, [516, 1034], 1);
    expect(at516?.hazard).toBeGreaterThan(0.15);
    expect(at516?.pHolm).toBeLessThan(1e-6);
    expect(at516?.distinctTasks).toBe(20);
    expect(at1034?.pHolm).toBeGreaterThan(0.05);
  });

  it('computes h(v) = n(v)/n(≥v), its excess mass and the neighbour median on a hand-made example', () => {
    // Lengths 1..20 once each, plus four extra samples at 10. n(10) = 5, n(≥10) = 15.
    const obs = [...Array.from({ length: 20 }, (_, i) => i + 1), 10, 10, 10, 10].map((length) => ({
      length,
      taskId: 't',
    }));
    const [h] = boundaryHazards(obs, [10], 1);
    expect(h?.atBoundary).toBe(5);
    expect(h?.reached).toBe(15);
    expect(h?.hazard).toBeCloseTo(5 / 15, 12);
    // Neighbours 1..9 and 11..20 each have n = 1 and n(≥v) = 21 − v + (v ≤ 10 ? 4 : 0); the median of those hazards:
    const neighbours = [
      ...Array.from({ length: 9 }, (_, i) => 1 / (25 - (i + 1))),
      ...Array.from({ length: 10 }, (_, i) => 1 / (21 - (i + 11))),
    ].sort((a, b) => a - b);
    expect(h?.baselineHazard).toBeCloseTo(neighbours[9]!, 12);
    expect(h?.baselineMethod).toBe('median');
    expect(h?.excessMass).toBeCloseTo((5 - 15 * neighbours[9]!) / 24, 12);
  });

  it('steps through neighbours by the lattice, so a 64-grid is not a spike at every multiple', () => {
    const gridded = smoothLengths(4000, 4).map((o) => ({
      ...o,
      length: Math.ceil(o.length / 64) * 64,
    }));
    const [h] = boundaryHazards(gridded, [512], 64);
    expect(h?.pHolm).toBeGreaterThan(0.01);
    const [wrong] = boundaryHazards(gridded, [512], 1);
    expect(wrong?.baselineMethod).toBe('pooled');
  });

  it('falls back to a pooled baseline when every neighbour hazard is zero', () => {
    const obs = [100, 100, 100, 200].map((length) => ({ length, taskId: 't' }));
    const [h] = boundaryHazards(obs, [100], 1);
    expect(h?.baselineMethod).toBe('pooled');
    expect(h?.baselineHazard).toBeGreaterThan(0);
  });
});
