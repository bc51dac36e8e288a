import type { BoundaryHazard, SpikeScan } from '../core/analysis-record.js';
import { baselineAt, hazardAt } from './hazard.js';
import { nAt, nAtLeast, type LengthCounts } from './length-counts.js';
import { bhAdjust } from './multiple-testing.js';

const LISTED = 50;
const MIN_REACHED = 20;
const MIN_SIDE = 3;

/**
 * The exploratory scan (docs/analysis.md §3): the hazard test at every lattice value g, 2g, … up to the
 * largest count, Benjamini–Hochberg at q over all of them. Values no sample stopped at, or whose
 * hazard is not above its baseline, get p = 1 without a test: they can never be discoveries at q < ½,
 * and they still count in m, so the correction is not weakened.
 */
export function scanSpikes(
  c: LengthCounts,
  g: number,
  q: number,
): Omit<SpikeScan, 'discoveries'> & { discoveries: BoundaryHazard[] } {
  const rows: BoundaryHazard[] = [];
  let tested = 0;
  for (let v = g; v <= c.max; v += g) {
    if (nAtLeast(c, v) === 0) continue;
    tested += 1;
    const at = nAt(c, v);
    // Too few reached, or neighbours on one side only (the tail, where every last value has hazard 1): not testable.
    if (at < 2 || nAtLeast(c, v) < MIN_REACHED) continue;
    const base = baselineAt(c, v, g);
    if (base.below < MIN_SIDE || base.above < MIN_SIDE) continue;
    const row = hazardAt(c, v, g, base);
    if (row.hazard === null || row.baselineHazard === null || row.hazard <= row.baselineHazard)
      continue;
    rows.push(row);
  }
  const qValues = bhAdjust(
    rows.map((r) => r.pValue),
    tested,
  );
  const discoveries = rows
    .map((r, i) => ({ ...r, pHolm: qValues[i] ?? null }))
    .filter((r) => r.pHolm !== null && r.pHolm <= q)
    .sort((a, b) => (a.pValue ?? 1) - (b.pValue ?? 1) || a.boundary - b.boundary);
  return {
    step: g,
    tested,
    q,
    discoveries: discoveries.slice(0, LISTED),
    moreDiscoveries: Math.max(0, discoveries.length - LISTED),
  };
}
