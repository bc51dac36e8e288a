import { TIERS, type TaskRecord } from '../../core/records.js';
import type { TaskFeatureCounts, TasksReport } from '../../core/tasks-report-record.js';
import type { GateResult } from '../../execute/task-gate.js';
import type { TaskFeatures, TaskQuality } from '../../execute/task-quality.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// A feature added to (or dropped from) the measurement must be published in the tasks-report schema
// too: this line stops compiling until it is.
const FEATURES_PUBLISHED: Same<keyof TaskFeatures, keyof TaskFeatureCounts> = true;
void FEATURES_PUBLISHED;
import { renderTerminalTable, type ColumnAlign } from '../../report/table-render.js';

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

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(0)}%`);

const qualityOf = (m: Measured): TaskQuality | null =>
  'quality' in m.measured ? m.measured.quality : null;

// These tables have one short row per task or tier: no rule between rows, and no colour, as before.
const render = (head: string[], rows: string[][], align?: ColumnAlign[]) =>
  renderTerminalTable(
    { head, rows, ...(align ? { align } : {}) },
    { colour: false, compact: true },
  );

/** `tasks validate`: each task's measured tier, score, reference time, timeout, mutation score and gate status. */
export function perTaskTable(measured: readonly Measured[]): string {
  const head = [
    'task',
    'tier',
    'score',
    'reference ms',
    'timeout',
    'mutants killed/differing',
    'mutation',
    'status',
  ];
  const rows = measured.map((m) => {
    const { gate } = m;
    const q = qualityOf(m);
    return [
      gate.taskId,
      gate.measuredTier ?? '–',
      q ? q.score.toFixed(1) : '–',
      gate.referenceMs === null ? '–' : gate.referenceMs.toFixed(2),
      gate.timeoutMs === null ? '–' : `${gate.timeoutMs / 1000} s`,
      q?.mutation ? `${q.mutation.killed}/${q.mutation.differing}` : '–',
      pct(gate.mutationScore),
      gate.problems.length === 0 ? 'ok' : 'FAIL',
    ];
  });
  return render(head, rows);
}

/** `tasks stats`: each task without a declared tier, the tier task_features.py measures, its score and features. */
export function measuredTierTable(measured: readonly Measured[]): string {
  const head = [
    'task',
    'tier (measured)',
    'score',
    'cyclomatic',
    'nesting',
    'statements',
    'helpers',
    'loops',
  ];
  const rows = measured.map((m) => {
    const q = qualityOf(m);
    const problem = 'problem' in m.measured ? m.measured.problem.slice(0, 60) : 'not measured';
    return [
      m.task.task_id,
      m.gate.measuredTier ?? `– (${problem})`,
      q ? q.score.toFixed(1) : '–',
      ...(q
        ? [
            q.features.cyclomatic,
            q.features.maxNesting,
            q.features.statements,
            q.features.helpers,
            q.features.loops,
          ].map(String)
        : ['–', '–', '–', '–', '–']),
    ];
  });
  // The feature counts are integers: right-aligned so their magnitudes line up.
  return render(head, rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right']);
}

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
  const rows = TIERS.map((tier) => {
    const inTier = measured.filter((m) => m.gate.measuredTier === tier);
    const qualities = inTier.map(qualityOf).filter((q): q is TaskQuality => q !== null);
    const row = [
      tier,
      String(inTier.length),
      String(measured.filter((m) => m.task.tier === tier).length),
      range(quantiles(qualities.map((q) => q.score)), (x) => x.toFixed(1)),
      String(quantiles(qualities.map((q) => q.features.cyclomatic))?.median ?? '–'),
      String(quantiles(qualities.map((q) => q.features.edgeCases))?.median ?? '–'),
    ];
    if (withGate) {
      const scores = quantiles(
        inTier.map((m) => m.gate.mutationScore).filter((s): s is number => s !== null),
      );
      const ms = quantiles(
        inTier.map((m) => m.gate.referenceMs).filter((s): s is number => s !== null),
      );
      row.push(
        scores === null
          ? '–'
          : `${(scores.min * 100).toFixed(0)}% / ${(scores.median * 100).toFixed(0)}%`,
        ms === null ? '–' : `${ms.median.toFixed(1)} / ${ms.max.toFixed(1)}`,
        `${inTier.filter((m) => m.gate.problems.length === 0).length}/${inTier.length}`,
      );
    }
    return row;
  });
  // Counts right-aligned; the summary had rules between its three rows, kept by not compacting.
  return renderTerminalTable({ head, rows, align: ['left', 'right', 'right'] }, { colour: false });
}

/** `tasks stats|validate --format json`: per task what was measured and the gate said, and per tier the counts. */
export function tasksJson(
  measured: readonly Measured[],
  action: TasksReport['action'],
): TasksReport {
  const withGate = action === 'validate';
  return {
    action,
    tasks: measured.map((m) => {
      const q = qualityOf(m);
      return {
        taskId: m.task.task_id,
        declaredTier: m.gate.declaredTier,
        measuredTier: m.gate.measuredTier,
        score: q?.score ?? null,
        features: q?.features ?? null,
        notMeasured: 'problem' in m.measured ? m.measured.problem : null,
        ...(withGate
          ? {
              mutationScore: m.gate.mutationScore,
              mutants: q?.mutation
                ? { killed: q.mutation.killed, differing: q.mutation.differing }
                : null,
              referenceMs: m.gate.referenceMs,
              timeoutMs: m.gate.timeoutMs,
              passed: m.gate.problems.length === 0,
            }
          : {}),
        problems: m.gate.problems,
      };
    }),
    tiers: TIERS.map((tier) => {
      const inTier = measured.filter((m) => m.gate.measuredTier === tier);
      return {
        tier,
        measured: inTier.length,
        declared: measured.filter((m) => m.task.tier === tier).length,
        ...(withGate ? { passing: inTier.filter((m) => m.gate.problems.length === 0).length } : {}),
      };
    }),
  };
}
