import type { Comparison } from '../core/comparison-record.js';
import { renderVegaLiteSvg } from './charts/vega-svg.js';
import { comparisonPreamble, comparisonTables } from './comparison-tables.js';
import { chartHtml, escapeHtml, htmlPage, tableHtml } from './html-page.js';

/** Per-tier Δ pass@1 with its bootstrap interval, and a rule at 0: the chart the verdict rests on. */
export function deltaChartSpec(c: Comparison): Record<string, unknown> {
  const values = c.deltas
    .filter((d) => d.k === 1 && d.delta !== null)
    .map((d) => ({
      tier: d.tier,
      delta: (d.delta ?? 0) * 100,
      low: (d.interval?.low ?? d.delta ?? 0) * 100,
      high: (d.interval?.high ?? d.delta ?? 0) * 100,
    }));
  const y = { field: 'tier', type: 'nominal', sort: values.map((v) => v.tier), title: null };
  return {
    width: 520,
    height: 40 * Math.max(1, values.length),
    data: { values },
    layer: [
      {
        mark: { type: 'rule', color: '#999', strokeDash: [4, 3] },
        encoding: { x: { datum: 0, type: 'quantitative' } },
      },
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          y,
          x: {
            field: 'low',
            type: 'quantitative',
            title: 'Δ pass@1, B − A (points), 95% paired bootstrap CI',
          },
          x2: { field: 'high' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: { y, x: { field: 'delta', type: 'quantitative' } },
      },
    ],
  };
}

/** The comparison as a self-contained HTML page: verdict, runs, chart, tables, warnings. */
export async function renderComparisonHtml(c: Comparison): Promise<string> {
  const svg = await renderVegaLiteSvg(deltaChartSpec(c));
  return htmlPage(`boundary-bench comparison: ${c.runA.runId} → ${c.runB.runId}`, [
    '<h2>Verdict</h2>',
    `<ul class="lead">${c.verdict.map((v) => `<li>${escapeHtml(v)}</li>`).join('')}</ul>`,
    `<ul>${comparisonPreamble(c)
      .map((l) => `<li>${escapeHtml(l)}</li>`)
      .join('')}</ul>`,
    chartHtml({ title: 'Δ pass@1 by tier (B − A) with 95% intervals', svg }),
    ...comparisonTables(c).map(tableHtml),
    ...(c.warnings.length > 0
      ? [
          '<h2>Warnings</h2>',
          `<ul class="warn">${c.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`,
        ]
      : []),
  ]);
}
