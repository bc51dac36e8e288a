import type { BoundaryHazard } from '../core/analysis-record.js';
import { binomialUpperTail } from './distributions.js';
import { holmAdjust, median } from './intervals.js';

/** One sample's reasoning length and task, as the hazard needs them. */
export interface LengthObservation {
  length: number;
  taskId: string;
}

const NEIGHBOURS = 10;

/**
 * The discrete hazard at each boundary (ANALYSIS.md §3): h(v) = n(v) / n(≥v), against the median
 * hazard of the lattice neighbours v ± g … v ± 10g. When that median is 0 (sparse data) a one-sided
 * test against 0 would call every atom significant, so the baseline falls back to the pooled
 * neighbour hazard with a half-count of smoothing, and says so in `baselineMethod`.
 */
export function boundaryHazards(observations: readonly LengthObservation[], boundaries: readonly number[], g: number): BoundaryHazard[] {
  const sorted = observations.map((o) => o.length).sort((a, b) => a - b);
  const total = sorted.length;
  const atValue = new Map<number, number>();
  for (const v of sorted) atValue.set(v, (atValue.get(v) ?? 0) + 1);
  const reachedAt = (v: number) => total - lowerBound(sorted, v);

  const rows = boundaries.map((boundary): BoundaryHazard => {
    const atBoundary = atValue.get(boundary) ?? 0;
    const reached = reachedAt(boundary);
    const tasks = new Set(observations.filter((o) => o.length === boundary).map((o) => o.taskId));
    const hazard = reached > 0 ? atBoundary / reached : null;
    const neighbours: { n: number; reached: number }[] = [];
    for (let k = 1; k <= NEIGHBOURS; k++) {
      for (const v of [boundary - k * g, boundary + k * g]) {
        const r = v > 0 ? reachedAt(v) : 0;
        if (r > 0) neighbours.push({ n: atValue.get(v) ?? 0, reached: r });
      }
    }
    let baselineHazard = median(neighbours.map((x) => x.n / x.reached));
    let baselineMethod: BoundaryHazard['baselineMethod'] = baselineHazard === null ? 'none' : 'median';
    if (baselineHazard === 0) {
      const n = neighbours.reduce((a, x) => a + x.n, 0);
      const r = neighbours.reduce((a, x) => a + x.reached, 0);
      baselineHazard = (n + 0.5) / (r + 1);
      baselineMethod = 'pooled';
    }
    const usable = hazard !== null && baselineHazard !== null;
    return {
      boundary,
      atBoundary,
      reached,
      hazard,
      baselineHazard,
      baselineMethod,
      hazardRatio: usable && baselineHazard! > 0 ? hazard! / baselineHazard! : null,
      excessMass: usable && total > 0 ? (atBoundary - reached * baselineHazard!) / total : null,
      pValue: usable ? binomialUpperTail(atBoundary, reached, baselineHazard!) : null,
      pHolm: null,
      distinctTasks: tasks.size,
    };
  });
  const adjusted = holmAdjust(rows.map((r) => r.pValue));
  return rows.map((r, i) => ({ ...r, pHolm: adjusted[i] ?? null }));
}

/** Index of the first element ≥ v in an ascending array. */
function lowerBound(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
