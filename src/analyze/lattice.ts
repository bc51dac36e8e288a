/** The reporting lattice (docs/analysis.md §2). */
import { nAt, type LengthCounts } from './length-counts.js';

export const LATTICE_MIN_COUNTS = 30;
const LATTICE_SHARE = 0.99;
const LATTICE_MAX = 256;

export interface Lattice {
  g: number;
  nonZeroCounts: number;
  note: string;
}

/**
 * g is the largest power of two up to 256 that divides at least 99% of the non-zero counts, given at
 * least 30 of them; otherwise 1. Spike scans step by g, so a 64-token reporting grid is not mistaken
 * for spikes at every multiple of 64.
 */
export function detectLattice(counts: Iterable<number | null>): Lattice {
  const nonZero: number[] = [];
  for (const c of counts) if (c !== null && c > 0) nonZero.push(c);
  if (nonZero.length < LATTICE_MIN_COUNTS) {
    return {
      g: 1,
      nonZeroCounts: nonZero.length,
      note: `too few non-zero reasoning counts (${nonZero.length} < ${LATTICE_MIN_COUNTS}) to detect a lattice; assuming g = 1`,
    };
  }
  for (let g = LATTICE_MAX; g >= 2; g /= 2) {
    const divisible = nonZero.filter((c) => c % g === 0).length;
    if (divisible >= LATTICE_SHARE * nonZero.length) {
      return {
        g,
        nonZeroCounts: nonZero.length,
        note: `reasoning counts are reported in multiples of ${g} (${divisible} of ${nonZero.length}); spike scans step by ${g}`,
      };
    }
  }
  return {
    g: 1,
    nonZeroCounts: nonZero.length,
    note: `no reporting lattice: counts are exact (g = 1, ${nonZero.length} non-zero counts)`,
  };
}

/** The same rule over counted lengths, in O(max) whatever the sample count. */
export function detectLatticeOfCounts(c: LengthCounts): Lattice {
  const nonZero = c.total - nAt(c, 0);
  if (nonZero < LATTICE_MIN_COUNTS) {
    return {
      g: 1,
      nonZeroCounts: nonZero,
      note: `too few non-zero reasoning counts (${nonZero} < ${LATTICE_MIN_COUNTS}) to detect a lattice; assuming g = 1`,
    };
  }
  for (let g = LATTICE_MAX; g >= 2; g /= 2) {
    let divisible = 0;
    for (let v = g; v <= c.max; v += g) divisible += nAt(c, v);
    if (divisible >= LATTICE_SHARE * nonZero) {
      return {
        g,
        nonZeroCounts: nonZero,
        note: `reasoning counts are reported in multiples of ${g} (${divisible} of ${nonZero}); spike scans step by ${g}`,
      };
    }
  }
  return {
    g: 1,
    nonZeroCounts: nonZero,
    note: `no reporting lattice: counts are exact (g = 1, ${nonZero} non-zero counts)`,
  };
}
