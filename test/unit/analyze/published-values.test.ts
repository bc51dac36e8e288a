import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import {
  breslowDay,
  exactCell,
  fittedCell,
  groupScores,
  trendTest,
} from '../../../src/analyze/breslow-day.js';
import {
  binomialUpperTail,
  binomialUpperTailContinuous,
  chiSquareQuantile,
  chiSquareUpperTail,
  normalQuantile,
} from '../../../src/analyze/distributions.js';
import { mantelHaenszel } from '../../../src/analyze/mantel-haenszel.js';
import { bhAdjust, holmAdjust } from '../../../src/analyze/multiple-testing.js';
import { withinTaskPermutationP } from '../../../src/analyze/permutation.js';
import { createRng } from '../../../src/core/rng.js';

/**
 * Statistics checked against values published in textbooks and reference manuals. Each block names
 * its source; the expected numbers are copied from it, not computed here.
 */

// SAS/STAT User's Guide, PROC FREQ, Example "Cochran-Mantel-Haenszel Statistics" (the Migraine data):
// treatment (Active/Placebo) × response (Better/Same), stratified by gender. Published output:
// MH common odds ratio 3.3132, 95% CI 1.4456 to 7.5934 (Robins–Breslow–Greenland variance);
// CMH statistic (no continuity correction) 8.3052, p 0.0040; Breslow–Day chi-square 1.4929, 1 df, p 0.2218.
const MIGRAINE = [
  { a: 16, b: 11, c: 5, d: 20 },
  { a: 12, b: 16, c: 7, d: 19 },
];

describe('Mantel–Haenszel and Breslow–Day on the SAS Migraine example', () => {
  const mh = mantelHaenszel(MIGRAINE);

  it('gives the published MH odds ratio and RBG interval', () => {
    expect(mh.oddsRatio).toBeCloseTo(3.3132, 4);
    expect(mh.oddsRatioInterval?.low).toBeCloseTo(1.4456, 4);
    expect(mh.oddsRatioInterval?.high).toBeCloseTo(7.5934, 4);
  });

  it('gives the published CMH statistic without continuity correction, and applies the correction by default', () => {
    // (|ΣA − ΣE| − ½)² / ΣV with ΣA − ΣE recovered from the corrected statistic: the uncorrected one is (|ΣA − ΣE|)² / ΣV.
    const { chiSquare } = mh;
    const raw = mantelHaenszel(MIGRAINE, { continuityCorrection: false });
    expect(raw.chiSquare).toBeCloseTo(8.3052, 4);
    expect(raw.pValue).toBeCloseTo(0.004, 4);
    expect(chiSquare!).toBeLessThan(raw.chiSquare!);
  });

  it('gives the published Breslow–Day chi-square and p', () => {
    const bd = breslowDay(groupScores(MIGRAINE, [0, 1], 2, mh.oddsRatio!), false);
    expect(bd?.chiSquare).toBeCloseTo(1.4929, 4);
    expect(bd?.df).toBe(1);
    expect(bd?.pValue).toBeCloseTo(0.2218, 4);
  });

  it('with Tarone’s correction subtracts (ΣU)²/ΣV, which is tiny when ψ is the MH estimate', () => {
    const scores = groupScores(MIGRAINE, [0, 1], 2, mh.oddsRatio!);
    const plain = breslowDay(scores, false)!;
    const tarone = breslowDay(scores, true)!;
    const sumU = scores[0]!.u + scores[1]!.u;
    expect(plain.chiSquare - tarone.chiSquare).toBeCloseTo(
      (sumU * sumU) / (scores[0]!.v + scores[1]!.v),
      12,
    );
    expect(tarone.chiSquare).toBeGreaterThan(1.48);
  });

  it('trend test: with two groups it is the Tarone-corrected Breslow–Day (Breslow & Day 1980 §4.5), whatever the scores', () => {
    const scores = groupScores(MIGRAINE, [0, 1], 2, mh.oddsRatio!);
    const tarone = breslowDay(scores, true)!;
    expect(trendTest(scores, [1, 2])?.chiSquare).toBeCloseTo(tarone.chiSquare, 10);
    expect(trendTest(scores, [0, 7])?.chiSquare).toBeCloseTo(tarone.chiSquare, 10);
  });

  it('pooling strata into groups: one stratum per group is the classic test, and a homogeneous group scores zero', () => {
    const four = [...MIGRAINE, ...MIGRAINE];
    const psi = mantelHaenszel(four).oddsRatio!;
    // Group 0 = the two female tables, group 1 = the two male tables: the same as Migraine with doubled counts' scores.
    const grouped = breslowDay(groupScores(four, [0, 1, 0, 1], 2, psi), false)!;
    const scores = groupScores(MIGRAINE, [0, 1], 2, psi);
    expect(grouped.chiSquare).toBeCloseTo(2 * breslowDay(scores, false)!.chiSquare, 10);
    expect(
      breslowDay(groupScores([MIGRAINE[0]!, MIGRAINE[0]!], [0, 1], 2, (16 * 20) / (11 * 5)), false)!
        .chiSquare,
    ).toBeCloseTo(0, 10);
  });

  it('exact conditional moments at ψ = 1 are the hypergeometric mean and variance (the CMH’s)', () => {
    const t = MIGRAINE[0]!;
    const n = t.a + t.b + t.c + t.d,
      rows = t.a + t.b,
      cols = t.a + t.c;
    const exact = exactCell(t, 1)!;
    expect(exact.expected).toBeCloseTo((rows * cols) / n, 10);
    expect(exact.variance).toBeCloseTo(
      (rows * (n - rows) * cols * (n - cols)) / (n * n * (n - 1)),
      10,
    );
    // Under ψ the exact mean moves the same way as the asymptotic fit.
    expect(exactCell(t, 3)!.expected).toBeGreaterThan(exact.expected);
    expect(Math.abs(exactCell(t, 3)!.expected - fittedCell(t, 3)!.expected)).toBeLessThan(0.3);
  });

  it('a linear trend in the odds ratio across ordered groups is found, and no trend is not', () => {
    // Three groups of ten identical strata; odds ratios 1, 1/3, 1/9 (a log-linear trend), then all 1.
    const strata = (or: number) =>
      Array.from({ length: 10 }, () => ({
        a: Math.round((30 * or) / (1 + or)),
        b: 30 - Math.round((30 * or) / (1 + or)),
        c: 15,
        d: 15,
      }));
    const trending = [...strata(1), ...strata(1 / 3), ...strata(1 / 9)];
    const groups = trending.map((_, i) => Math.floor(i / 10));
    const psi = mantelHaenszel(trending).oddsRatio!;
    expect(trendTest(groupScores(trending, groups, 3, psi), [1, 2, 3])!.pValue).toBeLessThan(1e-6);
    const flat = [...strata(1), ...strata(1), ...strata(1)];
    expect(
      trendTest(groupScores(flat, groups, 3, mantelHaenszel(flat).oddsRatio!), [1, 2, 3])!
        .chiSquare,
    ).toBeCloseTo(0, 10);
  });
});

