import type { LengthCost, RatioChange } from '../core/comparison-record.js';
import type { PriceTable } from '../core/arm-record.js';
import type { ExecutionRecord, SampleRecord, Verdict } from '../core/records.js';
import { pairedRatio, sampleCost, type TaskSums } from './arm-stats.js';

/** One run's side of the comparison: its records, and its prices when it has any. */
export interface LengthSide {
  samples: Iterable<SampleRecord>;
  executions: Iterable<ExecutionRecord>;
  prices: PriceTable | null;
}

export interface LengthCostOptions {
  /** The tasks compared (shared by both runs), and a filter on the conditions compared. */
  tasks: readonly string[];
  keep: (conditionId: string) => boolean;
  seed: number;
  bootstrap: number;
  permutations: number;
}

/** Per task, summed over the compared samples: the measures and what each is averaged over. */
const MEASURES = ['reasoning', 'output', 'latency', 'spent', 'cost'] as const;
type Measure = (typeof MEASURES)[number];
interface TaskTotals {
  passes: number;
  sums: Record<Measure, number>;
  counts: Record<Measure, number>;
}

function totals(side: LengthSide, options: LengthCostOptions): Map<string, TaskTotals> {
  const verdicts = new Map<string, Verdict>();
  for (const e of side.executions) verdicts.set(e.key, e.verdict);
  const wanted = new Set(options.tasks);
  const out = new Map<string, TaskTotals>();
  for (const s of side.samples) {
    if (s.generationError !== null || !wanted.has(s.taskId) || !options.keep(s.conditionId))
      continue;
    const verdict = verdicts.get(s.key);
    let t = out.get(s.taskId);
    if (!t) {
      const zero = () => ({ reasoning: 0, output: 0, latency: 0, spent: 0, cost: 0 });
      out.set(s.taskId, (t = { passes: 0, sums: zero(), counts: zero() }));
    }
    const add = (m: Measure, v: number | null) => {
      if (v === null || !Number.isFinite(v)) return;
      t.sums[m] += v;
      t.counts[m] += 1;
    };
    add('reasoning', s.reasoningTokens);
    add('output', s.outputTokens);
    // Imports without latency record 0: a real call never takes 0 ms.
    add('latency', s.latencyMs > 0 ? s.latencyMs : null);
    // Spent per solved task is over scored samples (sandbox errors are not the model's).
    if (verdict === undefined || verdict === 'sandbox_error') continue;
    if (verdict === 'pass') t.passes += 1;
    t.sums.spent += s.outputTokens ?? s.reasoningTokens ?? Number.NaN;
    const price = side.prices?.[s.request.model];
    t.sums.cost += price
      ? (sampleCost(price, s.inputTokens, s.outputTokens, s.reasoningTokens) ?? Number.NaN)
      : Number.NaN;
  }
  return out;
}

/**
 * Length, latency and cost next to quality (README "compare"): per measure, the ratio B/A of its
 * mean over the shared tasks, paired on tasks (bootstrap CI, swap p). Tokens and cost per solved task
 * are ratios of Σ spent / Σ passes, so they are paired the same way with passes as the denominator.
 */
export function compareLengthCost(
  a: LengthSide,
  b: LengthSide,
  options: LengthCostOptions,
): LengthCost {
  const ta = totals(a, options);
  const tb = totals(b, options);
  const ids = options.tasks.filter((id) => ta.has(id) && tb.has(id));
  const change = (m: Measure, perSolved: boolean): RatioChange => {
    const denominator = (t: TaskTotals) => (perSolved ? t.passes : t.counts[m]);
    const usable = ids.filter(
      (id) => perSolved || (denominator(ta.get(id)!) > 0 && denominator(tb.get(id)!) > 0),
    );
    const side = (t: Map<string, TaskTotals>): TaskSums => ({
      sums: usable.map((id) => t.get(id)!.sums[m]),
      counts: usable.map((id) => denominator(t.get(id)!)),
    });
    const sa = side(ta);
    const sb = side(tb);
    const mean = (x: TaskSums) => {
      let s = 0,
        n = 0;
      for (let i = 0; i < x.counts.length; i++) ((s += x.sums[i] ?? 0), (n += x.counts[i] ?? 0));
      return n > 0 && Number.isFinite(s) ? s / n : null;
    };
    const ma = mean(sa);
    const mb = mean(sb);
    if (ma === null || mb === null)
      return { tasks: usable.length, a: ma, b: mb, ratio: null, interval: null, pValue: null };
    const r = pairedRatio(sa, sb, {
      seed: options.seed,
      stream: `compare/${m}${perSolved ? '/solved' : ''}`,
      bootstrap: options.bootstrap,
      permutations: options.permutations,
    });
    return {
      tasks: usable.length,
      a: ma,
      b: mb,
      ratio: r.ratio,
      interval: r.interval,
      pValue: r.pValue,
    };
  };
  return {
    reasoningTokens: change('reasoning', false),
    outputTokens: change('output', false),
    latencyMs: change('latency', false),
    tokensPerSolved: change('spent', true),
    costPerSolved: a.prices && b.prices ? change('cost', true) : null,
  };
}
