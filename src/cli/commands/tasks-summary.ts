import Table from 'cli-table3';
import { TIERS, type TaskRecord } from '../../core/records.js';
import type { GateResult } from '../../execute/task-gate.js';
import type { TaskQuality } from '../../execute/task-quality.js';

/** A task, what the sandbox measured of it (or why not), and the gate's verdict. */
export interface Measured {
  task: TaskRecord;
  measured: { quality: TaskQuality } | { problem: string };
  gate: GateResult;
}

function quantiles(values: readonly number[]): { min: number; median: number; max: number } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] as number,
    median: sorted[Math.floor((sorted.length - 1) / 2)] as number,
    max: sorted.at(-1) as number,
  };
}

const range = (q: ReturnType<typeof quantiles>, format: (x: number) => string) =>
  q === null ? '–' : `${format(q.min)} / ${format(q.median)} / ${format(q.max)}`;

/** The distribution by measured tier: counts, scores, features, and (for validate) mutation scores and runtimes. */
export function tierSummary(measured: readonly Measured[], withGate: boolean): string {
  const head = [
    'tier',
    'tasks (measured)',
    'declared',
    'score min / median / max',
    'cyclomatic median',
    'edge cases median',
  ];
  if (withGate) head.push('mutation min / median', 'reference ms median / max', 'passing the gate');
  const table = new Table({ head, style: { head: [], border: [] } });
  for (const tier of TIERS) {
    const rows = measured.filter((m) => m.gate.measuredTier === tier);
    const qualities = rows
      .map((m) => ('quality' in m.measured ? m.measured.quality : null))
      .filter((q): q is TaskQuality => q !== null);
    const row = [
      tier,
      String(rows.length),
      String(measured.filter((m) => m.task.tier === tier).length),
      range(quantiles(qualities.map((q) => q.score)), (x) => x.toFixed(1)),
      String(quantiles(qualities.map((q) => q.features.cyclomatic))?.median ?? '–'),
      String(quantiles(qualities.map((q) => q.features.edgeCases))?.median ?? '–'),
    ];
    if (withGate) {
      const scores = quantiles(
        rows.map((m) => m.gate.mutationScore).filter((s): s is number => s !== null),
      );
      const ms = quantiles(
        rows.map((m) => m.gate.referenceMs).filter((s): s is number => s !== null),
      );
      row.push(
        scores === null
          ? '–'
          : `${(scores.min * 100).toFixed(0)}% / ${(scores.median * 100).toFixed(0)}%`,
        ms === null ? '–' : `${ms.median.toFixed(1)} / ${ms.max.toFixed(1)}`,
        `${rows.filter((m) => m.gate.problems.length === 0).length}/${rows.length}`,
      );
    }
    table.push(row);
  }
  return table.toString();
}
