import type { Analysis } from '../core/analysis-record.js';
import type { VegaLiteSpec } from './charts/vega-svg.js';

/**
 * The frontier: pass@1 (y, task-clustered 95% CI) against mean reasoning tokens per sample (x, log
 * scale, task-bootstrap 95% CI), one point per arm, the arms of one model joined in effort or budget
 * order (the section's order), one panel for all tasks and one per tier. Null without two points.
 */
export function frontierSpec(analysis: Analysis): VegaLiteSpec | null {
  const section = analysis.arms;
  if (!section) return null;
  const values = section.arms.flatMap((arm, order) =>
    arm.tiers
      .filter((s) => s.passRate !== null && s.reasoning.mean !== null && s.reasoning.mean > 0)
      .map((s) => ({
        arm: arm.id,
        model: arm.model,
        order,
        tier: s.tier,
        pass: s.passRate! * 100,
        passLow: (s.passInterval?.low ?? s.passRate!) * 100,
        passHigh: (s.passInterval?.high ?? s.passRate!) * 100,
        tokens: s.reasoning.mean!,
        tokensLow: Math.max(1, s.reasoning.meanInterval?.low ?? s.reasoning.mean!),
        tokensHigh: s.reasoning.meanInterval?.high ?? s.reasoning.mean!,
      })),
  );
  if (values.length < 2) return null;
  const x = {
    field: 'tokens',
    type: 'quantitative',
    scale: { type: 'log' },
    title: 'mean reasoning tokens per sample (log scale, 95% CI)',
  };
  const y = { field: 'pass', type: 'quantitative', title: 'pass@1 (%), 95% CI' };
  return {
    data: { values },
    facet: {
      field: 'tier',
      type: 'nominal',
      sort: ['all', 'simple', 'moderate', 'complex', 'untiered'],
      title: null,
    },
    columns: 4,
    spec: {
      width: 220,
      height: 200,
      layer: [
        {
          mark: { type: 'line', strokeWidth: 1.5 },
          encoding: {
            x,
            y,
            order: { field: 'order', type: 'quantitative' },
            detail: { field: 'model', type: 'nominal' },
            color: { value: '#9e9e9e' },
          },
        },
        {
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: { x, y: { field: 'passLow', type: 'quantitative' }, y2: { field: 'passHigh' } },
        },
        {
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: {
            x: { ...x, field: 'tokensLow' },
            x2: { field: 'tokensHigh' },
            y,
          },
        },
        {
          mark: { type: 'point', filled: true, size: 70 },
          encoding: {
            x,
            y,
            color: { field: 'arm', type: 'nominal', legend: { title: 'arm' } },
            tooltip: [{ field: 'arm' }, { field: 'pass' }, { field: 'tokens' }],
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  };
}