// Breslow & Day (1980), Statistical Methods in Cancer Research Vol. I, §4.4 (Tables 4.1–4.6): the
// Ille-et-Vilaine study of oesophageal cancer, alcohol ≥ 80 g/day against less, in six age strata.
// Published: MH summary odds ratio 5.16; Breslow–Day test of homogeneity χ² = 9.32 on 5 df (p ≈ 0.10).
describe('Breslow–Day on the Ille-et-Vilaine oesophageal cancer data (Breslow & Day 1980)', () => {
  // a exposed cases, b exposed controls, c unexposed cases, d unexposed controls; ages 25–34 … 75+.
  const strata = [
    [1, 9, 0, 106],
    [4, 26, 5, 164],
    [25, 29, 21, 138],
    [42, 27, 34, 139],
    [19, 18, 36, 88],
    [5, 0, 8, 31],
  ].map(([a, b, c, d]) => ({ a: a!, b: b!, c: c!, d: d! }));
  it('gives the published MH odds ratio and homogeneity chi-square', () => {
    const mh = mantelHaenszel(strata);
    expect(mh.oddsRatio).toBeCloseTo(5.158, 3);
    const bd = breslowDay(groupScores(strata, [0, 1, 2, 3, 4, 5], 6, mh.oddsRatio!), false)!;
    expect(bd.chiSquare).toBeCloseTo(9.32, 2);
    expect(bd.df).toBe(5);
    expect(bd.pValue).toBeCloseTo(0.097, 3);
  });
});

// Benjamini & Hochberg (1995), J. R. Statist. Soc. B 57:289–300, §4.2: the 15 p-values of a study of
// myocardial infarction treatments. At q = 0.05 the BH procedure rejects the four smallest; the
// Bonferroni-type procedures reject three.
const BH_1995 = [
  0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719,
  0.6528, 0.759, 1.0,
];

