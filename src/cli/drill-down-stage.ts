import { createDrillDownPicker } from '../analyze/drill-down.js';
import type { Analysis } from '../core/analysis-record.js';
import type { DrillDownTier } from '../core/drill-down-record.js';
import type { TaskRecord } from '../core/records.js';
import { forEachRecord, type RunPaths } from '../core/run-dir.js';
import type { RecordValidators } from '../core/schemas.js';

/**
 * The samples the HTML report lets a reader open: per tier, a few aligned failures and non-aligned
 * passes of the same tasks, with code and traceback. Three streamed passes over the run's records
 * (see createDrillDownPicker); nothing but a few keys per task is held. Empty without verdicts.
 */
export async function readDrillDown(
  paths: RunPaths,
  validators: RecordValidators,
  analysis: Analysis,
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier'>>,
): Promise<DrillDownTier[]> {
  if (!analysis.hasVerdicts) return [];
  const picker = createDrillDownPicker({
    values: analysis.alignedTo.values,
    tolerance: analysis.tolerance,
    tierOf: (taskId) => tasks.get(taskId)?.tier ?? 'untiered',
  });
  await forEachRecord(paths.samples, validators.sample, (s) => picker.addCandidate(s));
  await forEachRecord(paths.executions, validators.execution, (e) => picker.addExecution(e));
  const keys = picker.choose();
  if (keys.size > 0)
    await forEachRecord(paths.samples, validators.sample, (s) => picker.addCode(s, keys));
  return picker.build();
}
