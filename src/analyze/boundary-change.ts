import type { BoundaryHazard } from '../core/spike-record.js';
import type { Interval, TierLabel } from '../core/analysis-record.js';
import type { HazardChange, OddsRatioChange, TrendChange } from '../core/comparison-record.js';
import { TIERS } from '../core/records.js';
import { chiSquareUpperTail, normalQuantile } from './distributions.js';
import { wilsonInterval } from './intervals.js';
import type { MantelHaenszelResult } from './mantel-haenszel.js';

const Z95 = normalQuantile(0.975);

/** Two-sided pooled two-proportion z-test of x1/n1 against x2/n2; null when either share is undefined. */
export function twoProportionP(x1: number, n1: number, x2: number, n2: number): number | null {
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (variance === 0) return 1;
  const z = (x2 / n2 - x1 / n1) / Math.sqrt(variance);
  return chiSquareUpperTail(z * z, 1);
}

/** The hazard at each boundary in A and in B, with binomial intervals and a two-proportion test. */
export function hazardChanges(
  a: readonly BoundaryHazard[],
  b: readonly BoundaryHazard[],
): HazardChange[] {
  const boundaries = [...new Set([...a.map((h) => h.boundary), ...b.map((h) => h.boundary)])].sort(
    (x, y) => x - y,
  );
  return boundaries.map((boundary) => {
    const ha = a.find((h) => h.boundary === boundary);
    const hb = b.find((h) => h.boundary === boundary);
    const side = (h: BoundaryHazard | undefined) => ({
      stopped: h?.atBoundary ?? 0,
      reached: h?.reached ?? 0,
      hazard: h?.hazard ?? null,
      interval: h ? wilsonInterval(h.atBoundary, h.reached) : null,
    });
    const sa = side(ha);
    const sb = side(hb);
    return {
      boundary,
      a: sa,
      b: sb,
      delta: sa.hazard !== null && sb.hazard !== null ? sb.hazard - sa.hazard : null,
      pValue: twoProportionP(sa.stopped, sa.reached, sb.stopped, sb.reached),
    };
  });
}

/** A log odds ratio and its standard error, recovered from the RBG interval (symmetric on the log scale). */
function logOddsRatio(mh: MantelHaenszelResult): { y: number; se: number } | null {
  const iv = mh.oddsRatioInterval;
  if (mh.oddsRatio === null || iv === null || iv.low <= 0 || !Number.isFinite(iv.high)) return null;
  return { y: Math.log(mh.oddsRatio), se: (Math.log(iv.high) - Math.log(iv.low)) / (2 * Z95) };
}

/** Runs A and B are independent samples, so the variance of the log ratio is the sum of both variances. */
export function oddsRatioChange(
  tier: TierLabel,
  a: MantelHaenszelResult,
  b: MantelHaenszelResult,
): OddsRatioChange {
  const la = logOddsRatio(a);
  const lb = logOddsRatio(b);
  let ratio: number | null = null;
  let ratioInterval: Interval | null = null;
  let pValue: number | null = null;
  if (la && lb) {
    const diff = lb.y - la.y;
    const se = Math.sqrt(la.se ** 2 + lb.se ** 2);
    ratio = Math.exp(diff);
    ratioInterval = {
      low: Math.exp(diff - Z95 * se),
      high: Math.exp(diff + Z95 * se),
      method: 'log-scale normal 95% (independent runs)',
    };
    pValue = se > 0 ? chiSquareUpperTail((diff / se) ** 2, 1) : null;
  }
  return {
    tier,
    a: a.oddsRatio,
    aInterval: a.oddsRatioInterval,
    b: b.oddsRatio,
    bInterval: b.oddsRatioInterval,
    ratio,
    ratioInterval,
    pValue,
  };
}

/**
 * Inverse-variance weighted slope of the log odds ratio over the ordered tiers (simple = 1,
 * moderate = 2, complex = 3), with its standard error: the usual meta-regression trend test.
 */
export function logOddsRatioTrend(
  byTier: ReadonlyMap<TierLabel, MantelHaenszelResult>,
): { slope: number; se: number } | null {
  const points = TIERS.flatMap((tier, i) => {
    const mh = byTier.get(tier);
    const l = mh ? logOddsRatio(mh) : null;
    return l && l.se > 0 ? [{ x: i + 1, y: l.y, w: 1 / l.se ** 2 }] : [];
  });
  if (points.length < 2) return null;
  const sw = points.reduce((s, p) => s + p.w, 0);
  const xBar = points.reduce((s, p) => s + p.w * p.x, 0) / sw;
  const yBar = points.reduce((s, p) => s + p.w * p.y, 0) / sw;
  const sxx = points.reduce((s, p) => s + p.w * (p.x - xBar) ** 2, 0);
  const sxy = points.reduce((s, p) => s + p.w * (p.x - xBar) * (p.y - yBar), 0);
  return { slope: sxy / sxx, se: 1 / Math.sqrt(sxx) };
}

export function trendChange(
  a: ReadonlyMap<TierLabel, MantelHaenszelResult>,
  b: ReadonlyMap<TierLabel, MantelHaenszelResult>,
): TrendChange {
  const ta = logOddsRatioTrend(a);
  const tb = logOddsRatioTrend(b);
  const p = (t: { slope: number; se: number } | null) =>
    t ? chiSquareUpperTail((t.slope / t.se) ** 2, 1) : null;
  const deltaSe = ta && tb ? Math.sqrt(ta.se ** 2 + tb.se ** 2) : null;
  return {
    a: ta?.slope ?? null,
    aPValue: p(ta),
    b: tb?.slope ?? null,
    bPValue: p(tb),
    delta: ta && tb ? tb.slope - ta.slope : null,
    pValue:
      ta && tb && deltaSe ? chiSquareUpperTail(((tb.slope - ta.slope) / deltaSe) ** 2, 1) : null,
  };
}
