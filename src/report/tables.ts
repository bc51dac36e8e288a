import { ALIGNMENTS, type Analysis, type AlignmentLabel, type PassRateStratum } from '../core/analysis-record.js';
import { fixed, formatP, percent } from '../core/format.js';

/**
 * The report's tables as rows of strings, shared by the terminal and Markdown renderers so both
 * always show the same numbers.
 */
export interface ReportTable {
  title: string;
  head: string[];
  rows: string[][];
}

const ALIGNMENT_COLUMNS = ['any', ...ALIGNMENTS] as const satisfies readonly AlignmentLabel[];
const ALIGNMENT_HEADINGS = { any: 'all samples', aligned: 'aligned', not_aligned: 'not aligned', unknown: 'unknown length' } as const satisfies Record<AlignmentLabel, string>;

export function reportTables(analysis: Analysis): ReportTable[] {
  return [passRateTable(analysis), hazardTable(analysis), effectTable(analysis), passAtKTable(analysis)];
}

function cell(s: PassRateStratum | undefined): string {
  if (!s || s.samples === 0) return '–';
  const ci = s.interval ? ` [${percent(s.interval.low, 0)}, ${percent(s.interval.high, 0)}]` : '';
  return `${percent(s.passRate)}${ci} n=${s.samples}/${s.tasks}t`;
}

function passRateTable(analysis: Analysis): ReportTable {
  const tiers = [...new Set(analysis.strata.map((s) => s.tier))];
  return {
    title: 'pass@1 by tier × alignment (mean of task rates, task-clustered 95% CI; n = samples/tasks; truncated excluded)',
    head: ['tier', ...ALIGNMENT_COLUMNS.map((a) => ALIGNMENT_HEADINGS[a])],
    rows: tiers.map((tier) => [tier, ...ALIGNMENT_COLUMNS.map((a) => cell(analysis.strata.find((s) => s.tier === tier && s.alignment === a)))]),
  };
}

function hazardTable(analysis: Analysis): ReportTable {
  return {
    title: `Hazard at each boundary (lattice g = ${analysis.lattice.g}; baseline = median of v ± g … v ± 10g)`,
    head: ['boundary', 'stopped / reached', 'hazard', 'baseline', 'ratio', 'excess mass', 'Holm p', 'tasks'],
    rows: analysis.hazards.map((h) => [
      String(h.boundary),
      `${h.atBoundary} / ${h.reached}`,
      percent(h.hazard),
      `${percent(h.baselineHazard, 2)}${h.baselineMethod === 'pooled' ? ' (pooled)' : ''}`,
      h.hazardRatio === null ? '–' : `${h.hazardRatio.toFixed(1)}×`,
      percent(h.excessMass, 2),
      formatP(h.pHolm).replace('= ', ''),
      String(h.distinctTasks),
    ]),
  };
}

function effectTable(analysis: Analysis): ReportTable {
  return {
    title: 'Boundary effect within task (Mantel–Haenszel over tasks; RBG 95% CI; CMH p, Holm over tiers)',
    head: ['tier', 'aligned pass', 'not aligned pass', 'MH OR [95% CI]', 'risk diff', 'p', 'informative tasks'],
    rows: analysis.boundaryEffects.map((e) => [
      e.tier,
      `${percent(e.alignedPassRate)} (n=${e.alignedSamples})`,
      `${percent(e.notAlignedPassRate)} (n=${e.notAlignedSamples})`,
      e.oddsRatio === null ? '–' : `${fixed(e.oddsRatio)} [${fixed(e.oddsRatioInterval?.low)}, ${fixed(e.oddsRatioInterval?.high)}]`,
      e.riskDifferencePp === null ? '–' : `${e.riskDifferencePp.toFixed(1)} pp`,
      formatP(e.cmhPHolm).replace('= ', ''),
      String(e.informativeTasks),
    ]),
  };
}

function passAtKTable(analysis: Analysis): ReportTable {
  const t = analysis.truncation;
  return {
    title: 'pass@k over all executed samples (unbiased estimator; null when a task has fewer than k samples)',
    head: ['k', 'pass@k', 'tasks', 'note'],
    rows: [
      ...analysis.passAtK.map((p) => [String(p.k), percent(p.value), String(p.tasks), p.nullReason ?? '']),
      ['truncated', percent(t.passRate), '', `${t.passes} of ${t.samples} truncated samples passed`],
    ],
  };
}
