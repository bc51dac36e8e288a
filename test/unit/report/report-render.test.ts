import { describe, expect, it } from 'vitest';
import { analyzeRun } from '../../../src/analyze/analyze-run.js';
import type { ExecutionRecord, SampleRecord, Tier } from '../../../src/core/records.js';
import { createRng } from '../../../src/core/rng.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderTerminal } from '../../../src/report/terminal.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';

function run(withVerdicts: boolean) {
  const rng = createRng('render', 1);
  const tasks = new Map<string, { tier: Tier }>();
  const samples: SampleRecord[] = [];
  const executions: ExecutionRecord[] = [];
  for (let t = 0; t < 30; t++) {
    tasks.set(`t${t}`, { tier: (['simple', 'moderate', 'complex'] as const)[t % 3]! });
    for (let i = 0; i < 20; i++) {
      const length = rng.next() < 0.15 ? 516 : Math.round(700 * Math.exp(0.5 * rng.normal()));
      const s = sampleRecord(`t${t}`, i, { reasoningTokens: length });
      samples.push(s);
      executions.push(
        executionRecord(s, rng.next() < (length === 516 ? 0.5 : 0.8) ? 'pass' : 'fail'),
      );
    }
  }
  return analyzeRun({
    runId: 'render',
    tasks,
    boundaries: [516, 1034, 1552],
    tolerance: 0,
    ks: [1, 5],
    planted: null,
    samples,
    executions: withVerdicts ? executions : [],
    permutations: 200,
    bootstrap: 200,
    powerSimulations: 50,
  });
}

describe('terminal and Markdown reports', () => {
  const full = run(true);
  const imported = run(false);

  it('lead with findings, show every section, and end with caveats', () => {
    const md = renderMarkdown(full);
    const order = [
      '## Findings',
      '## Reasoning tokens',
      '## Pass rate of non-truncated samples by tier',
      '## Hazard at each configured boundary',
      '## Exploratory scan',
      '## Periodicity',
      '## Truncation and censoring',
      '## Per model',
      '## Boundary effect within task',
      '## Complexity',
      '## Empirical difficulty',
      '## Length against quality',
      '## pass@k',
      '## Power',
      '## Caveats',
    ];
    const positions = order.map((h) => md.indexOf(h));
    expect(
      positions.every((p) => p >= 0),
      order.filter((_, i) => positions[i]! < 0).join(', '),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const text of [md, renderTerminal(full, { color: false })]) {
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(text).toContain('Minimum detectable effect');
      expect(text).toContain('Reporting lattice');
      expect(text).toContain('exploratory');
    }
  });

  it('for a run without verdicts, show the distribution sections and say why the others are absent', () => {
    const md = renderMarkdown(imported);
    expect(md).toContain('## Hazard at each configured boundary');
    expect(md).toContain('## Per model');
    expect(md).toContain('## Sections absent, and why');
    expect(md).not.toContain('## Boundary effect within task');
    expect(md).toMatch(
      /Sections passAtK, strata, boundaryEffects, complexity, lengthCurves, power absent: no verdicts/,
    );
    expect(renderTerminal(imported, { color: false })).not.toMatch(/undefined|NaN/);
  });
});
