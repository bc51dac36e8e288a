import type { Analysis } from '../core/analysis-record.js';
import { fixed, percent } from '../core/format.js';

const MIN_INFORMATIVE_TASKS = 5;

/** The caveats every report states: lattice, truncation share, minimum detectable effect, the exploratory scan, what is absent. */
export function describeCaveats(
  analysis: Omit<Analysis, 'findings' | 'caveats'>,
  unexecuted: number,
): string[] {
  const caveats: string[] = [`Reporting lattice: ${analysis.lattice.note}.`];
  const g = analysis.lattice.g;
  const offLattice = analysis.boundaries.filter((b) => g > 1 && b % g !== 0);
  if (offLattice.length > 0) {
    caveats.push(
      `Boundaries ${offLattice.join(', ')} are not multiples of the reporting lattice g = ${g}, so no reported count can land on them (nearest lattice values: ${offLattice.map((b) => `${Math.floor(b / g) * g}/${Math.ceil(b / g) * g}`).join(', ')}); their hazard rows say nothing about spikes, and a boundary effect cannot be measured at them.`,
    );
  }
  if (analysis.alignedTo.source === 'detected')
    caveats.push(
      `Alignment uses the spikes detected by the scan (${analysis.alignedTo.values.join(', ')}), not the configured boundaries: the boundary tests then reuse the data that chose the boundaries, so treat them as exploratory.`,
    );
  const modelRows = analysis.groups.filter((g) => g.scope === 'model' && g.withCount >= 30);
  if (new Set(modelRows.map((g) => g.lattice)).size > 1) {
    caveats.push(
      `Models report on different lattices (${modelRows.map((g) => `${g.model}: g = ${g.lattice}`).join(', ')}); the pooled distribution, hazards and scan mix them, so read the per-model table, or analyse each model apart.`,
    );
  }
  const { counts, truncation } = analysis;
  const sources = (['reported', 'derived', 'estimated'] as const).filter(
    (k) => counts.bySource[k] > 0,
  );
  if (sources.length > 1 || (sources.length === 1 && sources[0] !== 'reported')) {
    caveats.push(
      `Reasoning counts are ${sources.map((k) => `${k} (${counts.bySource[k]})`).join(', ')}: only counts the API reported can show its reporting boundaries; derived counts (output minus visible text) and estimated ones (tokenizer counts of returned reasoning, an undercount) are not comparable with them.`,
    );
  }
  const analysable = counts.samples - counts.generationErrors;
  if (analysable > 0) {
    caveats.push(
      `${truncation.samples} of ${analysable} samples (${percent(truncation.share)}) were truncated (${truncation.signalled} signalled a length stop, ${truncation.outputAtCap} hit the output cap, ${truncation.reasoningAtBudget} the thinking budget); they are reported apart and left out of the spike and boundary statistics (sensitivity rows include them).`,
    );
  }
  if (analysis.power) {
    const p = analysis.power;
    caveats.push(
      `Minimum detectable effect: with these counts, an odds ratio of ${p.minDetectableOddsRatio === null ? 'any size below 1 (none reached 80% power down to 0.02)' : `${fixed(p.minDetectableOddsRatio)} or further from 1`} (or ${p.minDetectableOddsRatioAbove === null ? 'none above 1 up to 50' : fixed(p.minDetectableOddsRatioAbove)}) is detected with ${percent(p.target, 0)} power at α = ${p.alpha}; smaller effects may be missed.`,
    );
  }
  if (analysis.scan)
    caveats.push(
      `The scan over all ${analysis.scan.tested} values is exploratory (false discovery rate ${analysis.scan.q}); only the configured boundaries are tested confirmatorily (Holm).`,
    );
  if (analysis.periodicity)
    caveats.push(
      `Periodicity teeth beyond the configured boundaries (${analysis.periodicity.teeth
        .filter((t) => t.kind === 'predicted')
        .map((t) => t.value)
        .join(', ')}) are predictions, shown as exploratory.`,
    );
  const byReason = new Map<string, string[]>();
  for (const a of analysis.absentSections)
    byReason.set(a.reason, [...(byReason.get(a.reason) ?? []), a.section]);
  for (const [reason, sections] of byReason)
    caveats.push(
      `${sections.length === 1 ? 'Section' : 'Sections'} ${sections.join(', ')} absent: ${reason}.`,
    );
  if (counts.unknownLength > 0)
    caveats.push(
      `${counts.unknownLength} samples have no reasoning count; they are "unknown", not "not aligned".`,
    );
  if (counts.sandboxErrors > 0)
    caveats.push(
      `${counts.sandboxErrors} samples hit a sandbox infrastructure failure after retries; they are excluded, never counted as failures.`,
    );
  if (counts.retriedAlone > 0)
    caveats.push(
      `${counts.retriedAlone} timeouts that used little CPU were run again alone; ${counts.changedOnRetry} got another verdict then (the second verdict stands).`,
    );
  if (counts.generationErrors > 0)
    caveats.push(`${counts.generationErrors} samples failed to generate and have no verdict.`);
  if (unexecuted > 0 && analysis.hasVerdicts)
    caveats.push(
      `${unexecuted} generated samples have not been executed yet; rerun the run id to finish them.`,
    );
  const weak = analysis.boundaryEffects.filter((e) => e.informativeTasks < MIN_INFORMATIVE_TASKS);
  if (weak.length > 0)
    caveats.push(
      `Few informative tasks (under ${MIN_INFORMATIVE_TASKS}) for: ${weak.map((e) => e.tier).join(', ')}; their odds ratios are not interpretable.`,
    );
  if (analysis.hasVerdicts)
    caveats.push(
      'Boundary comparisons are made within each task (Mantel–Haenszel), because hard tasks both reason longer and fail more; pooled pass rates by alignment are shown for description only.',
    );
  caveats.push(
    `Seeds: ${analysis.seeds.seed} (permutations ${analysis.seeds.permutations}, bootstrap B = ${analysis.seeds.bootstrap}, periodicity phases ${analysis.seeds.periodicityPermutations}, power simulations ${analysis.seeds.powerSimulations}).`,
  );
  return caveats;
}
