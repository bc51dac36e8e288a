import type { Analysis } from '../core/analysis-record.js';
import type { BoundaryHazard, TokenDistribution } from '../core/spike-record.js';
import { createRng } from '../core/rng.js';
import type { AnalysisOptions } from './analysis-options.js';
import { pooledHazardsAt, type LatticeCounts } from './hazard.js';
import { countLengths, nAt, type LengthCounts } from './length-counts.js';
import { detectLatticeOfCounts } from './lattice.js';
import type { ModelLattices } from './model-lattices.js';
import { testPeriodicity, teethOf } from './periodicity.js';
import { FLAG, type SampleTable } from './sample-table.js';
import { finishScan, scanSpikes, type ScanGroup } from './spike-scan.js';
import { tokenHistogram } from './token-histogram.js';

const MIN_FOR_SPIKES = 30;

export type DistributionSections = Pick<
  Analysis,
  'lattice' | 'distribution' | 'hazards' | 'scan' | 'periodicity'
> & {
  hazardsIncludingTruncated: BoundaryHazard[];
  absent: Analysis['absentSections'];
};

/**
 * The sections that need only reasoning counts (docs/analysis.md §2–3): lattice, distribution, hazards at
 * the configured boundaries (Holm), the exploratory scan (BH) and periodicity. Truncated samples are
 * split out first; the hazards are recomputed with them as a sensitivity row. Spike statistics work
 * within lattice groups (models that share a g), never at a grain finer than the samples they judge.
 */
export function distributionSections(
  table: SampleTable,
  options: AnalysisOptions,
  models: ModelLattices,
): DistributionSections {
  const isTruncated = (i: number) => ((table.flags[i] ?? 0) & FLAG.truncated) !== 0;
  const groupOf = (i: number) => models.groupOfKey[table.group[i] ?? 0] ?? -1;
  const primary = countLengths(table.length, (i) => !isTruncated(i));
  const truncated = countLengths(table.length, isTruncated);
  const everything = countLengths(table.length, () => true);
  const pooled = detectLatticeOfCounts(everything);
  const g = pooled.g;
  const absent: Analysis['absentSections'] = [];

  const groupsOf = (include: (i: number) => boolean): ScanGroup[] =>
    models.groups.map((lg, k) => ({
      g: lg.g,
      models: lg.models,
      counts: countLengths(table.length, (i) => groupOf(i) === k && include(i)),
    }));
  const primaryGroups = groupsOf((i) => !isTruncated(i));
  const everythingGroups = groupsOf(() => true);
  const nonZero = (c: LengthCounts) => c.total - nAt(c, 0);
  const scannable = primaryGroups.filter((x) => nonZero(x.counts) >= MIN_FOR_SPIKES);
  const rawScan = scannable.length > 0 ? scanSpikes(scannable, options.scanQ) : null;
  const scannedOf = models.groups.map((_, k) => scannable.indexOf(primaryGroups[k]!));
  const scanTasks = rawScan
    ? distinctTasksAt(
        table,
        new Set(rawScan.significant.map((d) => d.boundary)),
        (i) => scannedOf[groupOf(i)] ?? -1,
        false,
      )
    : null;
  const scan = rawScan
    ? finishScan(rawScan, (k, v) => scanTasks?.get(`${k}|${v}`)?.size ?? 0)
    : null;
  if (!scan)
    absent.push({
      section: 'scan',
      reason: `no lattice group has ${MIN_FOR_SPIKES} non-truncated non-zero reasoning counts (${primaryGroups.map((x) => nonZero(x.counts)).join(', ') || 0})`,
    });

  // Periodicity needs one grain: the largest group whose lattice holds every tooth (g divides φ and P).
  const holdsTeeth = primaryGroups
    .filter((x) => options.phase % x.g === 0 && options.period % x.g === 0)
    .sort((a, b) => b.counts.total - a.counts.total)[0];
  const periodic: LatticeCounts = holdsTeeth ?? { g, counts: primary };
  const enough = nonZero(periodic.counts) >= MIN_FOR_SPIKES;
  const periodicity =
    enough && options.period > 0
      ? testPeriodicity(
          periodic.counts,
          {
            period: options.period,
            phase: options.phase,
            g: periodic.g,
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
          ? `fewer than ${MIN_FOR_SPIKES} non-truncated non-zero reasoning counts on a lattice that holds the teeth`
          : 'no period configured',
    });

  // Tasks at v count over the groups whose lattice holds v, as the pooled hazard does.
  const boundarySet = new Set(options.boundaries);
  const tasksPrimary = distinctTasksAt(table, boundarySet, groupOf, false);
  const tasksAll = distinctTasksAt(table, boundarySet, groupOf, true);
  const tasksAt = (found: Map<string, Set<number>>) => (v: number) => {
    const on = models.groups.map((x) => v % x.g === 0);
    const set = new Set<number>();
    models.groups.forEach((_, k) => {
      if (on[k] || !on.some(Boolean)) for (const t of found.get(`${k}|${v}`) ?? []) set.add(t);
    });
    return set.size;
  };
  const hazards = pooledHazardsAt(primaryGroups, options.boundaries, tasksAt(tasksPrimary));
  const hazardsIncludingTruncated = pooledHazardsAt(
    everythingGroups,
    options.boundaries,
    tasksAt(tasksAll),
  );
  const discoveries = scan?.discoveries ?? [];

  const marks: TokenDistribution['marks'] = options.boundaries.map((v) =>
    markAt(primary, v, 'boundary'),
  );
  for (const d of discoveries)
    if (!options.boundaries.includes(d.boundary) && !marks.some((m) => m.value === d.boundary))
      marks.push(markAt(primary, d.boundary, 'scan'));
  if (periodicity)
    for (const v of teethOf(options.phase, options.period, periodicity.teeth.at(-1)?.value ?? 0))
      if (!options.boundaries.includes(v)) marks.push(markAt(primary, v, 'predicted'));

  const mixed = models.groups.length > 1;
  return {
    lattice: {
      ...pooled,
      note: mixed
        ? `models report on different lattices (${models.groups.map((x) => `g = ${x.g}: ${x.models.join(', ')}`).join('; ')}); the scan and the hazards judge each value within its own lattice group`
        : pooled.note,
      groups: models.groups,
      leftOut: models.leftOut,
    },
    distribution: tokenHistogram(primary, truncated, g, marks),
    hazards,
    hazardsIncludingTruncated,
    scan,
    periodicity,
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

/** The tasks (sessions) with a sample at each value of interest, keyed "group|value", in one pass; `keyOf` −1 skips a row. */
function distinctTasksAt(
  table: SampleTable,
  values: ReadonlySet<number>,
  keyOf: (i: number) => number,
  includeTruncated: boolean,
): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (let i = 0; i < table.size; i++) {
    const v = table.length[i] ?? -1;
    if (!values.has(v)) continue;
    if (!includeTruncated && ((table.flags[i] ?? 0) & FLAG.truncated) !== 0) continue;
    const k = keyOf(i);
    if (k < 0) continue;
    const key = `${k}|${v}`;
    let set = out.get(key);
    if (!set) out.set(key, (set = new Set()));
    set.add(table.task[i] ?? 0);
  }
  return out;
}
