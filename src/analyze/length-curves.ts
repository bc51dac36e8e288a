import type { CurvePoint, LengthCurves } from '../core/verdict-record.js';
import type { Rng } from '../core/rng.js';
import { percentileInterval, taskBootstrap } from './bootstrap.js';
import { countLengths, quantileOf } from './length-counts.js';
import { FLAG, type SampleTable } from './sample-table.js';

const BINS = 10;
/** A within-task bin with fewer samples than this share of an even bin's is hidden (and said so). */
const SPARSE_SHARE = 0.25;
const SPARSE_MIN = 5;

/**
 * Length against quality (docs/analysis.md §8): pass rate by pooled length decile beside pass rate by
 * within-task length rank (mid-rank among the task's own samples), each with a 95% band from a
 * seeded bootstrap over tasks (decile cut points held fixed). The gap between the curves is the
 * confounding by difficulty. Only scored, non-truncated samples with a count are used.
 *
 * Within-task bins fit the samples per task: with n samples a task has only n ranks, so ten rank bins
 * over 5 samples leave half of them empty or filled by ties. The number of within-task bins is the
 * median number of samples per task (2 to 10); tasks with a single sample have no rank and are left
 * out; a bin still holding under a quarter of an even bin's samples is hidden, and the note says so.
 */
export function lengthCurves(table: SampleTable, bootstrap: number, rng: Rng): LengthCurves | null {
  const used = (i: number) =>
    ((table.flags[i] ?? 0) & (FLAG.scored | FLAG.truncated)) === FLAG.scored &&
    (table.length[i] ?? -1) >= 0;
  const counts = countLengths(table.length, used);
  if (counts.total < BINS * 2) return null;
  const cuts = Array.from({ length: BINS - 1 }, (_, j) => quantileOf(counts, (j + 1) / BINS) ?? 0);
  const tasks = table.taskIds.length;
  const cells = new Float64Array(tasks * BINS * 4); // per task × bin: pooled n, pooled passes, rank n, rank passes
  const span = counts.max + 2;
  const keys: number[] = [];
  for (let i = 0; i < table.size; i++) {
    if (!used(i)) continue;
    const passed = ((table.flags[i] ?? 0) & FLAG.passed) !== 0 ? 1 : 0;
    const task = table.task[i] ?? 0;
    const length = table.length[i] ?? 0;
    let bin = 0;
    while (bin < BINS - 1 && length > cuts[bin]!) bin += 1;
    cells[(task * BINS + bin) * 4]! += 1;
    cells[(task * BINS + bin) * 4 + 1]! += passed;
    keys.push((task * span + length) * 2 + passed);
  }
  const sorted = Float64Array.from(keys).sort();
  const perTask = new Float64Array(tasks);
  for (let i = 0; i < sorted.length; i++)
    perTask[Math.floor(Math.floor(sorted[i]! / 2) / span)]! += 1;
  const sizes = [...perTask].filter((n) => n >= 2).sort((a, b) => a - b);
  const rankBins = Math.max(2, Math.min(BINS, sizes[Math.floor((sizes.length - 1) / 2)] ?? 2));
  for (let start = 0; start < sorted.length;) {
    const task = Math.floor(Math.floor(sorted[start]! / 2) / span);
    let end = start;
    while (end < sorted.length && Math.floor(Math.floor(sorted[end]! / 2) / span) === task)
      end += 1;
    const n = end - start;
    // A single sample has no rank within its task.
    for (let i = start; n >= 2 && i < end;) {
      const length = Math.floor(sorted[i]! / 2) % span;
      let j = i;
      while (j < end && Math.floor(sorted[j]! / 2) % span === length) j += 1;
      const midRank = (i - start + 1 + (j - start)) / 2;
      const bin = Math.min(rankBins - 1, Math.floor(((midRank - 0.5) / n) * rankBins));
      for (let k = i; k < j; k++) {
        cells[(task * BINS + bin) * 4 + 2]! += 1;
        cells[(task * BINS + bin) * 4 + 3]! += sorted[k]! % 2;
      }
      i = j;
    }
    start = end;
  }
  const pooledBands = bands(cells, tasks, 0, bootstrap, rng);
  const rankBands = bands(cells, tasks, 2, bootstrap, rng);
  const pooledLabels = Array.from(
    { length: BINS },
    (_, b) => `${b === 0 ? 0 : cuts[b - 1]! + 1}–${b === BINS - 1 ? counts.max : cuts[b]!}`,
  );
  const pct = (b: number) => Math.round((b * 100) / rankBins);
  const rankLabels = Array.from({ length: rankBins }, (_, b) => `${pct(b)}–${pct(b + 1)}%`);
  const within = points(cells, tasks, 2, rankLabels, rankBands);
  const ranked = within.reduce((n, p) => n + p.samples, 0);
  const sparse = Math.max(SPARSE_MIN, (SPARSE_SHARE * ranked) / rankBins);
  const hidden = within.filter((p) => p.samples < sparse);
  return {
    bins: BINS,
    withinTaskBins: rankBins,
    pooled: points(cells, tasks, 0, pooledLabels, pooledBands).filter((p) => p.samples > 0),
    withinTask: within.filter((p) => p.samples >= sparse),
    note: `pooled: pass rate by length decile over all tasks (labels are token ranges); within task: by a sample’s length rank among its own task’s samples, in ${rankBins} rank bins (the median number of samples per task, at most ${BINS}; tasks with one sample have no rank)${hidden.length > 0 ? `; ${hidden.length} sparse rank bin(s) hidden (${hidden.map((p) => `${p.label}: ${p.samples} samples`).join(', ')}; under ${Math.ceil(sparse)})` : ''}. Hard tasks both reason longer and fail more, so the gap between the curves is confounding by difficulty, not an effect of length.`,
  };
}

function points(
  cells: Float64Array,
  tasks: number,
  offset: number,
  labels: string[],
  bandsOf: CurvePoint['band'][],
): CurvePoint[] {
  return labels.map((label, b) => {
    let n = 0,
      p = 0;
    for (let t = 0; t < tasks; t++) {
      n += cells[(t * BINS + b) * 4 + offset]!;
      p += cells[(t * BINS + b) * 4 + offset + 1]!;
    }
    return { label, samples: n, passRate: n > 0 ? p / n : null, band: bandsOf[b] ?? null };
  });
}

function bands(
  cells: Float64Array,
  tasks: number,
  offset: number,
  bootstrap: number,
  rng: Rng,
): CurvePoint['band'][] {
  if (bootstrap <= 0 || tasks < 2) return [];
  const replicates = Array.from({ length: BINS }, () => new Float64Array(bootstrap));
  const n = new Float64Array(BINS);
  const p = new Float64Array(BINS);
  taskBootstrap(tasks, bootstrap, rng, (w, r) => {
    n.fill(0);
    p.fill(0);
    for (let t = 0; t < tasks; t++) {
      const weight = w[t]!;
      if (weight === 0) continue;
      for (let b = 0; b < BINS; b++) {
        n[b]! += weight * cells[(t * BINS + b) * 4 + offset]!;
        p[b]! += weight * cells[(t * BINS + b) * 4 + offset + 1]!;
      }
    }
    for (let b = 0; b < BINS; b++) replicates[b]![r] = n[b]! > 0 ? p[b]! / n[b]! : Number.NaN;
  });
  return replicates.map((x) =>
    percentileInterval(x, `task bootstrap percentile 95% (B = ${bootstrap})`),
  );
}
