import type { Analysis } from '../core/analysis-record.js';
import { describeCaveat, describeFinding } from './finding-text.js';
import { renderTerminalTable } from './table-render.js';
import { reportTables } from './tables.js';
import { textHistogram } from './text-histogram.js';

/** The terminal report: findings first, then the tables, then caveats. Returns text; the CLI prints it. */
export function renderTerminal(analysis: Analysis, options: { color: boolean }): string {
  const out: string[] = [`boundary-bench · run ${analysis.runId}`, '', 'Findings:'];
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
