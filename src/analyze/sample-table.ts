import type { ReasoningSource, Tier } from '../core/records.js';

/**
 * Every analysable sample as columns of typed arrays, so that a million samples cost a few bytes each
 * and never a JavaScript object each. Records are streamed in (sample-table-builder.ts) and only
 * what the statistics need is kept.
 */
export interface SampleTable {
  size: number;
  /** Index into `taskIds`. */
  task: Int32Array;
  /** Reasoning tokens, or −1 when not reported. */
  length: Int32Array;
  /** Bit set of FLAG values. */
  flags: Uint8Array;
  /** Index into `groups`. */
  group: Uint16Array;
  /** Index into `arms`: the sample's arm (model × condition id), for the per-arm section. */
  arm: Uint16Array;
  /** Output tokens (reasoning included, as every provider reports them), or −1 when not reported. */
  output: Int32Array;
  /** Input tokens, or −1 when not reported. */
  input: Int32Array;
  /** Latency in ms, or −1 when not measured (imports without latency_ms record 0). */
  latency: Float32Array;
  taskIds: string[];
  taskTiers: (Tier | null)[];
  groups: GroupKey[];
  arms: ArmKey[];
  counts: TableCounts;
}

/** An arm as the samples name it: the model and the condition id, with the parameters sent. */
export interface ArmKey {
  model: string;
  conditionId: string;
  effort: string | null;
  budget: number | null;
  systemPromptHash: string | null;
}

export interface GroupKey {
  model: string;
  effort: string | null;
  cliVersion: string | null;
  systemPromptHash: string | null;
}

export interface TableCounts {
  /** Samples with a count, by where the count came from (docs/analysis.md §1). */
  bySource: Record<ReasoningSource, number>;
  samples: number;
  generationErrors: number;
  executed: number;
  sandboxErrors: number;
  unexecuted: number;
  retriedAlone: number;
  changedOnRetry: number;
}

/** Flag bits: a verdict counts (executed, not a sandbox error); it passed; the sample was truncated, and why; its half. */
export const FLAG = {
  scored: 1,
  passed: 2,
  truncated: 4,
  signalled: 8,
  atCap: 16,
  atBudget: 32,
  halfB: 64,
} as const;

/** Index of the boundary a count is aligned to, or −1. */
export function alignedBoundary(
  length: number,
  boundaries: readonly number[],
  tolerance: number,
): number {
  if (length < 0) return -1;
  for (let j = 0; j < boundaries.length; j++)
    if (Math.abs(length - (boundaries[j] ?? 0)) <= tolerance) return j;
  return -1;
}
