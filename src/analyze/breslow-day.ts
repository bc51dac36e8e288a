import { chiSquareUpperTail, lnChoose } from './distributions.js';
import type { TwoByTwo } from './mantel-haenszel.js';

/**
 * Breslow–Day homogeneity of odds ratios, and the score test for a trend in the odds ratio across
 * ordered groups (Breslow & Day 1980, Vol. I, §4.4–4.5). Each stratum's aligned-pass cell a is
 * compared with A(ψ), the value that gives the stratum odds ratio ψ with its margins fixed, ψ being
 * the MH common odds ratio; V is the asymptotic variance 1/(1/A + 1/B + 1/C + 1/D).
 *
 * Strata can be pooled into groups (tiers of tasks): a group's score is Σ(a − A) and its variance ΣV
 * over its strata, so the test stays within-task however sparse each task is; with one stratum per
 * group it is the classic Breslow–Day test. Tarone's (1985) correction subtracts (ΣU)²/ΣV, which
 * makes the statistic chi-square although ψ is the MH estimate and not the maximum-likelihood one.
 */
export interface GroupScore {
  /** Σ (a − A(ψ)) over the group's strata. */
  u: number;
  /** Σ V(ψ). */
  v: number;
}

/** A table's margins and the range of `a` they allow, or null when they allow a single value. */
function fixedMargins(
  t: TwoByTwo,
): { n: number; rows: number; cols: number; lo: number; hi: number } | null {
  const n = t.a + t.b + t.c + t.d;
  const rows = t.a + t.b;
  const cols = t.a + t.c;
  const lo = Math.max(0, rows + cols - n);
  const hi = Math.min(rows, cols);
  return hi <= lo ? null : { n, rows, cols, lo, hi };
}

/** A(ψ) and V(ψ) for one table, or null when its margins leave a single possible value. */
export function fittedCell(
  t: TwoByTwo,
  psi: number,
): { expected: number; variance: number } | null {
  const margins = fixedMargins(t);
  if (margins === null) return null;
  const { n, rows, cols, lo, hi } = margins;
  let expected: number;
  if (Math.abs(psi - 1) < 1e-12) expected = (rows * cols) / n;
  else {
    const qa = psi - 1;
    const qb = -(psi * (rows + cols) + n - rows - cols);
    const qc = psi * rows * cols;
    const root = Math.sqrt(Math.max(0, qb * qb - 4 * qa * qc));
    const r1 = (-qb - root) / (2 * qa);
    const r2 = (-qb + root) / (2 * qa);
    expected = r1 >= lo - 1e-9 && r1 <= hi + 1e-9 ? r1 : r2;
  }
  const cells = [expected, rows - expected, cols - expected, n - rows - cols + expected];
  const variance = 1 / cells.reduce((acc, x) => acc + 1 / x, 0);
  return { expected, variance };
}

/**
 * The exact conditional mean and variance of a under common odds ratio ψ with the margins fixed (the
 * noncentral hypergeometric law), for sparse strata where the asymptotic fit is poor (Breslow & Day
 * 1980 §4.4 recommend it for small strata).
 */
export function exactCell(t: TwoByTwo, psi: number): { expected: number; variance: number } | null {
  const margins = fixedMargins(t);
  if (margins === null) return null;
  const { n, rows, cols, lo, hi } = margins;
  const logPsi = Math.log(psi);
  const logs: number[] = [];
  let top = -Infinity;
  for (let k = lo; k <= hi; k++) {
    const l = lnChoose(rows, k) + lnChoose(n - rows, cols - k) + k * logPsi;
    logs.push(l);
    top = Math.max(top, l);
  }
  let z = 0,
    m1 = 0,
    m2 = 0;
  logs.forEach((l, j) => {
    const w = Math.exp(l - top);
    const k = lo + j;
    z += w;
    m1 += w * k;
    m2 += w * k * k;
  });
  const expected = m1 / z;
  return { expected, variance: Math.max(0, m2 / z - expected * expected) };
}

/**
 * Group scores for strata labelled by group (−1 leaves a stratum out): asymptotic moments (the classic
 * Breslow–Day, as SAS and R compute it) or, with `exact`, the conditional ones.
 */
export function groupScores(
  tables: readonly TwoByTwo[],
  groupOf: readonly number[],
  groups: number,
  psi: number,
  exact = false,
): GroupScore[] {
  const scores = Array.from({ length: groups }, () => ({ u: 0, v: 0 }));
  tables.forEach((t, i) => {
    const g = groupOf[i] ?? -1;
    const fit = g >= 0 ? (exact ? exactCell(t, psi) : fittedCell(t, psi)) : null;
    if (!fit) return;
    scores[g]!.u += t.a - fit.expected;
    scores[g]!.v += fit.variance;
  });
  return scores;
}

export interface ChiSquareTest {
  chiSquare: number;
  df: number;
  pValue: number;
}

/** Breslow–Day over groups, with Tarone's correction unless `tarone` is false. */
export function breslowDay(scores: readonly GroupScore[], tarone = true): ChiSquareTest | null {
  const used = scores.filter((s) => s.v > 0);
  if (used.length < 2) return null;
  const sumU = used.reduce((a, s) => a + s.u, 0);
  const sumV = used.reduce((a, s) => a + s.v, 0);
  let chiSquare = used.reduce((a, s) => a + (s.u * s.u) / s.v, 0);
  if (tarone) chiSquare -= (sumU * sumU) / sumV;
  chiSquare = Math.max(0, chiSquare);
  const df = used.length - 1;
  return { chiSquare, df, pValue: chiSquareUpperTail(chiSquare, df) };
}

/**
 * The 1-df score test for a linear trend of the log odds ratio in the group scores x:
 * [Σ x U − (Σ x V)(Σ U)/Σ V]² / [Σ x² V − (Σ x V)²/Σ V]. The centring of the numerator is Tarone's
 * correction again; with two groups the statistic equals the Tarone-corrected Breslow–Day.
 */
export function trendTest(
  scores: readonly GroupScore[],
  x: readonly number[],
): ChiSquareTest | null {
  let sU = 0,
    sV = 0,
    sxU = 0,
    sxV = 0,
    sxxV = 0,
    used = 0;
  scores.forEach((s, j) => {
    if (s.v <= 0) return;
    const xj = x[j] ?? 0;
    used += 1;
    sU += s.u;
    sV += s.v;
    sxU += xj * s.u;
    sxV += xj * s.v;
    sxxV += xj * xj * s.v;
  });
  const denominator = sxxV - (sxV * sxV) / sV;
  if (used < 2 || denominator <= 0) return null;
  const numerator = sxU - (sxV * sU) / sV;
  const chiSquare = (numerator * numerator) / denominator;
  return { chiSquare, df: 1, pValue: chiSquareUpperTail(chiSquare, 1) };
}
