import type { Complexity, TierOddsRatio } from '../core/verdict-record.js';
import type { Interval } from '../core/analysis-record.js';
import { TIERS } from '../core/records.js';
import { breslowDay, groupScores, trendTest } from './breslow-day.js';
import { compareArms } from './comparison.js';
import { normalQuantile } from './distributions.js';
import { mantelHaenszel, type TwoByTwo } from './mantel-haenszel.js';
import { FLAG, type SampleTable } from './sample-table.js';
import { stratumTables, type ArmOptions } from './task-tables.js';

const Z95 = normalQuantile(0.975);

/** Strata (each a 2×2 table) labelled with an ordered group index. */
interface GroupedStrata {
  tables: TwoByTwo[];
  groupOf: number[];
  labels: string[];
}

/**
 * Complexity (docs/analysis.md §7): the MH odds ratio per ordered group, Breslow–Day (Tarone) homogeneity
 * across the groups with task strata pooled inside each group, and the 1-df score test for a trend
 * of the log odds ratio across them, with a descriptive weighted slope of the per-group log ORs.
 */
function analyseGroups(strata: GroupedStrata): Pick<Complexity, 'tiers' | 'breslowDay' | 'trend'> {
  const tiers: TierOddsRatio[] = strata.labels.map((label, j) => ({
    label,
    score: j + 1,
    ...compareArms(strata.tables.filter((_, i) => strata.groupOf[i] === j)),
  }));
  const psi = mantelHaenszel(strata.tables).oddsRatio;
  if (psi === null) return { tiers, breslowDay: null, trend: null };
  // Task strata are sparse (a few aligned samples each): use the exact conditional moments.
  const scores = groupScores(strata.tables, strata.groupOf, strata.labels.length, psi, true);
  const bd = breslowDay(scores, true);
  const trend = trendTest(
    scores,
    strata.labels.map((_, j) => j + 1),
  );
  return {
    tiers,
    breslowDay: bd && {
      ...bd,
      method:
        'Breslow–Day with Tarone’s correction and exact conditional moments; task strata pooled within each group; ψ = MH common OR',
    },
    trend: trend && {
      chiSquare: trend.chiSquare,
      pValue: trend.pValue,
      ...weightedSlope(tiers),
      method:
        'score test for a linear trend of log OR over group scores 1, 2, 3 (Breslow & Day 1980 §4.5, Tarone-centred); slope = inverse-variance weighted regression of per-group log MH OR',
    },
  };
}

/** Inverse-variance weighted least-squares slope of log OR on the group score, with a 95% interval. */
function weightedSlope(rows: readonly TierOddsRatio[]): {
  slopeLogOr: number | null;
  slopeInterval: Interval | null;
} {
  const points = rows.flatMap((r) => {
    if (r.oddsRatio === null || r.oddsRatioInterval === null || r.oddsRatio <= 0) return [];
    const se = (Math.log(r.oddsRatioInterval.high) - Math.log(r.oddsRatioInterval.low)) / (2 * Z95);
    return se > 0 && Number.isFinite(se)
      ? [{ x: r.score, y: Math.log(r.oddsRatio), w: 1 / (se * se) }]
      : [];
  });
  if (points.length < 2) return { slopeLogOr: null, slopeInterval: null };
  const sw = points.reduce((a, p) => a + p.w, 0);
  const mx = points.reduce((a, p) => a + p.w * p.x, 0) / sw;
  const my = points.reduce((a, p) => a + p.w * p.y, 0) / sw;
  const sxx = points.reduce((a, p) => a + p.w * (p.x - mx) ** 2, 0);
  if (sxx <= 0) return { slopeLogOr: null, slopeInterval: null };
  const slope = points.reduce((a, p) => a + p.w * (p.x - mx) * (p.y - my), 0) / sxx;
  const half = Z95 / Math.sqrt(sxx);
  return {
    slopeLogOr: slope,
    slopeInterval: { low: slope - half, high: slope + half, method: 'inverse-variance WLS 95%' },
  };
}

