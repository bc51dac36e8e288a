import type { BoundaryHazard, SpikeSupport } from '../core/spike-record.js';
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

/**
 * The least support for a spike verdict (docs/analysis.md §3): below it a hazard, however extreme, is "not
 * enough data". One session with a single call at 516 has hazard 100% and a tiny p against a prior
 * baseline; it is not evidence of an atom.
 */
export const SPIKE_MIN = { hits: 5, tasks: 3, reached: 20, neighboursPerSide: 3 } as const;

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
  // A median of 0 (sparse data) would make every atom significant; fall back to the pooled neighbour
  // hazard with a prior of half a stop in one reach, (Σ n(u) + ½) / (Σ n(≥u) + 1), never 0.
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
  return hazardOf(v, nAt(c, v), nAtLeast(c, v), c.total, base);
}

function hazardOf(
  v: number,
  atBoundary: number,
  reached: number,
  total: number,
  base: Baseline,
): BoundaryHazard {
  const hazard = reached > 0 ? atBoundary / reached : null;
  const { baseline, method, dispersion } = base;
  const usable = hazard !== null && baseline !== null;
  const support: SpikeSupport =
    atBoundary < SPIKE_MIN.hits
      ? 'too_few_hits'
      : reached < SPIKE_MIN.reached
        ? 'too_few_reached'
        : base.below < SPIKE_MIN.neighboursPerSide || base.above < SPIKE_MIN.neighboursPerSide
          ? 'one_sided_baseline'
          : 'enough';
  return {
    boundary: v,
    atBoundary,
    reached,
    hazard,
    baselineHazard: baseline,
    baselineMethod: method,
    hazardRatio: usable && baseline > 0 ? hazard / baseline : null,
    excessMass: usable && total > 0 ? (atBoundary - reached * baseline) / total : null,
    dispersion,
    pValue: usable
      ? binomialUpperTailContinuous(atBoundary / dispersion, reached / dispersion, baseline)
      : null,
    pHolm: null,
    distinctTasks: 0,
    support,
  };
}

/** Fills in the distinct tasks at v, which a spike verdict also needs (at least 3). */
export function withDistinctTasks<H extends BoundaryHazard>(h: H, tasks: number): H {
  return {
    ...h,
    distinctTasks: tasks,
    support: h.support === 'enough' && tasks < SPIKE_MIN.tasks ? 'too_few_tasks' : h.support,
  };
}

/** A spike verdict: significant (at `alpha`, adjusted) and supported; else none, or not enough data. */
export function spikeVerdict(
  h: Pick<BoundaryHazard, 'pHolm' | 'support'>,
  alpha: number,
): 'spike' | 'no spike' | 'not enough data' {
  if (h.support !== 'enough') return 'not enough data';
  return h.pHolm !== null && h.pHolm < alpha ? 'spike' : 'no spike';
}

/** Counts of one lattice group: its step g and its samples' lengths. */
export interface LatticeCounts {
  g: number;
  counts: LengthCounts;
}

/**
 * The hazard at v pooled over lattice groups, each judged at its own grain (docs/analysis.md §2): only
 * groups whose lattice holds v count (the others cannot stop there), each with its own baseline
 * h0_g(v); the pooled baseline is Σ n_g(≥v)·h0_g / Σ n_g(≥v), the expected stops over the reached. A
 * sum of binomials is less variable than one binomial at their mean, so the test stays conservative.
 * With one group this is exactly {@link hazardAt}. When no group's lattice holds v, all are used (the
 * caveats then say v is off the lattice).
 */
export function pooledHazardAt(groups: readonly LatticeCounts[], v: number): BoundaryHazard {
  const on = groups.filter((x) => v % x.g === 0);
  const used = on.length > 0 ? on : groups;
  if (used.length === 1) return hazardAt(used[0]!.counts, v, used[0]!.g);
  let at = 0,
    reached = 0,
    expected = 0,
    dispersion = 1,
    below = 0,
    above = 0,
    pooledMethod = false;
  for (const { g, counts } of used) {
    const base = baselineAt(counts, v, g);
    at += nAt(counts, v);
    reached += nAtLeast(counts, v);
    below = Math.max(below, base.below);
    above = Math.max(above, base.above);
    // A group without a baseline reached nothing around v; its reaches would have no expected stops.
    if (base.baseline === null) continue;
    expected += nAtLeast(counts, v) * base.baseline;
    dispersion = Math.max(dispersion, base.dispersion);
    if (base.method === 'pooled') pooledMethod = true;
  }
  const total = groups.reduce((n, x) => n + x.counts.total, 0);
  const baseline = reached > 0 && expected > 0 ? expected / reached : null;
  return hazardOf(v, at, reached, total, {
    baseline,
    method: baseline === null ? 'none' : pooledMethod ? 'pooled' : 'median',
    dispersion,
    below,
    above,
  });
}

/** Hazards at the configured boundaries, Holm-adjusted over them. */
export function hazardsAt(
  c: LengthCounts,
  boundaries: readonly number[],
  g: number,
  distinctTasks: (v: number) => number,
): BoundaryHazard[] {
  return pooledHazardsAt([{ g, counts: c }], boundaries, distinctTasks);
}

/** Hazards at the configured boundaries over lattice groups ({@link pooledHazardAt}), Holm-adjusted. */
export function pooledHazardsAt(
  groups: readonly LatticeCounts[],
  boundaries: readonly number[],
  distinctTasks: (v: number) => number,
): BoundaryHazard[] {
  const rows = boundaries.map((b) =>
    withDistinctTasks(pooledHazardAt(groups, b), distinctTasks(b)),
  );
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
