import { describe, expect, it } from 'vitest';
import { renderMarkdownTable, renderTerminalTable } from '../../../src/report/table-render.js';

const table = {
  head: ['name', 'count'],
  rows: [
    ['a|b', '7'],
    ['longer name', '1234'],
  ],
};

describe('the table renderer', () => {
  it('writes Markdown with escaped pipes and line breaks, one row per record', () => {
    expect(renderMarkdownTable({ ...table, rows: [...table.rows, ['two\nlines', '0']] })).toBe(
      [
        '| name | count |',
        '| --- | --- |',
        '| a\\|b | 7 |',
        '| longer name | 1234 |',
        '| two<br>lines | 0 |',
      ].join('\n'),
    );
  });

  it('puts each column’s alignment in the Markdown rule row', () => {
    const md = renderMarkdownTable({ ...table, align: ['center', 'right'] });
    expect(md.split('\n')[1]).toBe('| :---: | ---: |');
  });

  it('pads terminal cells by alignment', () => {
    const left = renderTerminalTable(table, { colour: false });
    const right = renderTerminalTable({ ...table, align: ['left', 'right'] }, { colour: false });
    expect(left).toMatch(/│ 7 +│/);
    expect(right).toMatch(/│ +7 │/);
    expect(right).toMatch(/│ a\|b +│/);
  });

  it('draws rules between rows unless compact', () => {
    const rules = (s: string) => s.split('\n').filter((l) => l.startsWith('├')).length;
    // Under the heading and between the two body rows; compact (one row per task) draws none.
    expect(rules(renderTerminalTable(table, { colour: false }))).toBe(2);
    expect(rules(renderTerminalTable(table, { colour: false, compact: true }))).toBe(0);
  });

  it('colours headings and borders only when asked', () => {
    const ansi = /\u001b\[\d+m/;
    expect(renderTerminalTable(table, { colour: false })).not.toMatch(ansi);
    const coloured = renderTerminalTable(table, { colour: true });
    expect(coloured).toMatch(/\u001b\[36mname\u001b\[39m/);
    expect(coloured).toMatch(/\u001b\[90m┌/);
    // Colour changes no cell: stripped of its escapes, it is the plain table.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(
      renderTerminalTable(table, { colour: false }),
    );
  });
});
