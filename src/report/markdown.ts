import type { Analysis } from '../core/analysis-record.js';
import { describeCaveat, describeFinding } from './finding-text.js';
import { headlineLines } from './headline-text.js';
import { runInfoRows } from './run-info-text.js';
import { renderMarkdownTable } from './table-render.js';
import { reportTables } from './tables.js';
import { textHistogram } from './text-histogram.js';
import { formatPlanted } from './terminal.js';

/** The Markdown report (report.md): the same headline, metadata, findings, tables and caveats as the terminal. */
export function renderMarkdown(analysis: Analysis): string {
  const out: string[] = [`# boundary-bench report: ${analysis.runId}`, '', '## The answer', ''];
  for (const line of headlineLines(analysis.headline)) out.push(`- **${line}**`);
  out.push('', '## The run', '');
  for (const [label, value] of runInfoRows(analysis)) out.push(`- **${label}:** ${value}`);
  out.push('', '## Findings', '');
  for (const f of analysis.findings) out.push(`- ${describeFinding(f)}`);
  if (analysis.planted)
    out.push(
      '',
      `Planted by the simulated model: preset \`${analysis.planted.preset}\`, aligned odds ratios ${formatPlanted(analysis.planted.alignedOddsRatio)}, boundaries ${analysis.planted.boundaries.join(', ')}.`,
    );
  const histogram = textHistogram(analysis.distribution);
  if (histogram.length > 0) out.push('', '## Reasoning tokens', '', '```', ...histogram, '```');
  for (const t of reportTables(analysis)) out.push('', `## ${t.title}`, '', renderMarkdownTable(t));
  out.push('', '## Caveats', '');
  for (const c of analysis.caveats) out.push(`- ${describeCaveat(c)}`);
  return `${out.join('\n')}\n`;
}
