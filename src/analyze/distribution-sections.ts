import type { Analysis, BoundaryHazard, TokenDistribution } from '../core/analysis-record.js';
import { createRng } from '../core/rng.js';
import type { AnalysisOptions } from './analysis-options.js';
import { hazardsAt } from './hazard.js';
import { countLengths, nAt, type LengthCounts } from './length-counts.js';
import { detectLatticeOfCounts } from './lattice.js';
import { testPeriodicity, teethOf } from './periodicity.js';
import { FLAG, type SampleTable } from './sample-table.js';
import { scanSpikes } from './spike-scan.js';
import { tokenHistogram } from './token-histogram.js';

const MIN_FOR_SPIKES = 30;

export type DistributionSections = Pick<
  Analysis,
  'lattice' | 'distribution' | 'hazards' | 'scan' | 'periodicity'
> & {
  hazardsIncludingTruncated: BoundaryHazard[];
  primaryCounts: LengthCounts;
  absent: Analysis['absentSections'];
};

/**
 * The sections that need only reasoning counts (docs/analysis.md §2–3): lattice, distribution, hazards at
 * the configured boundaries (Holm), the exploratory scan (BH) and periodicity. Truncated samples are
 * split out first; the hazards are recomputed with them as a sensitivity row.
 */
export function distributionSections(
  table: SampleTable,
  options: AnalysisOptions,
): DistributionSections {
  const isTruncated = (i: number) => ((table.flags[i] ?? 0) & FLAG.truncated) !== 0;
  const primary = countLengths(table.length, (i) => !isTruncated(i));
  const truncated = countLengths(table.length, isTruncated);
  const everything = countLengths(table.length, () => true);
  const lattice = detectLatticeOfCounts(everything);
  const g = lattice.g;
  const absent: Analysis['absentSections'] = [];

  const enough = primary.total - nAt(primary, 0) >= MIN_FOR_SPIKES;
  const scan = enough ? scanSpikes(primary, g, options.scanQ) : null;
  if (!scan)
    absent.push({
      section: 'scan',
      reason: `fewer than ${MIN_FOR_SPIKES} non-truncated non-zero reasoning counts (${primary.total - nAt(primary, 0)})`,
    });
  const periodicity =
    enough && options.period > 0
      ? testPeriodicity(
          primary,
          {
            period: options.period,
            phase: options.phase,
            g,
            permutations: options.periodicityPermutations,
            configured: options.boundaries,
          },
          createRng('periodicity', options.seed),
        )
      : null;
  if (!periodicity)
    absent.push({
      section: 'periodicity',
      reason:
        options.period > 0
          ? `fewer than ${MIN_FOR_SPIKES} non-truncated non-zero reasoning counts`
          : 'no period configured',
    });

  const interesting = new Set([
    ...options.boundaries,
    ...(scan?.discoveries.map((d) => d.boundary) ?? []),
  ]);
  const tasksAt = distinctTasksAt(table, interesting, false);
  const tasksAtAll = distinctTasksAt(table, new Set(options.boundaries), true);
  const hazards = hazardsAt(primary, options.boundaries, g, (v) => tasksAt.get(v)?.size ?? 0);
  const hazardsIncludingTruncated = hazardsAt(
    everything,
    options.boundaries,
    g,
    (v) => tasksAtAll.get(v)?.size ?? 0,
  );
  const discoveries =
    scan?.discoveries.map((d) => ({ ...d, distinctTasks: tasksAt.get(d.boundary)?.size ?? 0 })) ??
    [];

  const marks: TokenDistribution['marks'] = options.boundaries.map((v) =>
    markAt(primary, v, 'boundary'),
  );
  for (const d of discoveries)
    if (!options.boundaries.includes(d.boundary)) marks.push(markAt(primary, d.boundary, 'scan'));
  if (periodicity)
    for (const v of teethOf(options.phase, options.period, periodicity.teeth.at(-1)?.value ?? 0))
      if (!options.boundaries.includes(v)) marks.push(markAt(primary, v, 'predicted'));

  return {
    lattice,
    distribution: tokenHistogram(primary, truncated, g, marks),
    hazards,
    hazardsIncludingTruncated,
    scan: scan && { ...scan, discoveries },
    periodicity,
    primaryCounts: primary,
    absent,
  };
}

function markAt(
  c: LengthCounts,
  value: number,
  kind: TokenDistribution['marks'][number]['kind'],
): TokenDistribution['marks'][number] {
  const reached = value <= c.max ? (c.atLeast[value] ?? 0) : 0;
  return {
    value,
    kind,
    count: nAt(c, value),
    hazard: reached > 0 ? nAt(c, value) / reached : null,
  };
}

/** The tasks that contributed a sample at each value of interest, in one pass. */
function distinctTasksAt(
  table: SampleTable,
  values: ReadonlySet<number>,
  includeTruncated: boolean,
): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (let i = 0; i < table.size; i++) {
    const v = table.length[i] ?? -1;
    if (!values.has(v)) continue;
    if (!includeTruncated && ((table.flags[i] ?? 0) & FLAG.truncated) !== 0) continue;
    let set = out.get(v);
    if (!set) out.set(v, (set = new Set()));
    set.add(table.task[i] ?? 0);
  }
  return out;
}
