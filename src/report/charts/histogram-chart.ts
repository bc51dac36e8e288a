import type { Analysis } from '../../core/analysis-record.js';
import type { VegaLiteSpec } from './vega-svg.js';

type MarkKind = Analysis['distribution']['marks'][number]['kind'];

/** Dash patterns by mark kind: configured boundaries solid; exploratory marks dashed or dotted. */
const MARK_DASHES = {
  boundary: [1, 0],
  scan: [6, 3],
  predicted: [2, 3],
} as const satisfies Record<MarkKind, readonly number[]>;
const MARK_NAMES = {
  boundary: 'configured boundary',
  scan: 'scan spike',
  predicted: 'predicted tooth',
} as const satisfies Record<MarkKind, string>;
const PARTS = { 'not truncated': '#4c78a8', truncated: '#bbbbbb' } as const;
const HAZARD_COLOUR = '#c62828';

/**
 * The reasoning-token histogram in two panels on one token axis. The top strip holds the discrete
 * hazard h(v) at each marked value, so its points never sit on the bars; the bottom panel holds the
 * bars (non-truncated and truncated stacked apart). A vertical rule marks every boundary, scan
 * discovery and predicted periodicity tooth in both panels. Each legend lists only what is drawn: a
 * run without truncated samples or without scan spikes does not name them. Null when no sample
 * has a known count.
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
  const parts = (Object.keys(PARTS) as (keyof typeof PARTS)[]).filter((p) =>
    bars.some((b) => b.part === p),
  );
  const marks = d.marks.map((m) => ({
    value: m.value,
    kind: MARK_NAMES[m.kind],
    hazardPct: m.hazard === null ? null : m.hazard * 100,
  }));
  const kinds = (Object.keys(MARK_NAMES) as MarkKind[]).filter((k) =>
    d.marks.some((m) => m.kind === k),
  );
  const end = Math.max(...bars.map((b) => b.end), ...marks.map((m) => m.value + d.binWidth));
  const x = (title: string | null) => ({
    field: 'start',
    type: 'quantitative',
    scale: { domain: [0, end], nice: false },
    title,
    ...(title === null ? { axis: { labels: false, ticks: false, title: null } } : {}),
  });
  // Both panels draw the rules with the same legend; the shared scale merges them into one legend.
  const rules = (axisTitle: string | null) =>
    marks.length === 0
      ? []
      : [
          {
            data: { values: marks },
            mark: { type: 'rule', strokeWidth: 1.5, color: HAZARD_COLOUR, opacity: 0.7 },
            encoding: {
              x: { ...x(axisTitle), field: 'value' },
              strokeDash: {
                field: 'kind',
                type: 'nominal',
                scale: {
                  domain: kinds.map((k) => MARK_NAMES[k]),
                  range: kinds.map((k) => MARK_DASHES[k]),
                },
                legend: { title: 'marked value', orient: 'right' },
              },
            },
          },
        ];
  const barTitle = `reasoning tokens (bins of ${d.binWidth})`;
  const hazards = marks.filter((m) => m.hazardPct !== null);
  const hazardPanel = {
    height: 70,
    width: 900,
    layer: [
      ...rules(null),
      ...(hazards.length === 0
        ? []
        : [
            {
              data: { values: hazards },
              mark: { type: 'point', filled: true, size: 60, color: HAZARD_COLOUR },
              encoding: {
                x: { ...x(null), field: 'value' },
                y: {
                  field: 'hazardPct',
                  type: 'quantitative',
                  title: 'hazard h(v) %',
                  axis: { titleColor: HAZARD_COLOUR, tickCount: 3 },
                },
              },
            },
          ]),
    ],
  };
  const barPanel = {
    height: 220,
    width: 900,
    layer: [
      {
        data: { values: bars },
        mark: { type: 'rect' },
        encoding: {
          x: x(barTitle),
          x2: { field: 'end' },
          y: { field: 'low', type: 'quantitative', title: 'samples' },
          y2: { field: 'high' },
          color: {
            field: 'part',
            type: 'nominal',
            scale: { domain: parts, range: parts.map((p) => PARTS[p]) },
            legend: parts.length > 1 ? { title: null, orient: 'top-left' } : null,
          },
        },
      },
      ...rules(barTitle),
    ],
  };
  return {
    vconcat: hazardPanel.layer.length > 0 ? [hazardPanel, barPanel] : [barPanel],
    spacing: 4,
    resolve: { scale: { x: 'shared' } },
  };
}
