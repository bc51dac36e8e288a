import jStat from 'jstat';

/** P(X ≥ k) for X ~ Binomial(n, p): the one-sided p-value of seeing k or more. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return clampProbability(1 - jStat.binomial.cdf(k - 1, n, p));
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p) through the regularized incomplete beta I_p(k, n − k + 1), which
 * also accepts the non-integer effective counts of a design-effect (Rao–Scott) adjustment.
 */
export function binomialUpperTailContinuous(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return clampProbability(jStat.ibeta(p, k, n - k + 1));
}

/** Upper tail of the chi-square distribution. */
export function chiSquareUpperTail(x: number, df: number): number {
  return clampProbability(1 - jStat.chisquare.cdf(x, df));
}

/** Chi-square quantile. */
export function chiSquareQuantile(p: number, df: number): number {
  return jStat.chisquare.inv(p, df);
}

/** Standard normal quantile. */
export function normalQuantile(p: number): number {
  return jStat.normal.inv(p, 0, 1);
}

function clampProbability(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** ln Γ(x), from jstat. */
export function lnGamma(x: number): number {
  return jStat.gammaln(x);
}

/** ln C(n, k). */
export function lnChoose(n: number, k: number): number {
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}
