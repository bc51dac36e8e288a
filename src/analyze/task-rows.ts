import type { TaskRow } from '../core/drill-down-record.js';
import { compareNatural } from '../core/natural-order.js';
import { alignedBoundary, FLAG, type SampleTable } from './sample-table.js';

/**
 * One row per task for the report's per-task table: scored samples and passes, split by alignment
 * over the non-truncated samples with a known count (as the boundary test counts them), and the
 * truncated samples apart. Tasks in reading order (HumanEval/2 before HumanEval/10).
 */
export function taskRows(
  table: SampleTable,
  values: readonly number[],
  tolerance: number,
): TaskRow[] {
  const rows = table.taskIds.map((taskId, t): TaskRow => ({
    taskId,
    tier: table.taskTiers[t] ?? 'untiered',
    scored: 0,
    passes: 0,
    aligned: 0,
    alignedPasses: 0,
    notAligned: 0,
    notAlignedPasses: 0,
    truncated: 0,
  }));
  for (let i = 0; i < table.size; i++) {
    const row = rows[table.task[i] ?? -1];
    const flags = table.flags[i] ?? 0;
    if (!row || (flags & FLAG.scored) === 0) continue;
    const passed = (flags & FLAG.passed) !== 0 ? 1 : 0;
    row.scored += 1;
    row.passes += passed;
    if ((flags & FLAG.truncated) !== 0) {
      row.truncated += 1;
      continue;
    }
    const length = table.length[i] ?? -1;
    if (length < 0) continue;
    if (alignedBoundary(length, values, tolerance) >= 0) {
      row.aligned += 1;
      row.alignedPasses += passed;
    } else {
      row.notAligned += 1;
      row.notAlignedPasses += passed;
    }
  }
  return rows.filter((r) => r.scored > 0).sort((a, b) => compareNatural(a.taskId, b.taskId));
}
