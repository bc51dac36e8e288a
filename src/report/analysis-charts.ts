import type { Analysis } from '../core/analysis-record.js';
import type { VegaLiteSpec } from './charts/vega-svg.js';

export { histogramSpec } from './charts/histogram-chart.js';

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
