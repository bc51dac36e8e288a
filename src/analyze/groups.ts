import type { GroupRow } from '../core/analysis-record.js';
import { detectLatticeOfCounts } from './lattice.js';
import { hazardsAt } from './hazard.js';
import { countValues, meanOf, medianOf } from './length-counts.js';
import { FLAG, type GroupKey, type SampleTable } from './sample-table.js';

/** A growable list of lengths for one row of the table. */
interface Bucket {
  key: GroupKey;
  scope: GroupRow['scope'];
  calls: number;
  truncated: number;
  lengths: Int32Array;
  size: number;
  /** Distinct tasks (sessions) per configured boundary, for the spike support. */
  tasksAt: Set<number>[];
}

function push(b: Bucket, v: number): void {
  if (b.size === b.lengths.length) {
    const grown = new Int32Array(Math.max(16, b.lengths.length * 2));
    grown.set(b.lengths);
    b.lengths = grown;
  }
  b.lengths[b.size++] = v;
}

/**
 * The per-group distribution table: one row per model, then one per model × effort × cli_version ×
 * system-prompt hash where any of those is known. Counts are over non-truncated calls with a count;
 * the hazard at each boundary is n(v) / n(≥v) within the row, tested against its own baseline on the
 * row's own lattice (Holm over the boundaries), so each model gets its own spike verdict.
 */
export function groupRows(table: SampleTable, boundaries: readonly number[]): GroupRow[] {
  const models = new Map<string, Bucket>();
  const details = table.groups.map((key): Bucket | null =>
    key.effort === null && key.cliVersion === null && key.systemPromptHash === null
      ? null
      : bucket(key, 'detail'),
  );
  const modelOf = table.groups.map((key) => {
    let b = models.get(key.model);
    if (!b)
      models.set(
        key.model,
        (b = bucket(
          { model: key.model, effort: null, cliVersion: null, systemPromptHash: null },
          'model',
        )),
      );
    return b;
  });
  for (let i = 0; i < table.size; i++) {
    const g = table.group[i] ?? 0;
    const truncated = ((table.flags[i] ?? 0) & FLAG.truncated) !== 0;
    const v = table.length[i] ?? -1;
    for (const b of [modelOf[g], details[g]]) {
      if (!b) continue;
      b.calls += 1;
      if (truncated) b.truncated += 1;
      else if (v >= 0) {
        push(b, v);
        const j = boundaries.indexOf(v);
        if (j >= 0) (b.tasksAt[j] ??= new Set()).add(table.task[i] ?? 0);
      }
    }
  }
  const rows: GroupRow[] = [];
  for (const [model, b] of [...models].sort(([a], [c]) => a.localeCompare(c))) {
    rows.push(row(b, boundaries));
    const own = details.filter(
      (d): d is Bucket => d !== null && d.key.model === model && d.calls > 0,
    );
    for (const d of own.sort((x, y) => label(x.key).localeCompare(label(y.key))))
      rows.push(row(d, boundaries));
  }
  return rows;
}

function bucket(key: GroupKey, scope: GroupRow['scope']): Bucket {
  return { key, scope, calls: 0, truncated: 0, lengths: new Int32Array(16), size: 0, tasksAt: [] };
}

function label(k: GroupKey): string {
  return `${k.effort ?? ''}|${k.cliVersion ?? ''}|${k.systemPromptHash ?? ''}`;
}

function row(b: Bucket, boundaries: readonly number[]): GroupRow {
  const lengths = b.lengths.subarray(0, b.size);
  const c = countValues(lengths);
  const lattice = detectLatticeOfCounts(c);
  const tested = hazardsAt(
    c,
    boundaries,
    lattice.g,
    (v) => b.tasksAt[boundaries.indexOf(v)]?.size ?? 0,
  );
  return {
    scope: b.scope,
    ...b.key,
    calls: b.calls,
    withCount: c.total,
    meanTokens: meanOf(c),
    medianTokens: medianOf(c),
    lattice: lattice.g,
    latticeStatus: lattice.status,
    truncated: b.truncated,
    boundaries: tested.map((h) => ({
      boundary: h.boundary,
      exactHits: h.atBoundary,
      reached: h.reached,
      hazard: h.hazard,
      baselineHazard: h.baselineHazard,
      pHolm: h.pHolm,
      distinctTasks: h.distinctTasks,
      support: h.support,
    })),
  };
}
