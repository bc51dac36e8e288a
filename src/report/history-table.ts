import type { Interval } from '../core/analysis-record.js';
import { percent } from '../core/format.js';
import type { History } from './history-series.js';
import type { ReportTable } from './tables.js';

const ci = (iv: Interval | null) => (iv ? ` [${percent(iv.low, 0)}, ${percent(iv.high, 0)}]` : '');
const tokens = (x: number) => Math.round(x).toLocaleString('en-US');
const tokenCi = (iv: Interval | null) => (iv ? ` [${tokens(iv.low)}, ${tokens(iv.high)}]` : '');

function signed(points: number): string {
  return `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)}`;
}

/**
 * The trend across versions, one row per run and arm: pass@1 and mean reasoning tokens with their 95%
 * CIs, each against the previous run of the same arm, and a text bar of pass@1.
 */
export function historyTable(history: History, width = 20): ReportTable {
  const arms = new Set(history.points.map((p) => p.series)).size;
  return {
    title:
      'History (pass@1: task-clustered 95% CI; reasoning tokens: mean per sample, task-bootstrap 95% CI; Δ and × are against the previous run of the same arm, never across a break; use `bbench compare` for paired intervals and tests)',
    head: [
      'created',
      'run',
      'model',
      ...(arms > 1 ? ['arm'] : []),
      'tasks',
      'pass@1',
      'Δ points',
      'reasoning tokens',
      '× tokens',
      'hazard',
      'chart',
      'note',
    ],
    rows: history.points.map((p) => [
      p.createdAt.slice(0, 16).replace('T', ' '),
      p.runId,
      p.model,
      ...(arms > 1 ? [p.series] : []),
      p.tasks === null ? '–' : String(p.tasks),
      p.passAt1 === null ? 'not analysed' : `${percent(p.passAt1)}${ci(p.passAt1Interval)}`,
      p.passDelta === null ? (p.afterBreak ? 'break' : '–') : signed(p.passDelta * 100),
      p.reasoningMean === null ? '–' : `${tokens(p.reasoningMean)}${tokenCi(p.reasoningInterval)}`,
      p.tokenRatio === null ? '–' : `×${p.tokenRatio.toFixed(2)}`,
      p.boundary === null ? '–' : `${percent(p.hazard)} at ${p.boundary}`,
      p.passAt1 === null ? '' : '█'.repeat(Math.round(p.passAt1 * width)).padEnd(width, '·'),
      p.note ?? '',
    ]),
  };
}

/** One line per break, for under the table: where the series breaks and why. */
export function historyNotes(history: History): string[] {
  return history.breaks.map(
    (b) =>
      `Series break between ${b.before} and ${b.after}: ${b.reasons.join('; ')}. No Δ is drawn across it.`,
  );
}
