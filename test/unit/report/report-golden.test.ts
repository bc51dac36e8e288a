import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderTerminal } from '../../../src/report/terminal.js';
import { fixtureRun, stripVolatile } from '../../helpers/report-fixture.js';

/**
 * Golden files of the terminal and Markdown reports of a fixed fixture run (durations and paths
 * stripped). Regenerate with `npx vitest run test/unit/report/report-golden.test.ts -u` and review
 * the diff.
 */
describe('report golden files', () => {
  const analysis = fixtureRun();

  it('holds the terminal report', async () => {
    await expect(stripVolatile(renderTerminal(analysis, { color: false }))).toMatchFileSnapshot(
      '../../fixtures/golden/report/terminal.txt',
    );
  });

  it('holds the Markdown report', async () => {
    await expect(stripVolatile(renderMarkdown(analysis))).toMatchFileSnapshot(
      '../../fixtures/golden/report/report.md',
    );
  });

  it('leads both with the same headline, one sentence per tier and one on the arms', () => {
    const terminal = renderTerminal(analysis, { color: false });
    const markdown = renderMarkdown(analysis);
    expect(analysis.headline?.map((h) => h.kind)).toEqual([
      'tier-effect',
      'tier-effect',
      'tier-effect',
      'arms',
    ]);
    for (const text of [terminal, markdown]) {
      const answer = text.search(/The answer/);
      expect(answer).toBeGreaterThan(-1);
      expect(answer).toBeLessThan(text.search(/Findings/));
      expect(text.search(/The run/)).toBeLessThan(text.search(/Findings/));
      for (const tier of ['Simple tasks:', 'Moderate tasks:', 'Complex tasks:', 'Arms against'])
        expect(text.indexOf(tier), tier).toBeLessThan(text.search(/Findings/));
    }
  });
});
