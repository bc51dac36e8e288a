import type { TwoByTwo } from './mantel-haenszel.js';
import { alignedBoundary, FLAG, type SampleTable } from './sample-table.js';

export interface ArmOptions {
  boundaries: readonly number[];
  tolerance: number;
  /** Include truncated samples (the sensitivity row); the primary test leaves them out. */
  includeTruncated: boolean;
}

/**
 * Per-stratum 2×2 tables of aligned/not-aligned against pass/fail over scored samples with a known
 * count. `stratumOf` maps a sample to a stratum index (usually its task) or −1 to leave it out.
 * Every stratum is split by arm (model × condition): arms differ in accuracy and in length (effort
 * makes a model reason longer and answer better), so pooling them inside a task would confound
 * "stopped at a boundary" with "ran under another arm". With one arm nothing changes. `ids`
 * receives the caller's stratum index of each table.
 */
export function stratumTables(
  table: SampleTable,
  options: ArmOptions,
  strata: number,
  stratumOf: (i: number) => number,
  ids?: number[],
): TwoByTwo[] {
  const arms = Math.max(1, table.arms.length);
  const cells = new Float64Array(strata * arms * 4);
  const skip = FLAG.scored | (options.includeTruncated ? 0 : FLAG.truncated);
  for (let i = 0; i < table.size; i++) {
    const flags = table.flags[i] ?? 0;
    if ((flags & skip) !== FLAG.scored) continue;
    const length = table.length[i] ?? -1;
    if (length < 0) continue;
    const outer = stratumOf(i);
    if (outer < 0) continue;
    const s = outer * arms + (table.arm[i] ?? 0);
    const aligned = alignedBoundary(length, options.boundaries, options.tolerance) >= 0;
    const passed = (flags & FLAG.passed) !== 0;
    cells[s * 4 + (aligned ? 0 : 2) + (passed ? 0 : 1)]! += 1;
  }
  const tables: TwoByTwo[] = [];
  for (let s = 0; s < strata * arms; s++) {
    const t = {
      a: cells[s * 4]!,
      b: cells[s * 4 + 1]!,
      c: cells[s * 4 + 2]!,
      d: cells[s * 4 + 3]!,
    };
    if (t.a + t.b + t.c + t.d > 0) {
      tables.push(t);
      ids?.push(Math.floor(s / arms));
    }
  }
  return tables;
}

/** Per-task tables, optionally for the tasks `keepTask` accepts; `ids` receives each table's task index. */
export function taskTables(
  table: SampleTable,
  options: ArmOptions,
  keepTask: (task: number) => boolean = () => true,
  ids?: number[],
): TwoByTwo[] {
  const keep = table.taskIds.map((_, t) => keepTask(t));
  return stratumTables(
    table,
    options,
    table.taskIds.length,
    (i) => {
      const t = table.task[i] ?? 0;
      return keep[t] ? t : -1;
    },
    ids,
  );
}

/**
 * The local comparison (docs/analysis.md §6): strata are task × boundary; a boundary's stratum holds the
 * samples aligned to it and the non-aligned samples of the task within ±window of its length, so the
 * comparison is with samples that reasoned about as long, not with every other sample.
 */
export function localTables(
  table: SampleTable,
  options: ArmOptions & { window: number },
  keepTask: (task: number) => boolean = () => true,
): TwoByTwo[] {
  const b = options.boundaries.length;
  const keep = table.taskIds.map((_, t) => keepTask(t));
  const tables: TwoByTwo[] = [];
  for (let j = 0; j < b; j++) {
    const boundary = options.boundaries[j] ?? 0;
    const half = options.window * boundary;
    tables.push(
      ...stratumTables(table, options, table.taskIds.length, (i) => {
        const t = table.task[i] ?? 0;
        if (!keep[t]) return -1;
        const length = table.length[i] ?? -1;
        const at = alignedBoundary(length, options.boundaries, options.tolerance);
        if (at >= 0) return at === j ? t : -1;
        return Math.abs(length - boundary) <= half ? t : -1;
      }),
    );
  }
  return tables;
}
