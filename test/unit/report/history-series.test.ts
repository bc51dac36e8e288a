import { describe, expect, it } from 'vitest';
import type { Interval } from '../../../src/core/analysis-record.js';
import { buildHistory } from '../../../src/report/history-series.js';
import { historyNotes, historyTable } from '../../../src/report/history-table.js';
import { renderHistoryHtml } from '../../../src/report/run-history-html.js';
import type { ArmPoint, RunListing } from '../../../src/report/run-history.js';

const iv = (low: number, high: number): Interval => ({ low, high, method: 'test' });

function arm(conditionId: string, pass: number, tokens: number): ArmPoint {
  return {
    conditionId,
    passAt1: pass,
    passAt1Interval: iv(pass - 0.1, pass + 0.1),
    reasoningMean: tokens,
    reasoningInterval: iv(tokens * 0.9, tokens * 1.1),
  };
}

function listing(runId: string, over: Partial<RunListing> = {}): RunListing {
  const arms = over.arms ?? [arm('effort=low', 0.5, 400), arm('effort=high', 0.7, 1200)];
  return {
    runId,
    status: 'complete',
    samples: 240,
    model: 'simulated',
    conditions: arms.map((a) => a.conditionId),
    createdAt: `2026-11-${runId.replace(/\D/g, '').padStart(2, '0')}T10:00:00Z`,
    corpusHash: 'aaaaaaaaaaaaaaaa',
    boundaries: [516, 1034],
    tasks: 12,
    scoredTasks: 12,
    passAt1: 0.6,
    passAt1Interval: iv(0.5, 0.7),
    boundary: 516,
    hazard: 0.1,
    g: 1,
    arms,
    ...over,
  };
}

describe('history series', () => {
  it('compares each arm with its previous run: Δ pass@1 and the ratio of mean reasoning tokens', () => {
    const h = buildHistory([
      listing('v1'),
      listing('v2', { arms: [arm('effort=low', 0.55, 600), arm('effort=high', 0.7, 1800)] }),
    ]);
    expect(h.breaks).toEqual([]);
    const low2 = h.points.find((p) => p.runId === 'v2' && p.series === 'effort=low')!;
    expect(low2.previous).toBe('v1');
    expect(low2.passDelta).toBeCloseTo(0.05, 12);
    expect(low2.tokenRatio).toBeCloseTo(1.5, 12);
    expect(low2.note).toBeNull();
    const high2 = h.points.find((p) => p.runId === 'v2' && p.series === 'effort=high')!;
    expect(high2.passDelta).toBeCloseTo(0, 12);
    expect(high2.tokenRatio).toBeCloseTo(1.5, 12);
    const table = historyTable(h);
    expect(table.head).toContain('arm');
    expect(table.head).toContain('reasoning tokens');
    const row = table.rows[2]!;
    expect(row).toContain('+5.0');
    expect(row).toContain('600 [540, 660]');
    expect(row).toContain('×1.50');
  });

  it('breaks the series where the corpus or the boundaries change, and draws no Δ across it', () => {
    const h = buildHistory([
      listing('v1'),
      listing('v2', { corpusHash: 'bbbbbbbbbbbbbbbb' }),
      listing('v3', { corpusHash: 'bbbbbbbbbbbbbbbb', boundaries: [512] }),
      listing('v4', { corpusHash: 'bbbbbbbbbbbbbbbb', boundaries: [512] }),
    ]);
    expect(h.breaks.map((b) => [b.before, b.after])).toEqual([
      ['v1', 'v2'],
      ['v2', 'v3'],
    ]);
    expect(h.breaks[0]!.reasons[0]).toContain('corpus changed (aaaaaaaa… → bbbbbbbb…)');
    expect(h.breaks[1]!.reasons[0]).toContain('boundaries changed (516, 1034 → 512)');
    for (const p of h.points.filter((q) => q.runId === 'v2' || q.runId === 'v3')) {
      expect(p.passDelta).toBeNull();
      expect(p.tokenRatio).toBeNull();
      expect(p.note).toMatch(/^break after v[12]: no Δ/);
      expect(p.afterBreak).toBe(true);
    }
    const v4 = h.points.filter((p) => p.runId === 'v4');
    expect(v4.every((p) => p.previous === 'v3' && p.passDelta !== null)).toBe(true);
    expect(new Set(h.points.map((p) => p.segment))).toEqual(new Set([0, 1, 2]));
    const notes = historyNotes(h);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('Series break between v1 and v2: corpus changed');
    expect(historyTable(h).rows[2]).toContain('break');
  });

  it('breaks on a very different task count and qualifies a Δ over a moderately different one', () => {
    const h = buildHistory([
      listing('v1', { scoredTasks: 1 }),
      listing('v2', { scoredTasks: 12 }),
      listing('v3', { scoredTasks: 10 }),
    ]);
    expect(h.breaks).toHaveLength(1);
    expect(h.breaks[0]!.reasons).toEqual(['task count changed from 1 to 12: not like for like']);
    expect(h.points.filter((p) => p.runId === 'v2').every((p) => p.passDelta === null)).toBe(true);
    const v3 = h.points.find((p) => p.runId === 'v3')!;
    expect(v3.passDelta).not.toBeNull();
    expect(v3.note).toBe('Δ over different task counts (12 → 10): partly a change of tasks');
  });

  it('keeps runs analysed before arms existed as one series without token figures', () => {
    const h = buildHistory([
      listing('v1', { arms: [], conditions: ['default'] }),
      listing('v2', { arms: [], conditions: ['default'], passAt1: 0.7 }),
      listing('v3', { arms: [], conditions: ['default'], passAt1: null, scoredTasks: null }),
    ]);
    expect(h.points.map((p) => p.series)).toEqual(['default', 'default', 'default']);
    expect(h.points[1]!.passDelta).toBeCloseTo(0.1, 12);
    expect(h.points[1]!.tokenRatio).toBeNull();
    expect(h.points[2]!.passDelta).toBeNull();
    const table = historyTable(h);
    expect(table.head).not.toContain('arm');
    expect(table.rows[2]).toContain('not analysed');
  });

  it('charts pass@1 and reasoning tokens in HTML, one line per arm and segment, with the breaks marked', async () => {
    const h = buildHistory([
      listing('v1'),
      listing('v2'),
      listing('v3', { corpusHash: 'bbbbbbbbbbbbbbbb' }),
    ]);
    const html = await renderHistoryHtml('history', h);
    expect(html.match(/<svg/g)?.length).toBe(2);
    expect(html).toContain('pass@1 (%), 95% CI');
    expect(html).toContain('mean reasoning tokens per sample, 95% CI');
    expect(html).toContain('Series break between v2 and v3: corpus changed');
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
    // Two arms: two segments before the break, two after, each its own line.
    // Two arms, each a line before the break and a line after it: four lines, none across the break.
    expect(svg.match(/class="mark-line role-mark/g)?.length).toBe(4);
    expect(svg.match(/class="mark-text role-mark/g)?.length).toBe(1);
    expect(svg).toContain('>break<');
    expect(html).not.toMatch(/<script/);
  });
});
