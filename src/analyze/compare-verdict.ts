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
  const overall = c.deltas.find((d) => d.tier === 'all' && d.k === 1);
  const label = `${c.runA.runId} (A, ${c.runA.model}) vs ${c.runB.runId} (B, ${c.runB.model})`;
  let changed = false;
  if (!overall || overall.delta === null) {
    lines.push(
      `${label}: no shared tasks with executed samples, so nothing can be compared${overall?.nullReason ? ` (${overall.nullReason})` : ''}.`,
    );
  } else {
    changed = overall.excludesZero === true;
    const direction = (overall.delta ?? 0) > 0 ? 'better' : 'worse';
    const what = changed
      ? `the interval excludes 0: B is ${direction} than A`
      : overall.interval
        ? 'the interval includes 0: no significant change'
        : 'a single task gives no interval: no conclusion';
    lines.push(
      `pass@1 ${percent(overall.a)} (A) vs ${percent(overall.b)} (B) on ${overall.tasks} shared tasks: ${describeDelta(overall)}; ${what}.`,
    );
  }
  lines.push(...describeLengthCost(c));
  for (const d of c.deltas) {
    if (d.tier === 'all' || d.k !== 1 || d.delta === null || d.excludesZero !== true) continue;
    lines.push(
      `On ${d.tier} tasks pass@1 changed ${percent(d.a)} → ${percent(d.b)} (${d.tasks} tasks): ${describeDelta(d)}.`,
    );
  }
  const regressed = c.flipped.filter((f) => f.direction === 'regressed').length;
  const improved = c.flipped.length - regressed;
  if (c.flipped.length > 0)
    lines.push(
      `${regressed} task(s) flipped from passing to failing and ${improved} from failing to passing (pass = more than half of a task's samples).`,
    );
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
