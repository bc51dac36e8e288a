import type { PriceTable } from '../core/arm-record.js';
import { sampleCost } from './arm-stats.js';
import { FLAG, type SampleTable } from './sample-table.js';

/**
 * One arm's samples summed per task: the unit that every arm statistic resamples. Index i is one of
 * the arm's tasks; `task[i]` is its index in the table, and its samples are the table rows
 * `rows[rowStart[i]] … rows[rowStart[i + 1] − 1]`.
 */
export interface ArmTasks {
  arm: number;
  task: Int32Array;
  rowStart: Int32Array;
  rows: Uint32Array;
  samples: Float64Array;
  scored: Float64Array;
  passes: Float64Array;
  truncated: Float64Array;
  /** Samples with a reasoning count, and the sum of those counts. */
  reasoningCount: Float64Array;
  reasoningSum: Float64Array;
  outputCount: Float64Array;
  outputSum: Float64Array;
  /** Tokens spent by scored samples (output tokens, else the reasoning count); NaN when one is unknown. */
  spent: Float64Array;
  /** Dollars spent by scored samples; NaN when a count is missing; null without a price for the model. */
  cost: Float64Array | null;
}

/**
 * Groups the table's rows by arm and task (one sort of row indices, no object per sample) and sums
 * each group. Arms come in the order of `table.arms`.
 */
export function sumArmTasks(table: SampleTable, prices: PriceTable | null): ArmTasks[] {
  const order = new Uint32Array(table.size);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((x, y) => table.arm[x]! - table.arm[y]! || table.task[x]! - table.task[y]!);
  const result: ArmTasks[] = [];
  let i = 0;
  while (i < order.length) {
    const arm = table.arm[order[i]!]!;
    let end = i;
    while (end < order.length && table.arm[order[end]!] === arm) end++;
    result.push(sumOneArm(table, order.subarray(i, end), arm, prices));
    i = end;
  }
  return result;
}

function sumOneArm(
  table: SampleTable,
  rows: Uint32Array,
  arm: number,
  prices: PriceTable | null,
): ArmTasks {
  const starts: number[] = [];
  for (let r = 0; r < rows.length; r++)
    if (r === 0 || table.task[rows[r]!] !== table.task[rows[r - 1]!]) starts.push(r);
  const n = starts.length;
  const price = prices?.[table.arms[arm]!.model] ?? null;
  const a: ArmTasks = {
    arm,
    task: new Int32Array(n),
    rowStart: Int32Array.from([...starts, rows.length]),
    rows,
    samples: new Float64Array(n),
    scored: new Float64Array(n),
    passes: new Float64Array(n),
    truncated: new Float64Array(n),
    reasoningCount: new Float64Array(n),
    reasoningSum: new Float64Array(n),
    outputCount: new Float64Array(n),
    outputSum: new Float64Array(n),
    spent: new Float64Array(n),
    cost: price ? new Float64Array(n) : null,
  };
  for (let t = 0; t < n; t++) {
    a.task[t] = table.task[rows[a.rowStart[t]!]!]!;
    for (let r = a.rowStart[t]!; r < a.rowStart[t + 1]!; r++) {
      const row = rows[r]!;
      const flags = table.flags[row]!;
      const reasoning = table.length[row]!;
      const output = table.output[row]!;
      a.samples[t]! += 1;
      if ((flags & FLAG.truncated) !== 0) a.truncated[t]! += 1;
      if (reasoning >= 0) {
        a.reasoningCount[t]! += 1;
        a.reasoningSum[t]! += reasoning;
      }
      if (output >= 0) {
        a.outputCount[t]! += 1;
        a.outputSum[t]! += output;
      }
      if ((flags & FLAG.scored) === 0) continue;
      a.scored[t]! += 1;
      if ((flags & FLAG.passed) !== 0) a.passes[t]! += 1;
      a.spent[t]! += output >= 0 ? output : reasoning >= 0 ? reasoning : Number.NaN;
      if (a.cost && price) {
        const input = table.input[row]!;
        a.cost[t]! +=
          sampleCost(
            price,
            input >= 0 ? input : null,
            output >= 0 ? output : null,
            reasoning >= 0 ? reasoning : null,
          ) ?? Number.NaN;
      }
    }
  }
  return a;
}
