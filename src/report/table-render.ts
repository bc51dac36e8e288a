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

const BOX_CHARS = {
  top: '─',
  'top-mid': '┬',
  'top-left': '┌',
  'top-right': '┐',
  bottom: '─',
  'bottom-mid': '┴',
  'bottom-left': '└',
  'bottom-right': '┘',
  left: '│',
  'left-mid': '├',
  mid: '─',
  'mid-mid': '┼',
  right: '│',
  'right-mid': '┤',
  middle: '│',
};

// The caller decides colour (TTY, NO_COLOR); cli-table3's own styles go through @colors/colors,
// which makes a second decision of its own (it turns colour off whenever CI is set, for one), so
// the escapes are written here and cli-table3 only measures them.
const cyan = (s: string) => `\u001b[36m${s}\u001b[39m`;
const grey = (s: string) => (s === '' ? s : `\u001b[90m${s}\u001b[39m`);
const mapChars = (chars: Record<string, string>, f: (s: string) => string) =>
  Object.fromEntries(Object.entries(chars).map(([k, v]) => [k, f(v)]));

const alignOf = (t: TextTable, column: number): ColumnAlign => t.align?.[column] ?? 'left';

/** The table drawn with box characters for a terminal (cli-table3). */
export function renderTerminalTable(t: TextTable, options: TerminalTableOptions): string {
  const chars = { ...BOX_CHARS, ...(options.compact ? COMPACT_ROWS : {}) };
  const table = new Table({
    head: options.colour ? t.head.map(cyan) : [...t.head],
    style: { head: [], border: [] },
    colAligns: t.head.map((_, i) => CLI_TABLE_ALIGN[alignOf(t, i)]),
    chars: options.colour ? mapChars(chars, grey) : chars,
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