describe('multiple testing on the Benjamini–Hochberg (1995) example', () => {
  it('BH at q = 0.05 rejects exactly the four smallest p-values', () => {
    const q = bhAdjust(BH_1995);
    expect(q.filter((x) => x! <= 0.05)).toHaveLength(4);
    expect(q.slice(0, 4).every((x) => x! <= 0.05)).toBe(true);
    // The step-up q-value of the fourth: min over j ≥ 4 of p(j)·15/j = 0.0095·15/4.
    expect(q[3]).toBeCloseTo((0.0095 * 15) / 4, 12);
    // Step-up: the sixth takes the seventh's smaller p(7)·15/7, not its own p(6)·15/6.
    expect(q[5]).toBeCloseTo((0.0298 * 15) / 7, 12);
    expect(q[6]).toBeCloseTo((0.0298 * 15) / 7, 12);
    for (let i = 1; i < q.length; i++) expect(q[i]!).toBeGreaterThanOrEqual(q[i - 1]!);
  });

  it('Holm (a Bonferroni-type procedure) rejects three', () => {
    expect(holmAdjust(BH_1995).filter((x) => x! <= 0.05)).toHaveLength(3);
  });

  it('counts untested values in m: adding 15 values of p = 1 halves what BH can reject', () => {
    expect(bhAdjust(BH_1995, 30).filter((x) => x! <= 0.05)).toHaveLength(3);
  });
});

describe('exact binomial tail', () => {
  // The sign test, e.g. Conover, Practical Nonparametric Statistics (3rd ed.), §3.4: P(X ≥ 9) for
  // X ~ Binomial(10, ½) is 11/1024 = 0.01074.
  it('P(X ≥ 9 | n = 10, p = ½) = 11/1024', () =>
    expect(binomialUpperTail(9, 10, 0.5)).toBeCloseTo(11 / 1024, 12));
  // Mendel's peas (R's binom.test documentation): 682 of 925 round against p = ¾; two-sided p-value 0.3825.
  // Our tests are one-sided: P(X ≤ 682) + P(X ≥ u), u the first count above the mean no more likely
  // than 682 (R's definition of the two-sided p), sum to it.
  it('reproduces the two-sided p of Mendel’s 682 of 925 (R binom.test: 0.3825) from its tails', () => {
    const pmf = (x: number) => jStat.binomial.pdf(x, 925, 0.75);
    let u = 694;
    while (pmf(u) > pmf(682) * (1 + 1e-7)) u += 1;
    const lower = 1 - binomialUpperTail(683, 925, 0.75);
    const upper = binomialUpperTail(u, 925, 0.75);
    expect(lower + upper).toBeCloseTo(0.3825, 4);
  });
});

// Fisher (1935), The Design of Experiments, the lady tasting tea: 8 cups, 4 with milk first, she names
// 3 of them correctly. The exact one-sided p is 17/70; two-sided (tables no more likely) 34/70.
describe('the within-task permutation test on Fisher’s tea-tasting table', () => {
  it('approaches the exact two-sided p = 34/70 with R = 10,000 (Monte Carlo SE ≈ 0.005)', () => {
    const p = withinTaskPermutationP([{ a: 3, b: 1, c: 1, d: 3 }], 10_000, createRng('tea', 1))!;
    expect(Math.abs(p - 34 / 70)).toBeLessThan(0.02);
  });

  it('is seeded: the same seed gives the same p, and strata with one possible table add nothing', () => {
    const tables = [
      { a: 3, b: 1, c: 1, d: 3 },
      { a: 2, b: 0, c: 0, d: 0 },
    ];
    expect(withinTaskPermutationP(tables, 2_000, createRng('s', 2))).toBe(
      withinTaskPermutationP(tables, 2_000, createRng('s', 2)),
    );
    expect(
      withinTaskPermutationP([{ a: 2, b: 0, c: 0, d: 0 }], 2_000, createRng('s', 2)),
    ).toBeNull();
  });
});

// Standard tables (e.g. Abramowitz & Stegun, Handbook of Mathematical Functions, Tables 26.1 and 26.8):
// z(0.975) = 1.959964; χ²(1) critical value at 0.05 is 3.841459, at 0.01 6.634897; χ²(2) at 0.05 is 5.991465.
describe('distribution tables through jstat', () => {
  it('matches the normal and chi-square tables', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(chiSquareUpperTail(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareUpperTail(6.634897, 1)).toBeCloseTo(0.01, 6);
    expect(chiSquareUpperTail(5.991465, 2)).toBeCloseTo(0.05, 6);
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841459, 5);
  });

  it('the continuous binomial tail equals the exact one at integer counts', () => {
    expect(binomialUpperTailContinuous(9, 10, 0.5)).toBeCloseTo(11 / 1024, 12);
    expect(binomialUpperTailContinuous(30, 100, 0.2)).toBeCloseTo(
      binomialUpperTail(30, 100, 0.2),
      10,
    );
  });
});
