import { createDrillDownPicker, type DrillDownPicker } from '../analyze/drill-down.js';
import type { Analysis } from '../core/analysis-record.js';
import type { DrillDownTier } from '../core/drill-down-record.js';
import { lineHasKeyIn } from '../core/jsonl.js';
import type { TaskRecord } from '../core/records.js';
import { forEachRecord, type RunPaths } from '../core/run-dir.js';
import type { RecordValidators } from '../core/schemas.js';

type TierOf = ReadonlyMap<string, Pick<TaskRecord, 'tier'>>;

/** A picker for the alignment set known before the analysis (the configured boundaries). */
export function earlyDrillDownPicker(
  values: readonly number[],
  tolerance: number,
  tasks: TierOf,
): { values: readonly number[]; tolerance: number; picker: DrillDownPicker } {
  return {
    values,
    tolerance,
    picker: createDrillDownPicker({
      values,
      tolerance,
      tierOf: (taskId) => tasks.get(taskId)?.tier ?? 'untiered',
    }),
  };
}

/**
 * The samples the HTML report lets a reader open: per tier, a few aligned failures and non-aligned
 * passes of the same tasks, with code and traceback (see createDrillDownPicker). The candidates come
 * from the analysis's own pass over the samples when the alignment set was known before it (`early`,
 * fed there); otherwise from a pass of their own. The verdicts and the code of the few chosen keys
 * come from passes that parse only the lines naming those keys: on a million samples, three full
 * parsed passes cost more than the analysis itself. Empty without verdicts.
 */
export async function readDrillDown(
  paths: RunPaths,
  validators: RecordValidators,
  analysis: Analysis,
  tasks: TierOf,
  early?: ReturnType<typeof earlyDrillDownPicker>,
): Promise<DrillDownTier[]> {
  if (!analysis.hasVerdicts) return [];
  const { values } = analysis.alignedTo;
  const reuse =
    early !== undefined &&
    early.tolerance === analysis.tolerance &&
    early.values.length === values.length &&
    early.values.every((v, i) => v === values[i]);
  let picker: DrillDownPicker;
  if (reuse) picker = early.picker;
  else {
    picker = earlyDrillDownPicker(values, analysis.tolerance, tasks).picker;
    await forEachRecord(paths.samples, validators.sample, (s) => picker.addCandidate(s));
  }
  const candidates = picker.candidateKeys();
  if (candidates.size === 0) return [];
  await forEachRecord(
    paths.executions,
    validators.execution,
    (e) => picker.addExecution(e),
    lineHasKeyIn(candidates),
  );
  const keys = picker.choose();
  if (keys.size > 0)
    await forEachRecord(
      paths.samples,
      validators.sample,
      (s) => picker.addCode(s, keys),
      lineHasKeyIn(keys),
    );
  return picker.build();
}
