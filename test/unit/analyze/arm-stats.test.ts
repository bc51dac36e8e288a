import { describe, expect, it } from 'vitest';
import { analyzeRun } from '../../../src/analyze/analyze-run.js';
import { meanWithInterval, pairedRatio, sampleCost } from '../../../src/analyze/arm-stats.js';
import {
  sampleKey,
  type ExecutionRecord,
  type SampleRecord,
  type Tier,
} from '../../../src/core/records.js';
import { createValidators } from '../../../src/core/schemas.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';

/**
 * A fixture small enough to compute by hand: tasks t1, t2 (simple) and t3 (complex); arms
 * effort=low and effort=high, two samples per task each. Reasoning per task (low → high):
 * t1 100+300 → 300+500, t2 200+200 → 400+400, t3 500+700 → 1000+1400, so every task's mean
 * doubles; output = reasoning + 100; input 50; passes low 1/2, 2/2, 0/2 and high 2/2, 2/2, 1/2.
 */
const PLAN: [string, string, number, boolean, number][] = [
  // task, effort, reasoning, passed, latency
  ['t1', 'low', 100, true, 10],
  ['t1', 'low', 300, false, 20],
  ['t2', 'low', 200, true, 30],
  ['t2', 'low', 200, true, 40],
  ['t3', 'low', 500, false, 50],
  ['t3', 'low', 700, false, 60],
  ['t1', 'high', 300, true, 15],
  ['t1', 'high', 500, true, 25],
  ['t2', 'high', 400, true, 35],
  ['t2', 'high', 400, true, 45],
  ['t3', 'high', 1000, true, 55],
  ['t3', 'high', 1400, false, 65],
];

function fixture(): { samples: SampleRecord[]; executions: ExecutionRecord[] } {
  const samples: SampleRecord[] = [];
  const executions: ExecutionRecord[] = [];
  PLAN.forEach(([task, effort, reasoning, passed, latencyMs], i) => {
    const conditionId = `effort=${effort}`;
    const s = sampleRecord(task, i % 2, {
      key: sampleKey(task, conditionId, i % 2),
      conditionId,
      reasoningTokens: reasoning,
      outputTokens: reasoning + 100,
      inputTokens: 50,
      latencyMs,
      // One truncated low-effort sample: it stays in the arm's pass@1 as a failure.
      ...(task === 't3' && effort === 'low' && i % 2 === 1
        ? { truncated: true, finishReason: 'length' as const }
        : {}),
      request: {
        model: 'test',
        maxOutputTokens: 4000,
        reasoningEffort: effort,
        thinkingBudget: null,
        temperature: null,
        systemPromptHash: null,
      },
    });
    samples.push(s);
    executions.push(executionRecord(s, passed ? 'pass' : 'fail'));
  });
  return { samples, executions };
}

const tasks = new Map<string, { tier: Tier | null }>([
  ['t1', { tier: 'simple' }],
  ['t2', { tier: 'simple' }],
  ['t3', { tier: 'complex' }],
]);

const analyse = (extra: { baselineArm?: string } = {}) =>
  analyzeRun({
    runId: 'arms',
    tasks,
    boundaries: [516],
    tolerance: 0,
    ks: [1, 2],
    planted: null,
    prices: { test: { input: 1, output: 10, reasoning: 5 } },
    ...extra,
    ...fixture(),
  });

