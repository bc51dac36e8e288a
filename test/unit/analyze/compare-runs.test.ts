import { describe, expect, it } from 'vitest';
import {
  trendChange,
  twoProportionP,
  logOddsRatioTrend,
} from '../../../src/analyze/boundary-change.js';
import {
  compareRuns,
  type ComparedRun,
  type CompareInput,
} from '../../../src/analyze/compare-runs.js';
import type { MantelHaenszelResult } from '../../../src/analyze/mantel-haenszel.js';
import {
  bootstrapInterval,
  quantileSorted,
  signFlip,
  signFlipP,
} from '../../../src/analyze/paired-delta.js';
import { evaluateGate } from '../../../src/analyze/regression-gate.js';
import type { TierLabel } from '../../../src/core/analysis-record.js';
import type { ExecutionRecord, SampleRecord, Tier } from '../../../src/core/records.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';

/** A run whose task t has passes[t] passing samples out of n, all of length `length`. */
function run(
  id: string,
  passes: Record<string, number>,
  n: number,
  options: {
    corpusHash?: string;
    condition?: string;
    lengths?: (task: string, i: number) => number;
  } = {},
): ComparedRun {
  const samples: SampleRecord[] = [];
  const executions: ExecutionRecord[] = [];
  for (const [taskId, c] of Object.entries(passes)) {
    for (let i = 0; i < n; i++) {
      const condition = options.condition ?? 'default';
      const s = sampleRecord(taskId, i, {
        key: `${taskId}#${condition}#${i}`,
        conditionId: condition,
        reasoningTokens: options.lengths?.(taskId, i) ?? 700,
      });
      samples.push(s);
      executions.push(executionRecord(s, i < c ? 'pass' : 'fail'));
    }
  }
  return {
    summary: {
      runId: id,
      model: 'test',
      createdAt: '2026-11-22T00:00:00Z',
      corpusHash: options.corpusHash ?? 'h',
    },
    tasks: TIERS_OF,
    samples,
    executions,
  };
}
const TIERS_OF = new Map<string, { tier: Tier }>([
  ['t1', { tier: 'simple' }],
  ['t2', { tier: 'simple' }],
  ['t3', { tier: 'complex' }],
  ['t4', { tier: 'complex' }],
]);

const input = (
  a: ComparedRun,
  b: ComparedRun,
  extra: Partial<CompareInput> = {},
): CompareInput => ({
  a,
  b,
  boundaries: [516],
  tolerance: 0,
  ks: [],
  seed: 7,
  bootstrapResamples: 2000,
  permutationResamples: 10_000,
  alpha: 0.05,
  gate: [],
  ...extra,
});

