import type { Comparison, RatioChange } from '../core/comparison-record.js';
import { fixed, formatP, percent } from '../core/format.js';
import type { ReportTable } from './tables.js';

const points = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
const p = (x: number | null) => formatP(x).replace('= ', '');
const orCell = (or: number | null, iv: { low: number; high: number } | null) =>
  or === null ? '–' : `${fixed(or)} [${fixed(iv?.low)}, ${fixed(iv?.high)}]`;

/** The comparison's tables as rows of strings, shared by the terminal, Markdown and HTML renderers. */
export function comparisonTables(c: Comparison): ReportTable[] {
  const tables: ReportTable[] = [
    {
      title: `Δ pass@k, B − A, paired by ${c.pairing.by} (pass@1 = mean of task rates over every scored answer, truncated included; paired task bootstrap 95% CI, B = ${c.bootstrapResamples}; sign-flip p, exact over the differing tasks up to 20, seed ${c.seed})`,
      head: [
        'tier',
        'metric',
        'tasks',
        'A',
        'B',
        'Δ points [95% CI]',
        'sign-flip p',
        'CI excludes 0',
      ],
      rows: c.deltas.map((d) => [
        d.tier,
        d.k === 1 ? 'pass@1' : `pass@${d.k}`,
        String(d.tasks),
        percent(d.a),
        percent(d.b),
        d.delta === null
          ? `– (${d.nullReason ?? ''})`
          : `${points(d.delta)}${d.interval ? ` [${points(d.interval.low)}, ${points(d.interval.high)}]` : ''}`,
        `${p(d.pValue)}${d.pMethod ? (d.pMethod.startsWith('exact') ? ' (exact)' : ' (simulated)') : ''}`,
        d.excludesZero === null
          ? '–'
          : d.excludesZero
            ? d.pValue !== null && d.pValue >= c.alpha
              ? 'yes, but sign-flip p ≥ α'
              : 'yes'
            : 'no',
      ]),
    },
    {
      title:
        'Hazard at each boundary (Wilson 95% CI; two-sided two-proportion test; truncated samples excluded)',
      head: [
        'boundary',
        'A stopped/reached',
        'A hazard',
        'B stopped/reached',
        'B hazard',
        'Δ points',
        'p',
      ],
      rows: c.hazards.map((h) => [
        String(h.boundary),
        `${h.a.stopped} / ${h.a.reached}`,
        `${percent(h.a.hazard)}${h.a.interval ? ` [${percent(h.a.interval.low)}, ${percent(h.a.interval.high)}]` : ''}`,
        `${h.b.stopped} / ${h.b.reached}`,
        `${percent(h.b.hazard)}${h.b.interval ? ` [${percent(h.b.interval.low)}, ${percent(h.b.interval.high)}]` : ''}`,
        points(h.delta),
        p(h.pValue),
      ]),
    },
    {
      title: `Boundary odds ratio within task (MH over shared tasks) and its change; trend = slope of log OR per tier step`,
      head: ['tier', 'A OR [95% CI]', 'B OR [95% CI]', 'ratio B/A [95% CI]', 'p'],
      rows: [
        ...c.oddsRatios.map((o) => [
          o.tier,
          orCell(o.a, o.aInterval),
          orCell(o.b, o.bInterval),
          orCell(o.ratio, o.ratioInterval),
          p(o.pValue),
        ]),
        [
          'trend (Wald test of the WLS slope; analyze uses the score test)',
          `${fixed(c.trend.a, 3)} (p ${p(c.trend.aPValue)})`,
          `${fixed(c.trend.b, 3)} (p ${p(c.trend.bPValue)})`,
          `Δ ${fixed(c.trend.delta, 3)}`,
          p(c.trend.pValue),
        ],
      ],
    },
    lengthCostTable(c),
  ];
  if (c.flipped.length > 0) {
    tables.push({
      title: "Tasks that flipped (pass = more than half of the task's samples passed)",
      head: ['task', 'tier', 'A pass rate', 'B pass rate', 'change'],
      rows: c.flipped.map((f) => [
        f.taskId,
        f.tier,
        percent(f.passRateA),
        percent(f.passRateB),
        f.direction,
      ]),
    });
  }
  if (c.gate.length > 0) {
    tables.push({
      title: 'Gate (--fail-on)',
      head: ['rule', 'crossed', 'detail'],
      rows: c.gate.map((g) => [g.rule, g.crossed ? 'CROSSED' : 'ok', g.detail]),
    });
  }
  return tables;
}

/** Length, latency and cost next to quality: each a mean in A and B and the paired ratio B/A. */
function lengthCostTable(c: Comparison): ReportTable {
  const l = c.lengthCost;
  const rows: [string, RatioChange | null, number][] = [
    ['reasoning tokens per sample', l.reasoningTokens, 0],
    ['output tokens per sample (reasoning included)', l.outputTokens, 0],
    ['latency (ms)', l.latencyMs, 0],
    ['tokens per solved task', l.tokensPerSolved, 0],
    ['cost per solved task (US$)', l.costPerSolved, 4],
  ];
  return {
    title: `Length, latency and cost, B / A on shared tasks (ratio of means; paired task bootstrap 95% CI; swap-permutation p)`,
    head: ['measure', 'tasks', 'A', 'B', 'ratio B/A [95% CI]', 'p'],
    rows: rows.map(([name, r, digits]) =>
      r === null
        ? [name, '–', '–', '–', '– (no prices: --prices)', '–']
        : [
            name,
            String(r.tasks),
            fixed(r.a, digits),
            fixed(r.b, digits),
            r.ratio === null ? '–' : orCell(r.ratio, r.interval),
            p(r.pValue),
          ],
    ),
  };
}

/** Lines that introduce a comparison in any format: the runs, the pairing, the lattice. */
export function comparisonPreamble(c: Comparison): string[] {
  return [
    `A: ${c.runA.runId} · ${c.runA.model} · ${c.runA.createdAt} · corpus ${c.runA.corpusHash.slice(0, 12)} · ${c.runA.tasks} tasks`,
    `B: ${c.runB.runId} · ${c.runB.model} · ${c.runB.createdAt} · corpus ${c.runB.corpusHash.slice(0, 12)} · ${c.runB.tasks} tasks`,
    `Paired by ${c.pairing.by} on ${c.pairing.sharedTasks} shared tasks (${c.pairing.onlyInA} only in A, ${c.pairing.onlyInB} only in B); conditions: ${c.pairing.conditions.join(', ')}`,
    `Reporting lattice: ${c.lattice.note}`,
  ];
}
