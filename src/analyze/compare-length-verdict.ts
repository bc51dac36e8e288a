import type { Comparison, RatioChange } from '../core/comparison-record.js';
import { fixed, formatP } from '../core/format.js';

const ratio = (r: RatioChange) =>
  `×${fixed(r.ratio)}${r.interval ? ` [${fixed(r.interval.low)}, ${fixed(r.interval.high)}]` : ''}`;

const points = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

/**
 * The verdict on length and cost next to quality, e.g. "pass@1 unchanged (Δ +0.4 [−1.2, +2.0]);
 * reasoning tokens ×1.80 [1.60, 2.00] (p < 0.001): run-b spends more reasoning for the same quality", naming
 * run B by its id.
 */
export function describeLengthCost(c: Comparison): string[] {
  const overall = c.deltas.find((d) => d.tier === 'all' && d.k === 1);
  const tokens = c.lengthCost.reasoningTokens;
  if (!overall || overall.delta === null || tokens.ratio === null) return [];
  const quality = overall.excludesZero === true ? (overall.delta > 0 ? 'better' : 'worse') : 'same';
  const length =
    tokens.pValue !== null && tokens.pValue < c.alpha
      ? tokens.ratio > 1
        ? 'more'
        : 'less'
      : 'same';
  const ci = overall.interval
    ? ` [${points(overall.interval.low)}, ${points(overall.interval.high)}]`
    : '';
  const passWords = {
    better: 'pass@1 rose',
    worse: 'pass@1 fell',
    same: 'pass@1 unchanged',
  }[quality];
  const conclusion = {
    same: {
      more: 'B spends more reasoning for the same quality',
      less: 'B reaches the same quality with less reasoning',
      same: 'neither quality nor reasoning length changed beyond noise',
    },
    better: {
      more: 'B is better and spends more reasoning for it',
      less: 'B is better and spends less reasoning',
      same: 'B is better at the same reasoning length',
    },
    worse: {
      more: 'B is worse and spends more reasoning',
      less: 'B is worse and spends less reasoning: check whether it stops too early',
      same: 'B is worse at the same reasoning length',
    },
  }[quality][length];
  // The table's sentences open with "B "; the verdict names the run by its id instead.
  const named = conclusion.replace(/^B /, `${c.runB.runId} `);
  const lines = [
    `${passWords} (Δ ${points(overall.delta)} points${ci}); reasoning tokens ${ratio(tokens)} (${fixed(tokens.a, 0)} → ${fixed(tokens.b, 0)} per sample, p ${formatP(tokens.pValue)}): ${named}.`,
  ];
  const { tokensPerSolved, costPerSolved, latencyMs } = c.lengthCost;
  const extra = [
    tokensPerSolved.ratio !== null
      ? `tokens per solved task ${fixed(tokensPerSolved.a, 0)} → ${fixed(tokensPerSolved.b, 0)} (${ratio(tokensPerSolved)})`
      : null,
    costPerSolved?.ratio != null
      ? `cost per solved task $${fixed(costPerSolved.a, 4)} → $${fixed(costPerSolved.b, 4)} (${ratio(costPerSolved)})`
      : null,
    latencyMs.ratio !== null
      ? `mean latency ${fixed(latencyMs.a, 0)} → ${fixed(latencyMs.b, 0)} ms (${ratio(latencyMs)})`
      : null,
  ].filter((x): x is string => x !== null);
  if (extra.length > 0) lines.push(`${extra.join('; ')}.`);
  return lines;
}
