import type { BoundaryHazard } from '../core/analysis-record.js';
import { binomialUpperTailContinuous } from './distributions.js';
import { median } from './intervals.js';
import { countValues, nAt, nAtLeast, type LengthCounts } from './length-counts.js';
import { holmAdjust } from './multiple-testing.js';

/** One sample's reasoning length and task, as the hazard needs them. */
export interface LengthObservation {
  length: number;
  taskId: string;
}

const NEIGHBOURS = 10;

export interface Baseline {
  baseline: number | null;
  method: BoundaryHazard['baselineMethod'];
  /** Pearson dispersion of the neighbours around h0, at least 1: the design effect of task-clustered samples. */
  dispersion: number;
  /** Neighbours below and above v that some sample reached. */
  below: number;
  above: number;
}

/** The baseline hazard h0(v): the median hazard of the lattice neighbours v ± g … v ± 10g. */
export function baselineAt(c: LengthCounts, v: number, g: number): Baseline {
  const hazards: number[] = [];
  const cells: { at: number; reached: number }[] = [];
  let below = 0,
    above = 0,
    n = 0,
    r = 0;
  for (let k = 1; k <= NEIGHBOURS; k++) {
    for (const u of [v - k * g, v + k * g]) {
      const reached = u > 0 ? nAtLeast(c, u) : 0;
      if (reached === 0) continue;
      const at = nAt(c, u);
      hazards.push(at / reached);
      cells.push({ at, reached });
      n += at;
      r += reached;
      if (u < v) below += 1;
      else above += 1;
    }
  }
  const m = median(hazards);
  if (m === null) return { baseline: null, method: 'none', dispersion: 1, below, above };
  // A median of 0 (sparse data) would make every atom significant; fall back to the smoothed pooled hazard.
  const baseline = m === 0 ? (n + 0.5) / (r + 1) : m;
  let chi = 0;
  for (const cell of cells)
    chi += (cell.at - cell.reached * baseline) ** 2 / (cell.reached * baseline * (1 - baseline));
  const dispersion = cells.length > 1 && baseline < 1 ? Math.max(1, chi / (cells.length - 1)) : 1;
  return { baseline, method: m === 0 ? 'pooled' : 'median', dispersion, below, above };
}

/**
 * The discrete hazard at v (docs/analysis.md §3): h(v) = n(v) / n(≥v) against h0(v), a one-sided binomial
 * test, the hazard ratio and the excess mass (n(v) − n(≥v)·h0) / N. Samples come in clusters (a task's
 * samples share a typical length), so counts vary more than binomially; the test divides n(v) and
 * n(≥v) by the neighbours' dispersion, as Rao & Scott (1992) do with a design effect, which keeps it
 * calibrated (checked by the validation by simulation). `distinctTasks` is filled by the caller.
 */
export function hazardAt(
  c: LengthCounts,
  v: number,
  g: number,
  base: Baseline = baselineAt(c, v, g),
): BoundaryHazard {
  const atBoundary = nAt(c, v);
  const reached = nAtLeast(c, v);
  const hazard = reached > 0 ? atBoundary / reached : null;
  const { baseline, method, dispersion } = base;
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
    dispersion,
    pValue: usable
      ? binomialUpperTailContinuous(atBoundary / dispersion, reached / dispersion, baseline)
      : null,
    pHolm: null,
    distinctTasks: 0,
  };
}

/** Hazards at the configured boundaries, Holm-adjusted over them. */
export function hazardsAt(
  c: LengthCounts,
  boundaries: readonly number[],
  g: number,
  distinctTasks: (v: number) => number,
): BoundaryHazard[] {
  const rows = boundaries.map((b) => ({ ...hazardAt(c, b, g), distinctTasks: distinctTasks(b) }));
  const adjusted = holmAdjust(rows.map((r) => r.pValue));
  return rows.map((r, i) => ({ ...r, pHolm: adjusted[i] ?? null }));
}

/** Convenience over plain observations (tests and small inputs). */
export function boundaryHazards(
  observations: readonly LengthObservation[],
  boundaries: readonly number[],
  g: number,
): BoundaryHazard[] {
  const c = countValues(observations.map((o) => o.length));
  return hazardsAt(
    c,
    boundaries,
    g,
    (v) => new Set(observations.filter((o) => o.length === v).map((o) => o.taskId)).size,
  );
}