/** Per corpus tier: strata are tasks, groups are the tiers present in order. */
export function complexityByTier(
  table: SampleTable,
  options: ArmOptions,
): Pick<Complexity, 'tiers' | 'breslowDay' | 'trend'> | null {
  const present = TIERS.filter((t) => table.taskTiers.includes(t));
  if (present.length < 2) return null;
  const groupOfTask = table.taskTiers.map((t) => (t === null ? -1 : present.indexOf(t)));
  const tables: TwoByTwo[] = [];
  const groupOf: number[] = [];
  present.forEach((_, j) => {
    const ts = stratumTables(table, options, table.taskIds.length, (i) =>
      groupOfTask[table.task[i] ?? 0] === j ? (table.task[i] ?? 0) : -1,
    );
    tables.push(...ts);
    groupOf.push(...ts.map(() => j));
  });
  return analyseGroups({ tables, groupOf, labels: [...present] });
}

const EMPIRICAL_LABELS = ['easy', 'medium', 'hard'];

/**
 * Empirical difficulty from a held-out half: each task's samples are split in two halves by a seeded
 * hash of their keys; a sample's difficulty is its task's failure rate in the *other* half, so no sample
 * is used to grade itself. Strata are task × half; groups are terciles of that held-out rate.
 */
export function empiricalDifficulty(
  table: SampleTable,
  options: ArmOptions,
): Complexity['empirical'] {
  const tasks = table.taskIds.length;
  const n = new Float64Array(tasks * 2);
  const passes = new Float64Array(tasks * 2);
  for (let i = 0; i < table.size; i++) {
    const flags = table.flags[i] ?? 0;
    if ((flags & (FLAG.scored | FLAG.truncated)) !== FLAG.scored) continue;
    const k = (table.task[i] ?? 0) * 2 + ((flags & FLAG.halfB) !== 0 ? 1 : 0);
    n[k]! += 1;
    if ((flags & FLAG.passed) !== 0) passes[k]! += 1;
  }
  // Held-out pass rate of stratum (task, half h) is the rate of (task, 1 − h).
  const heldOut = new Float64Array(tasks * 2).fill(Number.NaN);
  for (let k = 0; k < tasks * 2; k++) {
    const other = k ^ 1;
    if (n[other]! > 0 && n[k]! > 0) heldOut[k] = passes[other]! / n[other]!;
  }
  const rates = [...heldOut].filter((r) => !Number.isNaN(r)).sort((a, b) => a - b);
  if (rates.length < 6) return null;
  const cut1 = rates[Math.floor(rates.length / 3)]!;
  const cut2 = rates[Math.floor((2 * rates.length) / 3)]!;
  const groupOfStratum = (k: number) => {
    const r = heldOut[k]!;
    if (Number.isNaN(r)) return -1;
    return r >= cut2 ? 0 : r >= cut1 ? 1 : 2;
  };
  const tables: TwoByTwo[] = [];
  const groupOf: number[] = [];
  for (let g = 0; g < 3; g++) {
    const ts = stratumTables(table, options, tasks * 2, (i) => {
      const k = (table.task[i] ?? 0) * 2 + (((table.flags[i] ?? 0) & FLAG.halfB) !== 0 ? 1 : 0);
      return groupOfStratum(k) === g ? k : -1;
    });
    tables.push(...ts);
    groupOf.push(...ts.map(() => g));
  }
  const result = analyseGroups({ tables, groupOf, labels: EMPIRICAL_LABELS });
  return {
    method: `held-out half: a task's pass rate in the other half of its samples (seeded split), terciles at ${cut1.toFixed(2)} and ${cut2.toFixed(2)} (easy ≥ ${cut2.toFixed(2)} > medium ≥ ${cut1.toFixed(2)} > hard)`,
    tiers: result.tiers,
    trend: result.trend,
  };
}
