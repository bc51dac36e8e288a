import type { Analysis } from '../core/analysis-record.js';
import { describeCaveat, describeFinding } from './finding-text.js';
import { headlineLines } from './headline-text.js';
import { runInfoRows } from './run-info-text.js';
import { renderTerminalTable } from './table-render.js';
import { reportTables } from './tables.js';
import { textHistogram } from './text-histogram.js';

/**
 * The terminal report: the answer first (the headline), then the run's metadata, the findings, the
 * tables and the caveats. Returns text; the CLI prints it.
 */
export function renderTerminal(analysis: Analysis, options: { color: boolean }): string {
  const out: string[] = [`boundary-bench · run ${analysis.runId}`, '', 'The answer:'];
  for (const line of headlineLines(analysis.headline)) out.push(`  ▸ ${line}`);
  const rows = runInfoRows(analysis);
  const width = Math.max(...rows.map(([label]) => label.length));
  out.push('', 'The run:', ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`));
  out.push('', 'Findings:');
  for (const f of analysis.findings) out.push(`  • ${describeFinding(f)}`);
  if (analysis.planted)
    out.push(
      `  (planted by the simulated model: preset '${analysis.planted.preset}', aligned odds ratios ${formatPlanted(analysis.planted.alignedOddsRatio)})`,
    );
  const histogram = textHistogram(analysis.distribution);
  if (histogram.length > 0)
    out.push('', 'Reasoning tokens (all samples with a count):', ...histogram.map((l) => `  ${l}`));
  for (const t of reportTables(analysis))
    out.push('', t.title, renderTerminalTable(t, { colour: options.color }));
  out.push('', 'Caveats:');
  for (const c of analysis.caveats) out.push(`  • ${describeCaveat(c)}`);
  return out.join('\n');
}

export function formatPlanted(odds: Record<string, number>): string {
  return Object.entries(odds)
    .map(([tier, or]) => `${tier} ${or}`)
    .join(', ');
}