describe('per-arm statistics on a hand-computed fixture', () => {
  const analysis = analyse();
  const arms = analysis.arms!;
  const row = (id: string, tier = 'all') =>
    arms.arms.find((a) => a.id === id)!.tiers.find((t) => t.tier === tier)!;

  it('validates against the schema and orders arms by effort, the lowest being the baseline', () => {
    expect(createValidators().analysis(analysis)).toBe(true);
    expect(arms.arms.map((a) => a.id)).toEqual(['effort=low', 'effort=high']);
    expect(arms.baseline).toBe('effort=low');
  });

  it('pass@1 is the mean of task rates, truncated samples counted as failures', () => {
    expect(row('effort=low').passRate).toBeCloseTo((0.5 + 1 + 0) / 3, 12);
    expect(row('effort=high').passRate).toBeCloseTo((1 + 1 + 0.5) / 3, 12);
    expect(row('effort=low', 'simple').passRate).toBeCloseTo(0.75, 12);
    expect(row('effort=low', 'complex').passRate).toBe(0);
    // pass@2 per task: 1 − C(n−c, 2)/C(n, 2) = 1, 1, 0.
    expect(row('effort=low').passAtK.find((p) => p.k === 2)?.value).toBeCloseTo(2 / 3, 12);
    expect(row('effort=low').truncatedShare).toBeCloseTo(1 / 6, 12);
  });

  it('token means, medians and p90, latency, tokens and cost per solved task', () => {
    const low = row('effort=low');
    expect(low.reasoning.mean).toBeCloseTo(2000 / 6, 9);
    expect(low.reasoning.median).toBe(250);
    // Type-7 p90 of 100 200 200 300 500 700: position 4.5 → 500 + 0.5 × 200.
    expect(low.reasoning.p90).toBe(600);
    expect(low.output.mean).toBeCloseTo(2600 / 6, 9);
    expect(low.latencyMedianMs).toBe(35);
    expect(low.latencyP90Ms).toBe(55);
    expect(low.tokensPerSolved).toBeCloseTo(2600 / 3, 9);
    // $: input 300 × 1 + visible output 600 × 10 + reasoning 2000 × 5, per 1M, over 3 passes.
    expect(low.costPerSolved).toBeCloseTo(16300 / 1e6 / 3, 12);
    expect(row('effort=high').tokensPerSolved).toBeCloseTo(4600 / 5, 9);
  });

  it('paired comparison: Δ pass@1, exact sign-flip p, token ratio and its exact swap p', () => {
    const [comparison] = arms.comparisons;
    expect(comparison).toMatchObject({ arm: 'effort=high', baseline: 'effort=low' });
    const all = comparison!.tiers.find((t) => t.tier === 'all')!;
    expect(all.passTasks).toBe(3);
    expect(all.passDelta).toBeCloseTo(1 / 3, 12);
    // Differences 0.5, 0, 0.5: 4 of the 8 sign patterns reach |mean| ≥ 1/3.
    expect(all.passP).toBeCloseTo(0.5, 12);
    expect(all.passPHolm).toBeCloseTo(0.5, 12);
    // Resampling 3 tasks with differences 0.5, 0, 0.5: the mean is 0 only when all three draws are
    // t2 (1/27 = 3.7% > 2.5%) and 0.5 when none is (8/27 = 29.6% > 2.5%), so the 95% percentile
    // interval is exactly [0, 0.5].
    expect(all.passInterval?.low).toBeCloseTo(0, 12);
    expect(all.passInterval?.high).toBeCloseTo(0.5, 12);
    expect(all.tokenRatio).toBeCloseTo(2, 12);
    // Every task's mean doubles, so every task resample gives exactly 2.
    expect(all.tokenInterval?.low).toBeCloseTo(2, 9);
    expect(all.tokenInterval?.high).toBeCloseTo(2, 9);
    // Only "swap none" and "swap all" reach |log ratio| ≥ log 2 (ratios 2 and 0.5): 2 of 8.
    expect(all.tokenP).toBeCloseTo(0.25, 12);
    const simple = comparison!.tiers.find((t) => t.tier === 'simple')!;
    expect(simple.passDelta).toBeCloseTo(0.25, 12);
    expect(simple.passP).toBe(1);
  });

  it('takes another baseline by name and refuses an unknown one', () => {
    const other = analyse({ baselineArm: 'effort=high' }).arms!;
    expect(other.baseline).toBe('effort=high');
    expect(other.comparisons[0]!.tiers[0]!.passDelta).toBeCloseTo(-1 / 3, 12);
    expect(() => analyse({ baselineArm: 'effort=max' })).toThrow(/effort=low, effort=high/);
  });
});

