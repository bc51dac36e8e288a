import { createDrillDownPicker, type DrillDownPicker } from '../analyze/drill-down.js';
import type { Analysis } from '../core/analysis-record.js';
import type { DrillDownTier } from '../core/drill-down-record.js';
import { lineHasKeyIn, type JsonlSpan } from '../core/jsonl.js';
import type { SampleRecord, TaskRecord } from '../core/records.js';
import { forEachRecord, forEachRecordAt, type RunPaths } from '../core/run-dir.js';
import type { RecordValidators } from '../core/schemas.js';

type TierOf = ReadonlyMap<string, Pick<TaskRecord, 'tier'>>;

/** Where the candidates' newest records are in samples.jsonl and executions.jsonl. */
export interface CandidateSpans {
  samples: Map<string, JsonlSpan>;
  executions: Map<string, JsonlSpan>;
}

/**
 * A picker for the alignment set known before the analysis (the configured boundaries). `offer` takes
 * each sample of the analysis's own pass, with where its line is.
 */
export function earlyDrillDownPicker(
  values: readonly number[],
  tolerance: number,
  tasks: TierOf,
): {
  values: readonly number[];
  tolerance: number;
  picker: DrillDownPicker;
  offer: (s: SampleRecord, at: JsonlSpan) => void;
  sampleSpans: Map<string, JsonlSpan>;
} {
  const picker = createDrillDownPicker({
    values,
    tolerance,
    tierOf: (taskId) => tasks.get(taskId)?.tier ?? 'untiered',
  });
  const sampleSpans = new Map<string, JsonlSpan>();
  return {
    values,
    tolerance,
    picker,
    sampleSpans,
    offer(s, at) {
      picker.addCandidate(s);
      // The newest line of a candidate's key, as the pass over the code would have kept it.
      if (picker.isCandidate(s.key))
        sampleSpans.set(s.key, { line: at.line, offset: at.offset, bytes: at.bytes });
    },
  };
}

/**
 * The samples the HTML report lets a reader open: per tier, a few aligned failures and non-aligned
 * passes of the same tasks, with code and traceback (see createDrillDownPicker). The candidates come
 * from the analysis's own pass over the samples when the alignment set was known before it (`early`,
 * fed there); otherwise from a pass of their own. The verdicts and the code of the few chosen keys
 * are read from their lines alone when the analysis's passes said where those are (`executionSpans`,
 * from the verdict reader), else from passes that parse only the lines naming those keys: on a
 * million samples, even those two passes cost a sixth of the analysis. Empty without verdicts.
 */
export async function readDrillDown(
  paths: RunPaths,
  validators: RecordValidators,
  analysis: Analysis,
  tasks: TierOf,
  early?: ReturnType<typeof earlyDrillDownPicker>,
  executionSpans?: ReadonlyMap<string, JsonlSpan>,
): Promise<DrillDownTier[]> {
  if (!analysis.hasVerdicts) return [];
  const { values } = analysis.alignedTo;
  const reuse =
    early !== undefined &&
    early.tolerance === analysis.tolerance &&
    early.values.length === values.length &&
    early.values.every((v, i) => v === values[i]);
  const own = reuse ? early : earlyDrillDownPicker(values, analysis.tolerance, tasks);
  if (!reuse) await forEachRecord(paths.samples, validators.sample, own.offer);
  const { picker, sampleSpans } = own;
  const candidates = picker.candidateKeys();
  if (candidates.size === 0) return [];
  const readable = (spans: readonly JsonlSpan[]) => spans.every((s) => s.offset >= 0);
  const verdictSpans = reuse && executionSpans ? [...executionSpans.values()] : null;
  if (verdictSpans && readable(verdictSpans))
    forEachRecordAt(paths.executions, validators.execution, verdictSpans, picker.addExecution);
  else
    await forEachRecord(
      paths.executions,
      validators.execution,
      (e) => picker.addExecution(e),
      lineHasKeyIn(candidates),
    );
  const keys = picker.choose();
  if (keys.size === 0) return picker.build();
  const codeSpans = [...keys].flatMap((k) => sampleSpans.get(k) ?? []);
  if (codeSpans.length === keys.size && readable(codeSpans))
    forEachRecordAt(paths.samples, validators.sample, codeSpans, (s) => picker.addCode(s, keys));
  else
    await forEachRecord(
      paths.samples,
      validators.sample,
      (s) => picker.addCode(s, keys),
      lineHasKeyIn(keys),
    );
  return picker.build();
}
