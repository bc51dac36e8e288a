import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis-record.js';
import { histogramSpec } from '../../../src/report/charts/histogram-chart.js';
import { renderVegaLiteSvg } from '../../../src/report/charts/vega-svg.js';
import { fixtureRun } from '../../helpers/report-fixture.js';

type Layer = { mark: { type: string }; encoding: Record<string, { scale?: { domain?: unknown } }> };
type Panel = { layer: Layer[] };

const panels = (analysis: Analysis) => (histogramSpec(analysis)?.vconcat ?? []) as Panel[];
const marksOf = (panel: Panel) => panel.layer.map((l) => l.mark.type);

describe('the reasoning-token histogram', () => {
  const analysis = fixtureRun();

  it('draws the hazard points in their own panel, never over the bars', () => {
    const [hazard, bars] = panels(analysis);
    expect(marksOf(hazard!)).toContain('point');
    expect(marksOf(hazard!)).not.toContain('rect');
    expect(marksOf(bars!)).toContain('rect');
    expect(marksOf(bars!)).not.toContain('point');
  });

  it('lists in its legends only the marks it draws', async () => {
    // The fixture has no truncated samples and no scan spikes: neither may appear in a legend.
    expect(analysis.distribution.bins.every((b) => b.truncated === 0)).toBe(true);
    expect(analysis.distribution.marks.some((m) => m.kind === 'scan')).toBe(false);
    const [, bars] = panels(analysis);
    const rect = bars!.layer.find((l) => l.mark.type === 'rect')!;
    expect(rect.encoding.color?.scale?.domain).toEqual(['not truncated']);
    const rule = bars!.layer.find((l) => l.mark.type === 'rule')!;
    expect(rule.encoding.strokeDash?.scale?.domain).toEqual([
      'configured boundary',
      'predicted tooth',
    ]);
    const svg = await renderVegaLiteSvg(histogramSpec(analysis)!);
    expect(svg).toContain('configured boundary');
    expect(svg).not.toMatch(/scan spike|>truncated</);
  });

  it('names the truncated part once some samples are truncated', () => {
    const withTruncated: Analysis = {
      ...analysis,
      distribution: {
        ...analysis.distribution,
        bins: analysis.distribution.bins.map((b, i) => (i === 3 ? { ...b, truncated: 2 } : b)),
      },
    };
    const [, bars] = panels(withTruncated);
    const rect = bars!.layer.find((l) => l.mark.type === 'rect')!;
    expect(rect.encoding.color?.scale?.domain).toEqual(['not truncated', 'truncated']);
  });
});
