import type { Analysis, Interval } from '../core/analysis-record.js';
import type { StratifiedComparison, TierOddsRatio } from '../core/verdict-record.js';
import { fixed, formatP, percent } from '../core/format.js';
import type { ReportTable } from './tables.js';

const p = (x: number | null | undefined) => formatP(x).replace('= ', '');
const orCell = (c: Pick<StratifiedComparison, 'oddsRatio' | 'oddsRatioInterval'>) =>
  c.oddsRatio === null
    ? '–'
    : `${fixed(c.oddsRatio)} [${fixed(c.oddsRatioInterval?.low)}, ${fixed(c.oddsRatioInterval?.high)}]`;
const band = (i: Interval | null) => (i ? ` [${percent(i.low, 0)}, ${percent(i.high, 0)}]` : '');

/** Tables of the sections that need verdicts; empty when the run has none. */
export function verdictTables(a: Analysis): ReportTable[] {
  if (!a.hasVerdicts) return [];
  const tables: ReportTable[] = [effectTable(a)];
  if (a.complexity) tables.push(...complexityTables(a));
  if (a.lengthCurves) tables.push(curveTable(a));
  tables.push(passAtKTable(a));
  if (a.power) {
    const w = a.power;
    tables.push({
      title: `Power: smallest odds ratio detectable with ${percent(w.target, 0)} power at α = ${w.alpha} (${w.method})`,
      head: ['direction', 'minimum detectable OR'],
      rows: [
        ['aligned worse (OR < 1)', fixed(w.minDetectableOddsRatio)],
        ['aligned better (OR > 1)', fixed(w.minDetectableOddsRatioAbove)],
      ],
    });
  }
  return tables;
}

function effectTable(a: Analysis): ReportTable {
  return {
    title:
      'Boundary effect within task (MH over tasks; RBG 95% CI; CMH p, Holm over tiers; exact permutation p; local = non-aligned samples within ±20% of the boundary length)',
    head: [
      'tier',
      'aligned pass',
      'not aligned pass',
      'MH OR [95% CI]',
      'risk diff',
      'CMH p',
      'perm. p',
      'local OR [95% CI]',
      'informative tasks',
    ],
    rows: a.boundaryEffects.map((e) => [
      e.tier,
      `${percent(e.alignedPassRate)} (n=${e.alignedSamples})`,
      `${percent(e.notAlignedPassRate)} (n=${e.notAlignedSamples})`,
      orCell(e),
      e.riskDifferencePp === null ? '–' : `${e.riskDifferencePp.toFixed(1)} pp`,
      p(e.cmhPHolm),
      p(e.permutationP),
      e.local ? orCell(e.local) : '–',
      String(e.informativeTasks),
    ]),
  };
}

function tierRows(rows: readonly TierOddsRatio[]): string[][] {
  return rows.map((t) => [
    t.label,
    `${percent(t.alignedPassRate)} vs ${percent(t.notAlignedPassRate)}`,
    orCell(t),
    p(t.cmhPValue),
    String(t.informativeTasks),
  ]);
}

function complexityTables(a: Analysis): ReportTable[] {
  const c = a.complexity!;
  const head = ['tier', 'aligned vs not', 'MH OR [95% CI]', 'CMH p', 'informative tasks'];
  const tables: ReportTable[] = [];
  if (c.tiers.length > 0) {
    const slope =
      c.trend?.slopeLogOr == null
        ? ''
        : `, slope of log OR per tier ${c.trend.slopeLogOr.toFixed(2)}${c.trend.slopeInterval ? ` [${c.trend.slopeInterval.low.toFixed(2)}, ${c.trend.slopeInterval.high.toFixed(2)}]` : ''}`;
    tables.push({
      title: `Complexity: do aligned samples degrade more on complex tasks? Breslow–Day (Tarone) p ${p(c.breslowDay?.pValue)}; trend p ${p(c.trend?.pValue)}${slope}`,
      head,
      rows: tierRows(c.tiers),
    });
  }
  if (c.empirical) {
    tables.push({
      title: `Empirical difficulty (${c.empirical.method}); trend p ${p(c.empirical.trend?.pValue)}`,
      head: ['difficulty', ...head.slice(1)],
      rows: tierRows(c.empirical.tiers),
    });
  }
  return tables;
}

function curveTable(a: Analysis): ReportTable {
  const c = a.lengthCurves!;
  const rows: string[][] = [];
  for (let i = 0; i < Math.max(c.pooled.length, c.withinTask.length); i++) {
    const pooled = c.pooled[i];
    const within = c.withinTask[i];
    rows.push([
      pooled ? pooled.label : '',
      pooled ? `${percent(pooled.passRate)}${band(pooled.band)} n=${pooled.samples}` : '',
      within ? within.label : '',
      within ? `${percent(within.passRate)}${band(within.band)} n=${within.samples}` : '',
    ]);
  }
  return {
    title: `Length against quality: pooled deciles vs within-task rank (cluster-bootstrap 95% bands). ${c.note}`,
    head: ['pooled length', 'pass rate', 'within-task rank', 'pass rate'],
    rows,
  };
}

function passAtKTable(a: Analysis): ReportTable {
  return {
    title:
      'pass@k over executed samples (unbiased estimator, mean over tasks; null when a task has fewer than k samples)',
    head: ['k', 'pass@k', 'task-clustered 95% CI', 'task bootstrap 95% CI', 'tasks', 'note'],
    rows: a.passAtK.map((x) => [
      String(x.k),
      percent(x.value),
      x.interval ? `[${percent(x.interval.low)}, ${percent(x.interval.high)}]` : '–',
      x.bootstrapInterval
        ? `[${percent(x.bootstrapInterval.low)}, ${percent(x.bootstrapInterval.high)}]`
        : '–',
      String(x.tasks),
      x.nullReason ?? '',
    ]),
  };
}
