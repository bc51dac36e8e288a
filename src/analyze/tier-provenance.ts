import type { TierProvenance } from '../core/analysis-record.js';
import type { TaskRecord } from '../core/records.js';

/** Where the tiers of a run's corpus came from: declared by the corpus, measured from the references, or none. */
export function tierProvenance(
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier' | 'tierSource'>>,
): TierProvenance {
  let declared = 0;
  let measured = 0;
  let untiered = 0;
  for (const task of tasks.values()) {
    if (task.tier === null) untiered += 1;
    else if (task.tierSource === 'measured') measured += 1;
    else declared += 1;
  }
  const source =
    declared + measured === 0
      ? 'none'
      : measured === 0
        ? 'declared'
        : declared === 0
          ? 'measured'
          : 'mixed';
  return { source, declared, measured, untiered };
}