describe('Holm across arms, by hand', () => {
  it('adjusts the exact sign-flip p of two arms compared with one baseline', () => {
    // Three tasks, two samples each. Pass counts per task: low 1, 1, 1; medium 2, 1, 2 (task
    // differences 0.5, 0, 0.5: exact p = 4/8); high 2, 2, 2 (0.5, 0.5, 0.5: only the two patterns
    // with all signs alike reach |mean| 0.5, p = 2/8). Holm: 2 × 0.25 = 0.5 for high, then
    // max(0.5, 1 × 0.5) = 0.5 for medium.
    const passes: Record<string, number[]> = { low: [1, 1, 1], medium: [2, 1, 2], high: [2, 2, 2] };
    const samples: SampleRecord[] = [];
    const executions: ExecutionRecord[] = [];
    for (const [effort, counts] of Object.entries(passes))
      counts.forEach((count, t) => {
        for (let i = 0; i < 2; i++) {
          const conditionId = `effort=${effort}`;
          const taskId = `t${t + 1}`;
          const s = sampleRecord(taskId, i, {
            key: sampleKey(taskId, conditionId, i),
            conditionId,
            reasoningTokens: 100 * (i + 1),
            request: {
              model: 'test',
              maxOutputTokens: 4000,
              reasoningEffort: effort,
              thinkingBudget: null,
              temperature: null,
              systemPromptHash: null,
            },
          });
          samples.push(s);
          executions.push(executionRecord(s, i < count ? 'pass' : 'fail'));
        }
      });
    const arms = analyzeRun({
      runId: 'holm',
      tasks,
      boundaries: [516],
      tolerance: 0,
      ks: [1],
      planted: null,
      samples,
      executions,
    }).arms!;
    const all = (arm: string) =>
      arms.comparisons.find((c) => c.arm === arm)!.tiers.find((t) => t.tier === 'all')!;
    expect(arms.baseline).toBe('effort=low');
    expect(all('effort=high').passP).toBeCloseTo(0.25, 12);
    expect(all('effort=high').passPHolm).toBeCloseTo(0.5, 12);
    expect(all('effort=medium').passP).toBeCloseTo(0.5, 12);
    expect(all('effort=medium').passPHolm).toBeCloseTo(0.5, 12);
    // The same counts in both arms' samples: every ratio is 1, with p = 1 before and after Holm.
    expect(all('effort=high').tokenRatio).toBe(1);
    expect(all('effort=high').tokenPHolm).toBe(1);
  });
});

describe('arm statistics helpers', () => {
  const options = { seed: 3, stream: 's', bootstrap: 500, permutations: 999 };

  it('a mean whose tasks all agree has a degenerate interval', () => {
    const m = meanWithInterval({ sums: [10, 20, 30], counts: [1, 2, 3] }, options);
    expect(m.mean).toBe(10);
    expect(m.interval).toMatchObject({ low: 10, high: 10 });
  });

  it('an identical pair of arms has ratio 1 and p = 1', () => {
    const x = { sums: [5, 7, 9, 11], counts: [1, 1, 1, 1] };
    expect(pairedRatio(x, x, options)).toMatchObject({ ratio: 1, pValue: 1 });
  });

  it('costs input, visible output and reasoning at their own prices', () => {
    expect(sampleCost({ input: 2, output: 8 }, 1000, 3000, 1000)).toBeCloseTo(
      (2000 + 3000 * 8) / 1e6,
      15,
    );
    expect(sampleCost({ input: 2, output: 8, reasoning: 4 }, 1000, 3000, 1000)).toBeCloseTo(
      (2000 + 2000 * 8 + 1000 * 4) / 1e6,
      15,
    );
    expect(sampleCost({ input: 2, output: 8 }, null, 3000, 1000)).toBeNull();
  });
});

describe('arm tables and findings', () => {
  it('renders the arm table, the frontier table and the comparison with words', async () => {
    const { renderMarkdown } = await import('../../../src/report/markdown.js');
    const md = renderMarkdown(analyse());
    expect(md).toMatch(/## Arms on all tasks/);
    expect(md).toMatch(/\| effort=low \(baseline\) \| 6\/3 \| 50\.0% /);
    expect(md).toMatch(/## Frontier: pass@1 against mean reasoning tokens/);
    expect(md).toMatch(/\| effort=high \| all \| 3 \| \+33\.3 /);
    expect(md).toMatch(
      /Arms, all tasks: effort=high against effort=low: pass@1 83\.3% vs 50\.0% .*reasoning tokens ×2\.00 .*no quality difference beyond noise/,
    );
  });
});

describe('the frontier chart', () => {
  it('renders to inline SVG in the HTML report, a point per arm per tier', async () => {
    const { renderHtml } = await import('../../../src/report/html.js');
    const { frontierSpec } = await import('../../../src/report/frontier-chart.js');
    const analysis = analyse();
    const spec = frontierSpec(analysis) as { data: { values: { arm: string; tier: string }[] } };
    expect(spec.data.values.map((v) => `${v.arm}/${v.tier}`)).toEqual([
      'effort=low/all',
      'effort=low/simple',
      'effort=low/complex',
      'effort=high/all',
      'effort=high/simple',
      'effort=high/complex',
    ]);
    const html = await renderHtml(analysis);
    expect(html).toMatch(/Frontier: pass@1 against mean reasoning tokens[^]*?<svg/);
  });
});