describe('compareRuns on a hand-computed fixture', () => {
  // A: 4/4, 2/4, 1/4, 3/4 → pass@1 0.625. B: 4/4, 1/4, 0/4, 1/4 → 0.375. d = [0, −.25, −.25, −.5], Δ = −.25.
  const a = run('A', { t1: 4, t2: 2, t3: 1, t4: 3 }, 4);
  const b = run('B', { t1: 4, t2: 1, t3: 0, t4: 1 }, 4);
  const c = compareRuns(input(a, b));

  it('gives the paired Δ pass@1 and the exact sign-flip p', () => {
    const all = c.deltas.find((d) => d.tier === 'all' && d.k === 1)!;
    expect(all.a).toBeCloseTo(0.625, 12);
    expect(all.b).toBeCloseTo(0.375, 12);
    expect(all.delta).toBeCloseTo(-0.25, 12);
    // Only the two patterns where the three non-zero differences share a sign reach |sum| = 1,
    // times 2 for the zero difference's sign: 4 of 16.
    expect(all.pValue).toBeCloseTo(4 / 16, 12);
    expect(c.pairing).toMatchObject({
      by: 'task+condition',
      sharedTasks: 4,
      onlyInA: 0,
      onlyInB: 0,
      corpusHashesDiffer: false,
    });
  });

  it('gives per-tier rows with their own exact p', () => {
    const simple = c.deltas.find((d) => d.tier === 'simple')!;
    const complex = c.deltas.find((d) => d.tier === 'complex')!;
    expect(simple.delta).toBeCloseTo(-0.125, 12);
    expect(simple.pValue).toBe(1); // d = [0, −.25]: every pattern reaches |mean| = .125
    expect(complex.delta).toBeCloseTo(-0.375, 12);
    expect(complex.pValue).toBe(0.5); // d = [−.25, −.5]: ±.75 in 2 of 4 patterns
  });

  it('lists the task that flipped (pass = more than half of its samples)', () => {
    expect(c.flipped).toEqual([
      { taskId: 't4', tier: 'complex', passRateA: 0.75, passRateB: 0.25, direction: 'regressed' },
    ]);
  });

  it('reports the verdict with its interval', () => {
    expect(c.verdict[0]).toMatch(
      /^pass@1 62\.5% in A vs 37\.5% in B on 4 shared tasks: Δ −25\.0 points \[/,
    );
  });
});

describe('the verdict in words', () => {
  // 20 HumanEval-style tasks, each 3/4 → 1/4: all flip, and pass@1 and pass@2 both fall.
  const ids = Array.from({ length: 20 }, (_, i) => `HumanEval/${[3, 23, 120][i % 3]! + i * 7}`);
  const c = compareRuns(
    input(
      run('gpt-old', Object.fromEntries(ids.map((id) => [id, 3])), 4),
      run('gpt-new', Object.fromEntries(ids.map((id) => [id, 1])), 4),
      { ks: [2] },
    ),
  );

  it('names the runs by their ids, never (A) and (B)', () => {
    expect(c.verdict[0]).toMatch(
      /^pass@1 75\.0% in gpt-old vs 25\.0% in gpt-new on 20 shared tasks: .*gpt-new is worse than gpt-old\.$/,
    );
    expect(c.verdict.join('\n')).not.toMatch(/\((A|B)\)/);
  });

  it('mentions a significant pass@k change besides pass@1', () => {
    expect(c.verdict.join('\n')).toMatch(
      /Over all shared tasks pass@2 changed 100\.0% → 50\.0% \(20 tasks\): Δ −50\.0 points/,
    );
  });

  it('lists flipped tasks in natural order: HumanEval/23 before HumanEval/120', () => {
    const flipped = c.flipped.map((f) => f.taskId);
    const numbers = flipped.map((id) => Number(id.split('/')[1]));
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
    expect(flipped).toHaveLength(20);
    expect(c.verdict.join('\n')).toMatch(
      new RegExp(
        `20 task\\(s\\) flipped from passing to failing \\(${flipped.slice(0, 5).join(', ')}, and 15 more\\)`,
      ),
    );
  });
});

describe('paired bootstrap', () => {
  it('matches the exact bootstrap distribution of a 4-task fixture', () => {
    const d = [0, -0.25, -0.25, -0.5];
    // Exact: all 4^4 equally likely resamples.
    const means: number[] = [];
    for (let m = 0; m < 256; m++)
      means.push([0, 1, 2, 3].reduce((s, j) => s + (d[(m >> (2 * j)) & 3] ?? 0), 0) / 4);
    means.sort((x, y) => x - y);
    const iv = bootstrapInterval(d, {
      seed: 1,
      stream: 'x',
      bootstrapResamples: 50_000,
      permutationResamples: 0,
    });
    // The support steps by 1/16; a seeded estimate lands within one step of the exact quantiles.
    expect(Math.abs(iv.low - quantileSorted(means, 0.025))).toBeLessThanOrEqual(0.0625);
    expect(Math.abs(iv.high - quantileSorted(means, 0.975))).toBeLessThanOrEqual(0.0625);
  });

  it('enumerates the sign-flip exactly over the tasks that differ, whatever the number of tied tasks', () => {
    const options = { seed: 1, stream: 's', bootstrapResamples: 0, permutationResamples: 1_000 };
    // 30 shared tasks, 5 of which improved by the same amount: of the 2^5 sign patterns, only "all +"
    // and "all −" reach the observed |mean|, so p = 2/32 exactly. Ties change no sum.
    const d = [...Array<number>(25).fill(0), 0.2, 0.2, 0.2, 0.2, 0.2];
    const flip = signFlip(d, options);
    expect(flip.pValue).toBe(0.0625);
    expect(flip).toMatchObject({ exact: true, differing: 5 });
    expect(flip.method).toContain('exact over 5 differing task(s)');
    expect(signFlipP(d, options)).toBe(0.0625);
    // Exact up to 20 differing tasks (checked by brute force), simulated beyond and said so.
    const twenty = Array.from({ length: 20 }, (_, i) => ((i * 37) % 11) / 10 - 0.35);
    const bruteForce = (xs: number[]) => {
      let hits = 0;
      const observed = Math.abs(xs.reduce((s, x) => s + x, 0)) - 1e-9;
      for (let m = 0; m < 2 ** xs.length; m++) {
        let s = 0;
        for (let i = 0; i < xs.length; i++) s += (m >> i) & 1 ? -xs[i]! : xs[i]!;
        if (Math.abs(s) >= observed) hits += 1;
      }
      return hits / 2 ** xs.length;
    };
    expect(signFlip(twenty, options).pValue).toBeCloseTo(bruteForce(twenty), 12);
    const more = [...twenty, 0.05];
    const beyond = signFlip(more, { ...options, permutationResamples: 40_000 });
    expect(beyond.exact).toBe(false);
    expect(beyond.method).toContain('simulated over 21 differing tasks');
    // The Monte Carlo p has SE ≤ 0.0025 at R = 40,000.
    expect(Math.abs(beyond.pValue - bruteForce(more))).toBeLessThan(0.01);
  });
});

describe('boundary statistics of a comparison', () => {
  it('two-proportion test: 30/100 vs 20/100 gives z = 1.633, two-sided p = 0.1025', () => {
    // Hand computation: pooled p = .25, SE = √(.25·.75·(1/100 + 1/100)) = .061237, z = .1/.061237 = 1.63299.
    expect(twoProportionP(30, 100, 20, 100)).toBeCloseTo(0.10247, 4);
  });

  it('compares the hazard at each boundary', () => {
    const lengths = (stops: number) => (task: string, i: number) =>
      Number(task.slice(1)) * 25 + i < stops + 25 ? 516 : 900;
    // 100 samples per run (4 tasks × 25) reach 516; A stops 30 there, B 20.
    const a = run('A', { t1: 10, t2: 10, t3: 10, t4: 10 }, 25, { lengths: lengths(30) });
    const b = run('B', { t1: 10, t2: 10, t3: 10, t4: 10 }, 25, { lengths: lengths(20) });
    const h = compareRuns(input(a, b)).hazards[0]!;
    expect(h.a).toMatchObject({ stopped: 30, reached: 100, hazard: 0.3 });
    expect(h.b).toMatchObject({ stopped: 20, reached: 100, hazard: 0.2 });
    expect(h.pValue).toBeCloseTo(0.10247, 4);
  });

  it('trend: equal-precision log ORs 0, −0.5, −1 over the tiers give slope −0.5 with SE 1/√8', () => {
    const z = 1.959963984540054;
    const mh = (logOr: number): MantelHaenszelResult => ({
      informativeStrata: 5,
      oddsRatio: Math.exp(logOr),
      chiSquare: 1,
      pValue: 0.5,
      riskDifference: 0,
      oddsRatioInterval: {
        low: Math.exp(logOr - z * 0.5),
        high: Math.exp(logOr + z * 0.5),
        method: 'x',
      },
    });
    const byTier = new Map<TierLabel, MantelHaenszelResult>([
      ['simple', mh(0)],
      ['moderate', mh(-0.5)],
      ['complex', mh(-1)],
    ]);
    const trend = logOddsRatioTrend(byTier)!;
    expect(trend.slope).toBeCloseTo(-0.5, 10);
    expect(trend.se).toBeCloseTo(1 / Math.sqrt(8), 10);
    const same = trendChange(byTier, byTier);
    expect(same.delta).toBe(0);
    expect(same.pValue).toBe(1);
  });
});

describe('pairing, identical runs, corpora and the gate', () => {
  it('two identical runs compare as no change', () => {
    const a = run('A', { t1: 3, t2: 2, t3: 1, t4: 0 }, 4);
    const c = compareRuns(input(a, { ...a, summary: { ...a.summary, runId: 'B' } }));
    expect(c.changed).toBe(false);
    expect(c.deltas.every((d) => d.delta === 0 && d.excludesZero === false)).toBe(true);
    expect(c.flipped).toEqual([]);
    expect(c.verdict[0]).toContain('no significant change');
  });

  it('compares runs over different corpora on their intersection, with a warning', () => {
    const a = run('A', { t1: 4, t2: 2, t3: 1 }, 4, { corpusHash: 'x' });
    const b = run('B', { t2: 1, t3: 0, t4: 1 }, 4, { corpusHash: 'y' });
    const c = compareRuns(input(a, b));
    expect(c.pairing).toMatchObject({
      sharedTasks: 2,
      onlyInA: 1,
      onlyInB: 1,
      corpusHashesDiffer: true,
    });
    expect(c.deltas.find((d) => d.tier === 'all')!.delta).toBeCloseTo((-0.25 - 0.25) / 2, 12);
    expect(c.warnings.join(' ')).toMatch(
      /different corpora .* only the 2 tasks both executed are compared/,
    );
  });

  it('pools conditions when the runs share none, and says so', () => {
    const c = compareRuns(
      input(run('A', { t1: 4 }, 4, { condition: 'x' }), run('B', { t1: 2 }, 4, { condition: 'y' })),
    );
    expect(c.pairing.by).toBe('task');
    expect(c.warnings[0]).toMatch(/share no condition id/);
  });

  it('pass@k is null, with the reason, when a task has fewer than k samples', () => {
    const c = compareRuns(
      input(run('A', { t1: 1, t2: 1 }, 2), run('B', { t1: 1, t2: 1 }, 2), { ks: [5] }),
    );
    const k5 = c.deltas.find((d) => d.tier === 'all' && d.k === 5)!;
    expect(k5.delta).toBeNull();
    expect(k5.nullReason).toMatch(/fewer than k = 5/);
  });

  it('the gate is crossed exactly when a threshold is', () => {
    // 20 tasks all dropping 50 points: Δ −50, p far below .05.
    const passesA = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`t${i}`, 4]));
    const passesB = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`t${i}`, 2]));
    const c = compareRuns(input(run('A', passesA, 4), run('B', passesB, 4)));
    const crossed = (rule: Parameters<typeof evaluateGate>[1][number]) =>
      evaluateGate(c, [rule])[0]!.crossed;
    expect(crossed({ kind: 'pass1-drop', threshold: 49.9 })).toBe(true);
    expect(crossed({ kind: 'pass1-drop', threshold: 50 })).toBe(false);
    expect(crossed({ kind: 'lattice-change', threshold: null })).toBe(false);
    expect(crossed({ kind: 'hazard-above', threshold: 0 })).toBe(false); // no sample stops at 516
    expect(crossed({ kind: 'tier-drop', threshold: 10 })).toBe(false); // only t1–t4 carry a tier, too few tasks per tier for p < .05
  });
});
