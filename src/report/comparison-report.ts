import type { Comparison } from '../core/comparison-record.js';
import { comparisonPreamble, comparisonTables } from './comparison-tables.js';
import { renderMarkdownTable, renderTerminalTable } from './table-render.js';

/** The comparison in the terminal: verdict first, then the runs, the tables and any warnings. */
export function renderComparisonTerminal(c: Comparison, options: { color: boolean }): string {
  const out: string[] = [
    `boundary-bench · compare ${c.runA.runId} → ${c.runB.runId}`,
    '',
    'Verdict:',
  ];
  for (const line of c.verdict) out.push(`  • ${line}`);
  out.push('', ...comparisonPreamble(c));
  for (const t of comparisonTables(c))
    out.push('', t.title, renderTerminalTable(t, { colour: options.color }));
  if (c.warnings.length > 0) out.push('', 'Warnings:', ...c.warnings.map((w) => `  • ${w}`));
  return out.join('\n');
}

export function renderComparisonMarkdown(c: Comparison): string {
  const out: string[] = [
    `# boundary-bench comparison: ${c.runA.runId} → ${c.runB.runId}`,
    '',
    '## Verdict',
    '',
  ];
  for (const line of c.verdict) out.push(`- ${line}`);
  out.push('', ...comparisonPreamble(c).map((l) => `- ${l}`));
  for (const t of comparisonTables(c)) out.push('', `## ${t.title}`, '', renderMarkdownTable(t));
  if (c.warnings.length > 0) out.push('', '## Warnings', '', ...c.warnings.map((w) => `- ${w}`));
  return `${out.join('\n')}\n`;
}
