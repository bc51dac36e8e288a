import type { RunContext, RunInfo } from '../core/headline-record.js';
import { FLAG, type SampleTable } from './sample-table.js';

/** Σ of a column over the rows that report it (−1 is "not reported"); null when no row does. */
function total(column: ArrayLike<number>, size: number): number | null {
  let sum = 0;
  let any = false;
  for (let i = 0; i < size; i++) {
    const v = column[i] ?? -1;
    if (v < 0) continue;
    sum += v;
    any = true;
  }
  return any ? sum : null;
}

/** The run's metadata: what the samples say (models, tasks, tokens, model time) and what the run directory said. */
export function runInfo(table: SampleTable, context: RunContext | null): RunInfo {
  const tasks = new Set<number>();
  let scored = 0;
  for (let i = 0; i < table.size; i++) {
    tasks.add(table.task[i] ?? -1);
    if (((table.flags[i] ?? 0) & FLAG.scored) !== 0) scored += 1;
  }
  const modelTime = total(table.latency, table.size);
  return {
    models: [...new Set(table.arms.map((a) => a.model))],
    tasks: tasks.size,
    samples: table.counts.samples,
    scored,
    startedAt: context?.startedAt ?? null,
    finishedAt: context?.finishedAt ?? null,
    modelTimeMs: modelTime === null ? null : Math.round(modelTime),
    tokens: {
      input: total(table.input, table.size),
      output: total(table.output, table.size),
      reasoning: total(table.length, table.size),
    },
    tool: context?.tool ?? null,
    corpus: context?.corpus ?? null,
  };
}
