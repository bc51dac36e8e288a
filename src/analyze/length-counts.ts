import { BenchError } from '../core/errors.js';

const MAX_COUNT = 1 << 24;

/**
 * Counts of reasoning lengths over a dense array of values, so that n(v) and n(≥v) are O(1) look-ups
 * and no per-sample objects are ever sorted (a million samples cost one pass).
 */
export interface LengthCounts {
  /** count[v] = n(v). */
  count: Uint32Array;
  /** atLeast[v] = n(≥v), for v in 0..max+1. */
  atLeast: Float64Array;
  total: number;
  /** Largest value counted, −1 when none. */
  max: number;
}

/** Counts the known lengths (≥ 0) of the samples `include` accepts. */
export function countLengths(length: Int32Array, include: (i: number) => boolean): LengthCounts {
  let max = -1;
  for (let i = 0; i < length.length; i++) {
    const v = length[i] ?? -1;
    if (v > max && include(i)) max = v;
  }
  // Dense counts cost 12 bytes per possible value; a count beyond this is a corrupt record, not reasoning.
  if (max > MAX_COUNT) {
    throw new BenchError(
      'RECORD_INVALID',
      `a reasoning-token count of ${max} exceeds the ${MAX_COUNT.toLocaleString('en')} the analysis supports`,
      'check the samples file for a corrupted reasoningTokens value',
    );
  }
  const count = new Uint32Array(max + 1);
  let total = 0;
  for (let i = 0; i < length.length; i++) {
    const v = length[i] ?? -1;
    if (v >= 0 && include(i)) {
      count[v] = (count[v] ?? 0) + 1;
      total += 1;
    }
  }
  return withSuffix(count, total, max);
}

/** Counts from plain values (tests and small inputs). */
export function countValues(values: Iterable<number>): LengthCounts {
  const list = Int32Array.from(values);
  return countLengths(list, () => true);
}

function withSuffix(count: Uint32Array, total: number, max: number): LengthCounts {
  const atLeast = new Float64Array(max + 2);
  for (let v = max; v >= 0; v--) atLeast[v] = (atLeast[v + 1] ?? 0) + (count[v] ?? 0);
  return { count, atLeast, total, max };
}

export function nAt(c: LengthCounts, v: number): number {
  return v >= 0 && v <= c.max ? (c.count[v] ?? 0) : 0;
}

export function nAtLeast(c: LengthCounts, v: number): number {
  if (v <= 0) return c.total;
  return v <= c.max ? (c.atLeast[v] ?? 0) : 0;
}

/** The value at quantile p (nearest rank), or null for no samples. */
export function quantileOf(c: LengthCounts, p: number): number | null {
  if (c.total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * c.total));
  let seen = 0;
  for (let v = 0; v <= c.max; v++) {
    seen += c.count[v] ?? 0;
    if (seen >= rank) return v;
  }
  return c.max;
}

/** Median with the usual average of the two middle values for an even count. */
export function medianOf(c: LengthCounts): number | null {
  if (c.total === 0) return null;
  const lo = kth(c, Math.floor((c.total - 1) / 2));
  const hi = kth(c, Math.floor(c.total / 2));
  return (lo + hi) / 2;
}

function kth(c: LengthCounts, k: number): number {
  let seen = 0;
  for (let v = 0; v <= c.max; v++) {
    seen += c.count[v] ?? 0;
    if (seen > k) return v;
  }
  return c.max;
}

export function meanOf(c: LengthCounts): number | null {
  if (c.total === 0) return null;
  let sum = 0;
  for (let v = 0; v <= c.max; v++) sum += v * (c.count[v] ?? 0);
  return sum / c.total;
}
