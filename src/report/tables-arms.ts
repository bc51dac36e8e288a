import type { Analysis, Interval } from '../core/analysis-record.js';
import { callArm, type ArmsSection, type ArmTierStats } from '../core/arm-record.js';
import { fixed, formatP, percent } from '../core/format.js';
import type { ReportTable } from './tables.js';

const p = (x: number | null | undefined) => formatP(x).replace('= ', '');
const tokens = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en-US');
const passCell = (s: ArmTierStats) =>
  s.passRate === null
    ? '–'
    : `${percent(s.passRate)}${s.passInterval ? ` [${percent(s.passInterval.low, 0)}, ${percent(s.passInterval.high, 0)}]` : ''}`;
const meanCell = (mean: number | null, iv: Interval | null) =>
  mean === null ? '–' : `${tokens(mean)}${iv ? ` [${tokens(iv.low)}, ${tokens(iv.high)}]` : ''}`;
const dollars = (x: number | null) =>
  x === null ? '–' : x >= 0.01 ? `$${x.toFixed(3)}` : `$${x.toPrecision(2)}`;
const points = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

/** The per-arm tables: arms on all tasks, the compact frontier per tier, and each arm against the baseline. */
export function armTables(a: Analysis): ReportTable[] {
  const section = a.arms;
  if (!section || section.arms.length === 0) return [];
  return [armTable(section), frontierTable(section), comparisonTable(section)];
}

function armTable(section: ArmsSection): ReportTable {
  const costs = section.prices !== null;
  return {
    title:
      'Arms on all tasks (pass@1 = mean of task rates with truncated samples as failures, task-clustered 95% CI; tokens: mean [task-bootstrap 95% CI], median, p90; output tokens include reasoning)',
    head: [
      'arm',
      'samples/tasks',
      'pass@1',
      'reasoning mean',
      'median',
      'p90',
      'output mean',
      'truncated',
      'latency p50/p90',
      'tokens/solved',
      ...(costs ? ['cost/solved'] : []),
    ],
    rows: section.arms.map((arm) => {
      const s = arm.tiers.find((t) => t.tier === 'all')!;
      return [
        `${arm.id}${arm.id === section.baseline ? ' (baseline)' : ''}`,
        `${s.samples}/${s.tasks}`,
        passCell(s),
        meanCell(s.reasoning.mean, s.reasoning.meanInterval),
        tokens(s.reasoning.median),
        tokens(s.reasoning.p90),
        meanCell(s.output.mean, s.output.meanInterval),
        percent(s.truncatedShare),
        s.latencyMedianMs === null
          ? '–'
          : `${tokens(s.latencyMedianMs)}/${tokens(s.latencyP90Ms)} ms`,
        tokens(s.tokensPerSolved),
        ...(costs ? [dollars(s.costPerSolved)] : []),
      ];
    }),
  };
}

/** The frontier in text: pass@1 and mean reasoning tokens of every arm on every tier. */
function frontierTable(section: ArmsSection): ReportTable {
  const tiers = section.arms[0]!.tiers.map((t) => t.tier);
  return {
    title:
      'Frontier: pass@1 against mean reasoning tokens per sample, per arm and tier (the HTML report plots it)',
    head: ['arm', ...tiers],
    rows: section.arms.map((arm) => [
      arm.id,
      ...tiers.map((tier) => {
        const s = arm.tiers.find((t) => t.tier === tier);
        return s ? `${percent(s.passRate)} @ ${tokens(s.reasoning.mean)} tok` : '–';
      }),
    ]),
  };
}

function comparisonTable(section: ArmsSection): ReportTable {
  return {
    title: `Arms against the baseline ${section.baseline}, paired on tasks (Δ pass@1: paired task bootstrap 95% CI, sign-flip p; tokens: ratio of means, paired bootstrap CI, swap p; Holm over arms per tier; α = ${section.alpha})`,
    head: ['arm', 'tier', 'tasks', 'Δ pass@1 points', 'p (Holm)', 'tokens ×', 'p (Holm)', 'call'],
    rows: section.comparisons.flatMap((c) =>
      c.tiers.map((d) => {
        const call = callArm(d, section.alpha);
        return [
          c.arm,
          d.tier,
          String(d.passTasks),
          `${points(d.passDelta)}${d.passInterval ? ` [${points(d.passInterval.low)}, ${points(d.passInterval.high)}]` : ''}`,
          `${p(d.passP)} (${p(d.passPHolm)})`,
          `${fixed(d.tokenRatio)}${d.tokenInterval ? ` [${fixed(d.tokenInterval.low)}, ${fixed(d.tokenInterval.high)}]` : ''}`,
          `${p(d.tokenP)} (${p(d.tokenPHolm)})`,
          `${call.quality === 'same' ? 'pass@1 same' : call.quality === 'unknown' ? 'pass@1 –' : call.quality}, ${call.tokens === 'same' ? 'tokens same' : call.tokens === 'unknown' ? 'tokens –' : `${call.tokens} tokens`}`,
        ];
      }),
    ),
  };
}
