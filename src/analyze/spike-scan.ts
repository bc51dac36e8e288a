import type { ScanDiscovery, SpikeScan } from '../core/spike-record.js';
import { baselineAt, hazardAt, withDistinctTasks, type LatticeCounts } from './hazard.js';
import { nAt, nAtLeast } from './length-counts.js';
import { bhAdjust } from './multiple-testing.js';

const LISTED = 50;

/** A lattice group to scan: models that report on the same lattice g, with their counts. */
export interface ScanGroup extends LatticeCounts {
  models: string[];
}

/** BH discoveries of a scan before the distinct-task support is known; `group` indexes the groups scanned. */
export interface RawScan {
  lattices: SpikeScan['lattices'];
  tested: number;
  q: number;
  significant: (ScanDiscovery & { group: number })[];
}

/**
 * The exploratory scan (docs/analysis.md §3): within each lattice group, the hazard test at every lattice
 * value g, 2g, … up to the largest count, so that a value is only ever judged against samples that
 * could have landed on it; Benjamini–Hochberg at q over every value of every group. Values without
 * support (fewer than 5 hits, under 20 reached, neighbours on one side only) or whose hazard is not
 * above its baseline get p = 1 without a test: they can never be discoveries at q < ½, and they still
 * count in m, so the correction is not weakened.
 */
export function scanSpikes(groups: readonly ScanGroup[], q: number): RawScan {
  const rows: (ScanDiscovery & { group: number })[] = [];
  const lattices: SpikeScan['lattices'] = [];
  let tested = 0;
  groups.forEach(({ counts: c, g, models }, group) => {
    let inGroup = 0;
    for (let v = g; v <= c.max; v += g) {
      if (nAtLeast(c, v) === 0) continue;
      inGroup += 1;
      if (nAt(c, v) < 2) continue;
      const row = hazardAt(c, v, g, baselineAt(c, v, g));
      if (row.support !== 'enough') continue;
      if (row.hazard === null || row.baselineHazard === null || row.hazard <= row.baselineHazard)
        continue;
      rows.push({ ...row, step: g, group });
    }
    tested += inGroup;
    lattices.push({ step: g, models: [...models], tested: inGroup });
  });
  const qValues = bhAdjust(
    rows.map((r) => r.pValue),
    tested,
  );
  const significant = rows
    .map((r, i) => ({ ...r, pHolm: qValues[i] ?? null }))
    .filter((r) => r.pHolm !== null && r.pHolm <= q)
    .sort((a, b) => (a.pValue ?? 1) - (b.pValue ?? 1) || a.boundary - b.boundary);
  return { lattices, tested, q, significant };
}

/**
 * The scan as reported: each discovery with its distinct tasks (within its lattice group), those with
 * fewer than 3 left out and counted as below support, at most 50 listed.
 */
export function finishScan(raw: RawScan, tasksAt: (group: number, v: number) => number): SpikeScan {
  const supported: ScanDiscovery[] = [];
  let belowSupport = 0;
  for (const { group, ...d } of raw.significant) {
    const row = withDistinctTasks(d, tasksAt(group, d.boundary));
    if (row.support === 'enough') supported.push(row);
    else belowSupport += 1;
  }
  return {
    step: Math.min(...raw.lattices.map((l) => l.step)),
    lattices: raw.lattices,
    tested: raw.tested,
    q: raw.q,
    discoveries: supported.slice(0, LISTED),
    moreDiscoveries: Math.max(0, supported.length - LISTED),
    belowSupport,
  };
}
