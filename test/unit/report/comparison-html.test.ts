import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/analyze/compare-runs.js';
import { renderComparisonHtml } from '../../../src/report/comparison-html.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';

const evil = '<script>alert(1)</script>';

function run(id: string, passes: number) {
  const samples = Array.from({ length: 6 }, (_, i) => sampleRecord(i < 3 ? 'x/one' : evil, i % 3));
  return {
    summary: { runId: id, model: 'm', createdAt: '2026-11-22T00:00:00Z', corpusHash: 'h' },
    tasks: new Map([
      ['x/one', { tier: 'simple' as const }],
      [evil, { tier: 'complex' as const }],
    ]),
    samples,
    executions: samples.map((s, i) => executionRecord(s, i < passes ? 'pass' : 'fail')),
  };
}

describe('HTML comparison report', () => {
  it('is self-contained, charts Δ per tier as SVG, and escapes every text it shows', async () => {
    const c = compareRuns({
      a: run('A', 5),
      b: run(evil, 1),
      boundaries: [516],
      tolerance: 0,
      ks: [],
      seed: 1,
      bootstrapResamples: 200,
      permutationResamples: 200,
      alpha: 0.05,
      gate: [],
    });
    const html = await renderComparisonHtml(c);
    expect(html).not.toContain(evil);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|src="http|href="http/);
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? '';
    // One point mark per tier row (all, simple, complex) and the axis title.
    expect(svg.match(/class="mark-symbol/g)?.length).toBe(1);
    expect(svg.match(/<path[^>]*transform="translate\(/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(svg).toContain('Δ pass@1, B − A');
  });
});
