import type { HistogramBin, TokenDistribution } from '../core/spike-record.js';
import { meanOf, medianOf, nAt, nAtLeast, quantileOf, type LengthCounts } from './length-counts.js';

const MAX_BINS = 200;
const QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95];

/**
 * The reasoning-token distribution for charts: at most ~200 bins whatever the sample count, each with
 * its non-truncated and truncated counts and its per-bin hazard, plus exact marks at chosen values.
 */
export function tokenHistogram(
  primary: LengthCounts,
  truncated: LengthCounts,
  g: number,
  marks: TokenDistribution['marks'],
): TokenDistribution {
  const max = Math.max(primary.max, truncated.max);
  const binWidth = g * Math.max(1, Math.ceil((max + 1) / (g * MAX_BINS)));
  const bins: HistogramBin[] = [];
  for (let start = 0; start <= max; start += binWidth) {
    let count = 0;
    let cut = 0;
    for (let v = start; v < start + binWidth; v++) {
      count += nAt(primary, v);
      cut += nAt(truncated, v);
    }
    const reached = nAtLeast(primary, start);
    bins.push({ start, count, truncated: cut, hazard: reached > 0 ? count / reached : null });
  }
  return {
    samples: primary.total,
    zeros: nAt(primary, 0),
    mean: meanOf(primary),
    median: medianOf(primary),
    quantiles:
      primary.total === 0 ? [] : QUANTILES.map((p) => ({ p, value: quantileOf(primary, p) ?? 0 })),
    max: max >= 0 ? max : null,
    binWidth,
    bins,
    marks,
  };
}
