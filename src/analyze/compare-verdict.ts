import type { Comparison, DeltaEstimate } from '../core/comparison-record.js';
import { fixed, formatP, percent } from '../core/format.js';
import { describeLengthCost } from './compare-length-verdict.js';

const points = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

/** "Δ −1.4 points [−3.1, +0.3], sign-flip p 0.110 (exact over 9 differing tasks, 2^9 sign patterns)" */
export function describeDelta(d: DeltaEstimate): string {
  const ci = d.interval ? ` [${points(d.interval.low)}, ${points(d.interval.high)}]` : '';
  return `Δ ${points(d.delta)} points${ci}, sign-flip p ${formatP(d.pValue)}${d.pMethod ? ` (${d.pMethod})` : ''}`;
}

/**
 * The plain-language verdict. A headline number always comes with its interval, and the verdict
 * says whether that interval excludes 0; hazard and lattice changes are named apart, because a
 * change in reporting is not a change in the model.
 */
export function describeComparison(c: Comparison): Comparison {
  const lines: string[] = [];
  const a = c.runA.runId;
  const b = c.runB.runId;
  const overall = c.deltas.find((d) => d.tier === 'all' && d.k === 1);
  let changed = false;
  if (!overall || overall.delta === null) {
    lines.push(
      `${a} (${c.runA.model}) vs ${b} (${c.runB.model}): no shared tasks with executed samples, so nothing can be compared${overall?.nullReason ? ` (${overall.nullReason})` : ''}.`,
    );
  } else {
    changed = overall.excludesZero === true;
    const direction = (overall.delta ?? 0) > 0 ? 'better' : 'worse';
    const what = changed
      ? `the interval excludes 0: ${b} is ${direction} than ${a}`
      : overall.interval
        ? 'the interval includes 0: no significant change'
        : 'a single task gives no interval: no conclusion';
    lines.push(
      `pass@1 ${percent(overall.a)} in ${a} vs ${percent(overall.b)} in ${b} on ${overall.tasks} shared tasks: ${describeDelta(overall)}; ${what}.`,
    );
    if (changed && overall.pValue !== null && overall.pValue >= c.alpha)
      lines.push(
        `The bootstrap interval excludes 0 but the sign-flip p is ${formatP(overall.pValue)}: with few tasks that differ the percentile bootstrap is too narrow, so treat the change as unconfirmed.`,
      );
  }
  lines.push(...describeLengthCost(c));
  lines.push(...significantPassAtK(c));
  lines.push(...describeFlipped(c));
  for (const h of c.hazards) {
    if (h.pValue !== null && h.pValue < c.alpha) {
      lines.push(
        `The hazard at ${h.boundary} changed ${percent(h.a.hazard)} → ${percent(h.b.hazard)} (two-proportion p ${formatP(h.pValue)}).`,
      );
    }
  }
  const orAll = c.oddsRatios.find((o) => o.tier === 'all');
  if (orAll && orAll.pValue !== null && orAll.pValue < c.alpha) {
    lines.push(
      `The boundary odds ratio changed ${fixed(orAll.a)} → ${fixed(orAll.b)} (ratio ${fixed(orAll.ratio)} [${fixed(orAll.ratioInterval?.low)}, ${fixed(orAll.ratioInterval?.high)}], p ${formatP(orAll.pValue)}).`,
    );
  }
  if (c.lattice.changed)
    lines.push(`${c.lattice.note[0]?.toUpperCase()}${c.lattice.note.slice(1)}.`);
  return { ...c, changed, verdict: lines };
}

/**
 * Every pass@k other than the overall pass@1 (per tier, and k > 1) whose interval excludes 0: a
 * change at k = 10 with none at k = 1 means B solves more tasks at least sometimes, which the
 * headline line alone would hide. A change whose sign-flip p is not below α is named as unconfirmed.
 */
function significantPassAtK(c: Comparison): string[] {
  return c.deltas
    .filter((d) => !(d.tier === 'all' && d.k === 1) && d.delta !== null && d.excludesZero === true)
    .map((d) => {
      const where = d.tier === 'all' ? 'Over all shared tasks' : `On ${d.tier} tasks`;
      const unconfirmed =
        d.pValue !== null && d.pValue >= c.alpha ? ' (sign-flip p ≥ α: unconfirmed)' : '';
      return `${where} pass@${d.k} changed ${percent(d.a)} → ${percent(d.b)} (${d.tasks} tasks): ${describeDelta(d)}${unconfirmed}.`;
    });
}

/** The flipped tasks, counted and (up to a few) named in natural order: HumanEval/23 before HumanEval/120. */
function describeFlipped(c: Comparison): string[] {
  if (c.flipped.length === 0) return [];
  const named = (direction: 'regressed' | 'improved') => {
    const ids = c.flipped.filter((f) => f.direction === direction).map((f) => f.taskId);
    const shown = ids.slice(0, FLIPPED_NAMED);
    const more = ids.length - shown.length;
    return ids.length === 0 ? '' : ` (${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''})`;
  };
  const regressed = c.flipped.filter((f) => f.direction === 'regressed').length;
  const improved = c.flipped.length - regressed;
  return [
    `${regressed} task(s) flipped from passing to failing${named('regressed')} and ${improved} from failing to passing${named('improved')} (pass = more than half of a task's samples).`,
  ];
}

/** How many flipped task ids the verdict names per direction; the table lists them all. */
const FLIPPED_NAMED = 5;
