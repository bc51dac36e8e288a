import { renderVegaLiteSvg } from './charts/vega-svg.js';
import { chartHtml, htmlPage, tableHtml } from './html-page.js';
import { historyTable, type RunListing } from './run-history.js';

/** pass@1 of each run in time order, with its task-clustered interval. */
export function historyChartSpec(runs: readonly RunListing[]): Record<string, unknown> {
  const values = runs
    .filter((r) => r.passAt1 !== null)
    .map((r) => ({
      run: r.runId,
      model: r.model,
      pass: (r.passAt1 ?? 0) * 100,
      low: (r.passAt1Interval?.low ?? r.passAt1 ?? 0) * 100,
      high: (r.passAt1Interval?.high ?? r.passAt1 ?? 0) * 100,
    }));
  const x = {
    field: 'run',
    type: 'ordinal',
    sort: values.map((v) => v.run),
    title: 'run (oldest first)',
  };
  return {
    width: Math.max(240, 70 * values.length),
    height: 220,
    data: { values },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x,
          y: { field: 'low', type: 'quantitative', title: 'pass@1 (%), 95% CI' },
          y2: { field: 'high' },
        },
      },
      {
        mark: { type: 'line', point: { filled: true, size: 60 } },
        encoding: {
          x,
          y: { field: 'pass', type: 'quantitative' },
          color: { field: 'model', type: 'nominal' },
        },
      },
    ],
  };
}

export async function renderHistoryHtml(
  title: string,
  runs: readonly RunListing[],
): Promise<string> {
  const svg = await renderVegaLiteSvg(historyChartSpec(runs));
  return htmlPage(title, [
    chartHtml({ title: 'pass@1 across runs', svg }),
    tableHtml(historyTable(runs)),
  ]);
}
