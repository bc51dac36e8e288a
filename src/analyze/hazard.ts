import type { BoundaryHazard } from '../core/analysis-record.js';
import { binomialUpperTail } from './distributions.js';
import { median } from './intervals.js';
import { countValues, nAt, nAtLeast, type LengthCounts } from './length-counts.js';
import { holmAdjust } from './multiple-testing.js';

/** One sample's reasoning length and task, as the hazard needs them. */
export interface LengthObservation {
  length: number;
  taskId: string;
}

const NEIGHBOURS = 10;

/** The baseline hazard h0(v): the median hazard of the lattice neighbours v ± g … v ± 10g. */
export function baselineAt(c: LengthCounts, v: number, g: number): { baseline: number | null; method: BoundaryHazard['baselineMethod'] } {
  const hazards: number[] = [];
  let n = 0;
  let r = 0;
  for (let k = 1; k <= NEIGHBOURS; k++) {
    for (const u of [v - k * g, v + k * g]) {
      const reached = u > 0 ? nAtLeast(c, u) : 0;
      if (reached > 0) {
        const at = nAt(c, u);
        hazards.push(at / reached);
        n += at;
        r += reached;
      }
    }
  }
  const m = median(hazards);
  if (m === null) return { baseline: null, method: 'none' };
  // A median of 0 (sparse data) would make every atom significant; fall back to the smoothed pooled hazard.
  if (m === 0) return { baseline: (n + 0.5) / (r + 1), method: 'pooled' };
  return { baseline: m, method: 'median' };
}

/**
 * The discrete hazard at v (ANALYSIS.md §3): h(v) = n(v) / n(≥v) against h0(v), a one-sided binomial
 * test, the hazard ratio and the excess mass (n(v) − n(≥v)·h0) / N. `distinctTasks` is filled by the caller.
 */
export function hazardAt(c: LengthCounts, v: number, g: number): BoundaryHazard {
  const atBoundary = nAt(c, v);
  const reached = nAtLeast(c, v);
  const hazard = reached > 0 ? atBoundary / reached : null;
  const { baseline, method } = baselineAt(c, v, g);
  const usable = hazard !== null && baseline !== null;
  return {
    boundary: v,
    atBoundary,
    reached,
    hazard,
    baselineHazard: baseline,
    baselineMethod: method,
    hazardRatio: usable && baseline > 0 ? hazard / baseline : null,
    excessMass: usable && c.total > 0 ? (atBoundary - reached * baseline) / c.total : null,
    pValue: usable ? binomialUpperTail(atBoundary, reached, baseline) : null,
    pHolm: null,
    distinctTasks: 0,
  };
}

/** Hazards at the configured boundaries, Holm-adjusted over them. */
export function hazardsAt(c: LengthCounts, boundaries: readonly number[], g: number, distinctTasks: (v: number) => number): BoundaryHazard[] {
  const rows = boundaries.map((b) => ({ ...hazardAt(c, b, g), distinctTasks: distinctTasks(b) }));
  const adjusted = holmAdjust(rows.map((r) => r.pValue));
  return rows.map((r, i) => ({ ...r, pHolm: adjusted[i] ?? null }));
}

/** Convenience over plain observations (tests and small inputs). */
export function boundaryHazards(observations: readonly LengthObservation[], boundaries: readonly number[], g: number): BoundaryHazard[] {
  const c = countValues(observations.map((o) => o.length));
  return hazardsAt(c, boundaries, g, (v) => new Set(observations.filter((o) => o.length === v).map((o) => o.taskId)).size);
}
