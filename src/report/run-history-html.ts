import type { VegaLiteSpec } from './charts/vega-svg.js';
import { renderVegaLiteSvg } from './charts/vega-svg.js';
import { chartHtml, escapeHtml, htmlPage, tableHtml } from './html-page.js';
import type { History } from './history-series.js';
import { historyNotes, historyTable } from './history-table.js';

type Axis = 'pass' | 'tokens';

/**
 * One panel of the history: pass@1 (%) or mean reasoning tokens by run in time order, with 95% CIs,
 * a line per arm joined only within a segment (never across a break), and a dashed rule at each break.
 */
export function historyChartSpec(history: History, axis: Axis): VegaLiteSpec | null {
  const scale = axis === 'pass' ? 100 : 1;
  const values = history.points.flatMap((p) => {
    const value = axis === 'pass' ? p.passAt1 : p.reasoningMean;
    if (value === null) return [];
    const iv = axis === 'pass' ? p.passAt1Interval : p.reasoningInterval;
    return [
      {
        run: p.runId,
        arm: p.series,
        line: `${p.series} #${p.segment}`,
        value: value * scale,
        low: (iv?.low ?? value) * scale,
        high: (iv?.high ?? value) * scale,
      },
    ];
  });
  if (values.length === 0) return null;
  const runs = [...new Set(history.points.map((p) => p.runId))];
  const x = { field: 'run', type: 'ordinal', sort: runs, title: 'run (oldest first)' };
  const title = axis === 'pass' ? 'pass@1 (%), 95% CI' : 'mean reasoning tokens per sample, 95% CI';
  const breaks = history.breaks.map((b) => ({ run: b.after, label: 'break' }));
  return {
    width: Math.max(240, 70 * runs.length),
    height: 200,
    layer: [
      {
        data: { values },
        mark: { type: 'rule', strokeWidth: 2, opacity: 0.6 },
        encoding: {
          x,
          y: { field: 'low', type: 'quantitative', title, scale: { zero: axis === 'pass' } },
          y2: { field: 'high' },
          color: { field: 'arm', type: 'nominal' },
        },
      },
      {
        data: { values },
        mark: { type: 'line', point: { filled: true, size: 60 } },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative' },
          color: { field: 'arm', type: 'nominal', legend: { title: 'arm' } },
          detail: { field: 'line', type: 'nominal' },
        },
      },
      ...(breaks.length > 0
        ? [
            {
              data: { values: breaks },
              mark: { type: 'rule', strokeDash: [4, 3], color: '#8a4b00' },
              encoding: { x },
            },
            {
              data: { values: breaks },
              mark: { type: 'text', color: '#8a4b00', align: 'left', dx: 3 },
              encoding: { x, y: { value: 8 }, text: { field: 'label' } },
            },
          ]
        : []),
    ],
  };
}

export async function renderHistoryHtml(title: string, history: History): Promise<string> {
  const charts = [];
  for (const [axis, caption] of [
    ['pass', 'pass@1 by run'],
    ['tokens', 'mean reasoning tokens by run'],
  ] as const) {
    const spec = historyChartSpec(history, axis);
    if (spec) charts.push(chartHtml({ title: caption, svg: await renderVegaLiteSvg(spec) }));
  }
  const notes = historyNotes(history);
  return htmlPage(title, [
    ...charts,
    ...(notes.length
      ? [`<ul class="warn">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`]
      : []),
    tableHtml(historyTable(history)),
  ]);
}
