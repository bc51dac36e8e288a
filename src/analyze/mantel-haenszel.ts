import type { Interval } from '../core/analysis-record.js';
import { chiSquareUpperTail, normalQuantile } from './distributions.js';

/**
 * One stratum's 2×2 table (a stratum is a task): exposed = boundary-aligned, outcome = pass.
 * a aligned pass, b aligned fail, c not-aligned pass, d not-aligned fail.
 */
export interface TwoByTwo {
  a: number;
  b: number;
  c: number;
  d: number;
}

export interface MantelHaenszelResult {
  /** Strata with both arms and both outcomes: the only ones that carry information. */
  informativeStrata: number;
  oddsRatio: number | null;
  /** Robins–Breslow–Greenland 95% interval for the common odds ratio. */
  oddsRatioInterval: Interval | null;
  /** MH-weighted difference in pass rate, aligned minus not aligned. */
  riskDifference: number | null;
  /** Continuity-corrected Cochran–Mantel–Haenszel chi-square, 1 df. */
  chiSquare: number | null;
  pValue: number | null;
}

const Z95 = normalQuantile(0.975);

export function isInformative(t: TwoByTwo): boolean {
  return t.a + t.b > 0 && t.c + t.d > 0 && t.a + t.c > 0 && t.b + t.d > 0;
}

/** Mantel–Haenszel common odds ratio, its RBG interval, the MH risk difference and the CMH test (continuity-corrected unless told). */
export function mantelHaenszel(
  tables: readonly TwoByTwo[],
  options: { continuityCorrection?: boolean } = {},
): MantelHaenszelResult {
  const correction = options.continuityCorrection === false ? 0 : 0.5;
  let sumR = 0,
    sumS = 0,
    sumPR = 0,
    sumPSQR = 0,
    sumQS = 0;
  let sumA = 0,
    sumExpected = 0,
    sumVariance = 0;
  let rdNumerator = 0,
    rdDenominator = 0;
  let informative = 0;
  for (const t of tables) {
    const n = t.a + t.b + t.c + t.d;
    if (n < 2) continue;
    if (isInformative(t)) informative += 1;
    const R = (t.a * t.d) / n;
    const S = (t.b * t.c) / n;
    const P = (t.a + t.d) / n;
    const Q = (t.b + t.c) / n;
    sumR += R;
    sumS += S;
    sumPR += P * R;
    sumPSQR += P * S + Q * R;
    sumQS += Q * S;
    const exposed = t.a + t.b,
      unexposed = t.c + t.d,
      passed = t.a + t.c,
      failed = t.b + t.d;
    sumA += t.a;
    sumExpected += (exposed * passed) / n;
    sumVariance += (exposed * unexposed * passed * failed) / (n * n * (n - 1));
    rdNumerator += (t.a * unexposed - t.c * exposed) / n;
    rdDenominator += (exposed * unexposed) / n;
  }
  const oddsRatio = sumR > 0 && sumS > 0 ? sumR / sumS : null;
  let oddsRatioInterval: Interval | null = null;
  if (oddsRatio !== null) {
    const variance =
      sumPR / (2 * sumR * sumR) + sumPSQR / (2 * sumR * sumS) + sumQS / (2 * sumS * sumS);
    const half = Z95 * Math.sqrt(variance);
    oddsRatioInterval = {
      low: oddsRatio * Math.exp(-half),
      high: oddsRatio * Math.exp(half),
      method: 'Robins–Breslow–Greenland 95%',
    };
  }
  const chiSquare =
    sumVariance > 0
      ? Math.max(0, Math.abs(sumA - sumExpected) - correction) ** 2 / sumVariance
      : null;
  return {
    informativeStrata: informative,
    oddsRatio,
    oddsRatioInterval,
    riskDifference: rdDenominator > 0 ? rdNumerator / rdDenominator : null,
    chiSquare,
    pValue: chiSquare === null ? null : chiSquareUpperTail(chiSquare, 1),
  };
}
