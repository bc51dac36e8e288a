/** The reporting lattice (docs/analysis.md §2). */
import type { LatticeStatus } from '../core/analysis-record.js';
import { countValues, nAt, type LengthCounts } from './length-counts.js';

export const LATTICE_MIN_COUNTS = 30;
const LATTICE_SHARE = 0.99;
const LATTICE_MAX = 256;

export type { LatticeStatus };

export interface Lattice {
  /** The step spike scans use: the detected g, or 1 when not determined. */
  g: number;
  status: LatticeStatus;
  nonZeroCounts: number;
  note: string;
}

/**
 * g is the largest power of two up to 256 that divides at least 99% of the non-zero counts, given at
 * least 30 of them; otherwise 1. Spike scans step by g, so a 64-token reporting grid is not mistaken
 * for spikes at every multiple of 64.
 */
export function detectLattice(counts: Iterable<number | null>): Lattice {
  const known: number[] = [];
  for (const c of counts) if (c !== null) known.push(c);
  return detectLatticeOfCounts(countValues(known));
}

/** The same rule over counted lengths, in O(max) whatever the sample count. */
export function detectLatticeOfCounts(c: LengthCounts): Lattice {
  const nonZero = c.total - nAt(c, 0);
  if (c.total > 0 && nonZero === 0) {
    return {
      g: 1,
      status: 'silent',
      nonZeroCounts: 0,
      note: `reports no reasoning count: all ${c.total} counts are 0`,
    };
  }
  if (nonZero < LATTICE_MIN_COUNTS) {
    return {
      g: 1,
      status: 'not_determined',
      nonZeroCounts: nonZero,
      note: `lattice not determined: ${nonZero} non-zero reasoning counts, fewer than the ${LATTICE_MIN_COUNTS} needed`,
    };
  }
  for (let g = LATTICE_MAX; g >= 2; g /= 2) {
    let divisible = 0;
    for (let v = g; v <= c.max; v += g) divisible += nAt(c, v);
    if (divisible >= LATTICE_SHARE * nonZero) {
      return {
        g,
        status: 'lattice',
        nonZeroCounts: nonZero,
        note: `reasoning counts are reported in multiples of ${g} (${divisible} of ${nonZero}); spike scans step by ${g}`,
      };
    }
  }
  return {
    g: 1,
    status: 'exact',
    nonZeroCounts: nonZero,
    note: `no reporting lattice: counts are exact (g = 1, ${nonZero} non-zero counts)`,
  };
}

/** "g = 64", "g = 1", "lattice not determined" or "no reasoning count", as tables and caveats print it. */
export function latticeLabel(l: Pick<Lattice, 'g' | 'status'>): string {
  return l.status === 'not_determined'
    ? 'lattice not determined'
    : l.status === 'silent'
      ? 'no reasoning count (all 0)'
      : `g = ${l.g}`;
}
