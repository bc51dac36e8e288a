import type { Analysis, BoundaryEffect, BoundaryHazard } from '../core/analysis-record.js';
import { formatP, percent } from '../core/format.js';

const ALPHA = 0.05;
/** Fewer informative tasks than this and an odds ratio says little, whatever its p. */
const MIN_INFORMATIVE_TASKS = 5;

/** Plain-language findings and caveats, derived only from the numbers already in the analysis. */
export function describeFindings(analysis: Omit<Analysis, 'findings' | 'caveats'>, unexecuted: number): { findings: string[]; caveats: string[] } {
  const findings: string[] = [];
  const caveats: string[] = [];

  for (const h of analysis.hazards) findings.push(describeHazard(h));
  for (const e of analysis.boundaryEffects) {
    const sentence = describeEffect(e);
    if (sentence) findings.push(sentence);
  }
  const overall = analysis.strata.find((s) => s.tier === 'all' && s.alignment === 'any');
  const pass1 = analysis.passAtK.find((p) => p.k === 1);
  if (overall?.passRate != null && pass1?.value != null) {
    const ci = overall.interval ? ` [${percent(overall.interval.low)}, ${percent(overall.interval.high)}]` : '';
    findings.push(`Overall pass@1 ${percent(pass1.value)} on ${pass1.tasks} tasks; non-truncated samples ${percent(overall.passRate)}${ci}.`);
  }

  caveats.push(`Reporting lattice: ${analysis.lattice.note}.`);
  const { counts } = analysis;
  if (counts.executed > 0) {
    caveats.push(`${counts.truncated} of ${counts.executed} executed samples (${percent(counts.truncated / counts.executed)}) were truncated at the output cap; they are reported apart and left out of the boundary statistics.`);
  }
  if (counts.unknownLength > 0) caveats.push(`${counts.unknownLength} samples have no reasoning count; they are "unknown", not "not aligned".`);
  if (counts.sandboxErrors > 0) caveats.push(`${counts.sandboxErrors} samples hit a sandbox infrastructure failure after retries; they are excluded, never counted as failures.`);
  if (counts.retriedAlone > 0) caveats.push(`${counts.retriedAlone} timeouts that used little CPU were run again alone; ${counts.changedOnRetry} got another verdict then (the second verdict stands).`);
  if (counts.generationErrors > 0) caveats.push(`${counts.generationErrors} samples failed to generate and have no verdict.`);
  if (unexecuted > 0) caveats.push(`${unexecuted} generated samples have not been executed yet; rerun the run id to finish them.`);
  const weak = analysis.boundaryEffects.filter((e) => e.informativeTasks < MIN_INFORMATIVE_TASKS);
  if (weak.length > 0) caveats.push(`Few informative tasks (under ${MIN_INFORMATIVE_TASKS}) for: ${weak.map((e) => e.tier).join(', ')}; their odds ratios are not interpretable.`);
  caveats.push('Boundary comparisons are made within each task (Mantel–Haenszel), because hard tasks both reason longer and fail more; pooled pass rates by alignment are shown for description only.');
  return { findings, caveats };
}

function describeHazard(h: BoundaryHazard): string {
  if (h.hazard === null || h.baselineHazard === null) return `Boundary ${h.boundary}: no sample reached it.`;
  const ratio = h.hazardRatio === null ? '' : `, ${h.hazardRatio.toFixed(1)}× the baseline`;
  const significant = h.pHolm !== null && h.pHolm < ALPHA;
  const verdict = significant ? 'a spike' : 'no spike beyond noise';
  return `Boundary ${h.boundary}: ${h.atBoundary} of ${h.reached} samples that reached it stopped exactly there (hazard ${percent(h.hazard)} vs baseline ${percent(h.baselineHazard)}${ratio}; Holm p ${formatP(h.pHolm)}; ${h.distinctTasks} tasks): ${verdict}.`;
}

function describeEffect(e: BoundaryEffect): string | null {
  const where = e.tier === 'all' ? 'all tasks' : e.tier === 'untiered' ? 'untiered tasks' : `${e.tier} tasks`;
  if (e.oddsRatio === null || e.oddsRatioInterval === null || e.alignedPassRate === null || e.notAlignedPassRate === null) {
    return `On ${where}, no within-task comparison is possible (${e.informativeTasks} informative tasks).`;
  }
  const significant = e.cmhPHolm !== null && e.cmhPHolm < ALPHA && (e.oddsRatioInterval.high < 1 || e.oddsRatioInterval.low > 1);
  const direction = e.oddsRatio < 1 ? 'worse' : 'better';
  const verdict = significant ? `aligned samples did ${direction}` : 'no boundary effect beyond noise';
  return `On ${where}, aligned samples passed ${percent(e.alignedPassRate)} vs ${percent(e.notAlignedPassRate)} for non-aligned samples of the same tasks; OR ${e.oddsRatio.toFixed(2)} [${e.oddsRatioInterval.low.toFixed(2)}, ${e.oddsRatioInterval.high.toFixed(2)}], CMH p ${formatP(e.cmhPHolm)}${e.tier === 'all' ? '' : ' (Holm over tiers)'}, ${e.informativeTasks} informative tasks: ${verdict}.`;
}
