import Table from 'cli-table3';
import type { Comparison } from '../core/comparison-record.js';
import { comparisonPreamble, comparisonTables } from './comparison-tables.js';

const escapeCell = (s: string) => s.replace(/\|/g, '\\|');

/** The comparison in the terminal: verdict first, then the runs, the tables and any warnings. */
export function renderComparisonTerminal(c: Comparison, options: { color: boolean }): string {
  const out: string[] = [
    `boundary-bench · compare ${c.runA.runId} → ${c.runB.runId}`,
    '',
    'Verdict:',
  ];
  for (const line of c.verdict) out.push(`  • ${line}`);
  out.push('', ...comparisonPreamble(c));
  for (const t of comparisonTables(c)) {
    const table = new Table({
      head: t.head,
      style: { head: options.color ? ['cyan'] : [], border: options.color ? ['grey'] : [] },
    });
    table.push(...t.rows);
    out.push('', t.title, table.toString());
  }
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
  for (const t of comparisonTables(c)) {
    out.push(
      '',
      `## ${t.title}`,
      '',
      `| ${t.head.map(escapeCell).join(' | ')} |`,
      `|${t.head.map(() => ' --- |').join('')}`,
    );
    for (const row of t.rows) out.push(`| ${row.map(escapeCell).join(' | ')} |`);
  }
  if (c.warnings.length > 0) out.push('', '## Warnings', '', ...c.warnings.map((w) => `- ${w}`));
  return `${out.join('\n')}\n`;
}
