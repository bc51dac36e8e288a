import Table from 'cli-table3';

/** How a column's cells line up; numbers read best right-aligned. */
export type ColumnAlign = 'left' | 'right' | 'center';

/**
 * A table as data: the one shape every table in the tool is rendered from, so the terminal and
 * Markdown always show the same cells.
 */
export interface TextTable {
  head: readonly string[];
  rows: readonly (readonly string[])[];
  /** Per column; a missing entry (or a missing array) means left. */
  align?: readonly ColumnAlign[];
}

export interface TerminalTableOptions {
  /** Cyan headings and grey borders; off for piped output and NO_COLOR. */
  colour: boolean;
  /** No rule between body rows: for long tables with one short row per item. */
  compact?: boolean;
}

const CLI_TABLE_ALIGN = {
  left: 'left',
  right: 'right',
  center: 'center',
} as const satisfies Record<ColumnAlign, 'left' | 'right' | 'center'>;

const MARKDOWN_RULE = {
  left: ' --- |',
  right: ' ---: |',
  center: ' :---: |',
} as const satisfies Record<ColumnAlign, string>;

const COMPACT_ROWS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

const alignOf = (t: TextTable, column: number): ColumnAlign => t.align?.[column] ?? 'left';

/** The table drawn with box characters for a terminal (cli-table3). */
export function renderTerminalTable(t: TextTable, options: TerminalTableOptions): string {
  const table = new Table({
    head: [...t.head],
    style: { head: options.colour ? ['cyan'] : [], border: options.colour ? ['grey'] : [] },
    colAligns: t.head.map((_, i) => CLI_TABLE_ALIGN[alignOf(t, i)]),
    ...(options.compact ? { chars: COMPACT_ROWS } : {}),
  });
  table.push(...t.rows.map((r) => [...r]));
  return table.toString();
}

// A pipe inside a cell would end the cell; a newline would end the row.
const markdownCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/** The table as GitHub-flavoured Markdown lines (no trailing newline), alignment in the rule row. */
export function renderMarkdownTable(t: TextTable): string {
  return [
    `| ${t.head.map(markdownCell).join(' | ')} |`,
    `|${t.head.map((_, i) => MARKDOWN_RULE[alignOf(t, i)]).join('')}`,
    ...t.rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`),
  ].join('\n');
}
