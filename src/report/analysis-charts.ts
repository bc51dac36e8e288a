import type { Analysis } from '../core/analysis-record.js';
import type { VegaLiteSpec } from './charts/vega-svg.js';

/** Colours by mark kind: configured boundaries stand out; exploratory marks are quieter. */
const MARK_COLOURS = {
  boundary: '#c62828',
  scan: '#ef6c00',
  predicted: '#757575',
} as const satisfies Record<Analysis['distribution']['marks'][number]['kind'], string>;

/**
 * The reasoning-token histogram (non-truncated and truncated stacked apart), the discrete hazard
 * h(v) at each marked value on its own axis, and a vertical rule at every boundary, scan discovery
 * and predicted periodicity tooth. Null when no sample has a known count.
 */
export function histogramSpec(analysis: Analysis): VegaLiteSpec | null {
  const d = analysis.distribution;
  if (d.bins.length === 0) return null;
  // Stacked by hand into explicit rectangles: a bar with x and x2 would be read as horizontal.
  const bars = d.bins
    .flatMap((b) => [
      { start: b.start, end: b.start + d.binWidth, low: 0, high: b.count, part: 'not truncated' },
      {
        start: b.start,
        end: b.start + d.binWidth,
        low: b.count,
        high: b.count + b.truncated,
        part: 'truncated',
      },
    ])
    .filter((r) => r.high > r.low);
  const marks = d.marks.map((m) => ({
    ...m,
    hazardPct: m.hazard === null ? null : m.hazard * 100,
  }));
  const x = {
    field: 'start',
    type: 'quantitative',
    title: `reasoning tokens (bins of ${d.binWidth})`,
  };
  return {
    width: 900,
    height: 260,
    layer: [
      {
        data: { values: bars },
        mark: { type: 'rect' },
        encoding: {
          x,
          x2: { field: 'end' },
          y: { field: 'low', type: 'quantitative', title: 'samples' },
          y2: { field: 'high' },
          color: {
            field: 'part',
            type: 'nominal',
            scale: { domain: ['not truncated', 'truncated'], range: ['#4c78a8', '#bbbbbb'] },
            legend: { title: null, orient: 'top-left' },
          },
        },
      },
      {
        data: { values: marks },
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          color: { value: MARK_COLOURS.boundary },
          strokeDash: {
            field: 'kind',
            type: 'nominal',
            scale: {
              domain: ['boundary', 'scan', 'predicted'],
              range: [
                [1, 0],
                [6, 3],
                [2, 3],
              ],
            },
            legend: { title: 'marked value', orient: 'top-right' },
          },
        },
      },
      {
        data: { values: marks.filter((m) => m.hazardPct !== null) },
        mark: { type: 'point', filled: true, size: 60, color: '#c62828' },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          y: {
            field: 'hazardPct',
            type: 'quantitative',
            title: 'hazard h(v) at marked values (%)',
            axis: { orient: 'right', titleColor: '#c62828' },
          },
        },
      },
    ],
    resolve: { scale: { y: 'independent', color: 'independent' } },
  };
}

const ALIGNMENT_NAMES = { aligned: 'aligned', not_aligned: 'not aligned' } as const;

/** pass@1 by tier × alignment (aligned against not aligned) with task-clustered 95% intervals. */
export function passRateSpec(analysis: Analysis): VegaLiteSpec | null {
  const values = analysis.strata
    .filter(
      (s): s is typeof s & { alignment: keyof typeof ALIGNMENT_NAMES } =>
        (s.alignment === 'aligned' || s.alignment === 'not_aligned') && s.passRate !== null,
    )
    .map((s) => ({
      tier: s.tier,
      alignment: ALIGNMENT_NAMES[s.alignment],
      rate: (s.passRate ?? 0) * 100,
      low: (s.interval?.low ?? s.passRate ?? 0) * 100,
      high: (s.interval?.high ?? s.passRate ?? 0) * 100,
      n: s.samples,
    }));
  if (values.length === 0) return null;
  const y = {
    field: 'tier',
    type: 'nominal',
    sort: [...new Set(values.map((v) => v.tier))],
    title: null,
  };
  const color = {
    field: 'alignment',
    type: 'nominal',
    scale: { domain: Object.values(ALIGNMENT_NAMES), range: ['#c62828', '#4c78a8'] },
    legend: { title: null, orient: 'top' },
  };
  const yOffset = {
    field: 'alignment',
    type: 'nominal',
    scale: { domain: Object.values(ALIGNMENT_NAMES) },
  };
  return {
    width: 560,
    height: { step: 26 },
    data: { values },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          y,
          yOffset,
          color,
          x: {
            field: 'low',
            type: 'quantitative',
            scale: { domain: [0, 100] },
            title: 'pass@1 (%), 95% task-clustered interval',
          },
          x2: { field: 'high' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: { y, yOffset, color, x: { field: 'rate', type: 'quantitative' } },
      },
    ],
  };
}

/** One length curve: pass rate per bin with its cluster-bootstrap band. */
function curveLayer(
  points: NonNullable<Analysis['lengthCurves']>['pooled'],
  title: string,
  axis: string,
): VegaLiteSpec {
  const values = points
    .filter((p) => p.passRate !== null)
    .map((p, i) => ({
      order: i,
      label: p.label,
      rate: (p.passRate ?? 0) * 100,
      low: (p.band?.low ?? p.passRate ?? 0) * 100,
      high: (p.band?.high ?? p.passRate ?? 0) * 100,
      n: p.samples,
    }));
  const x = {
    field: 'label',
    type: 'ordinal',
    sort: values.map((v) => v.label),
    title: axis,
    axis: { labelAngle: -40 },
  };
  return {
    title,
    width: 400,
    height: 220,
    data: { values },
    layer: [
      {
        mark: { type: 'area', opacity: 0.25, color: '#4c78a8' },
        encoding: {
          x,
          y: {
            field: 'low',
            type: 'quantitative',
            scale: { domain: [0, 100] },
            title: 'pass rate (%)',
          },
          y2: { field: 'high' },
        },
      },
      {
        mark: { type: 'line', point: true, color: '#4c78a8' },
        encoding: { x, y: { field: 'rate', type: 'quantitative' } },
      },
    ],
  };
}

/**
 * Pooled against within-task length curves, side by side. The pooled curve mixes tasks of different
 * difficulty; the within-task one ranks lengths inside each task, which is the comparison that matters.
 */
export function lengthCurvesSpec(analysis: Analysis): VegaLiteSpec | null {
  const curves = analysis.lengthCurves;
  if (!curves || (curves.pooled.length === 0 && curves.withinTask.length === 0)) return null;
  return {
    hconcat: [
      curveLayer(curves.pooled, 'pooled over tasks', 'reasoning tokens'),
      curveLayer(
        curves.withinTask,
        'within task (length rank inside each task)',
        'within-task length rank',
      ),
    ],
  };
}
