import type { Analysis, AnalysisSection } from '../core/analysis-record.js';
import type { Caveat } from '../core/finding-record.js';

const MIN_INFORMATIVE_TASKS = 5;

/** The caveats every report states: lattice, truncation share, minimum detectable effect, the exploratory scan, what is absent. */
export function listCaveats(
  analysis: Omit<Analysis, 'findings' | 'caveats'>,
  unexecuted: number,
): Caveat[] {
  const caveats: Caveat[] = [{ kind: 'lattice', note: analysis.lattice.note }];
  const g = analysis.lattice.g;
  const offLattice = analysis.boundaries.filter((b) => g > 1 && b % g !== 0);
  if (offLattice.length > 0)
    caveats.push({ kind: 'off-lattice-boundaries', boundaries: offLattice, g });
  if (analysis.alignedTo.source === 'detected')
    caveats.push({ kind: 'detected-alignment', values: analysis.alignedTo.values });
  const lattice = analysis.lattice;
  if (lattice.groups.length > 1) caveats.push({ kind: 'mixed-lattices', groups: lattice.groups });
  const modelRows = analysis.groups.filter((g) => g.scope === 'model');
  const silent = modelRows.filter((g) => g.latticeStatus === 'silent');
  if (silent.length > 0)
    caveats.push({
      kind: 'silent-models',
      models: silent.map((g) => ({ model: g.model, calls: g.calls })),
    });
  const undetermined = modelRows.filter((g) => g.latticeStatus === 'not_determined');
  // A single model's "not determined" is already the lattice caveat.
  if (undetermined.length > 0 && lattice.status !== 'not_determined')
    caveats.push({
      kind: 'lattice-not-determined',
      models: undetermined.map((g) => g.model),
      leftOut: lattice.leftOut.filter((x) => x.status === 'not_determined').map((x) => x.model),
    });
  const { counts, truncation } = analysis;
  const sources = (['reported', 'derived', 'estimated'] as const).filter(
    (k) => counts.bySource[k] > 0,
  );
  if (sources.length > 1 || (sources.length === 1 && sources[0] !== 'reported'))
    caveats.push({
      kind: 'mixed-sources',
      sources: sources.map((source) => ({ source, samples: counts.bySource[source] })),
    });
  const analysable = counts.samples - counts.generationErrors;
  if (analysable > 0)
    caveats.push({
      kind: 'truncation',
      truncated: truncation.samples,
      analysable,
      share: truncation.share,
      signalled: truncation.signalled,
      outputAtCap: truncation.outputAtCap,
      reasoningAtBudget: truncation.reasoningAtBudget,
    });
  if (analysis.power) {
    const { minDetectableOddsRatio, minDetectableOddsRatioAbove, target, alpha } = analysis.power;
    caveats.push({
      kind: 'power',
      minDetectableOddsRatio,
      minDetectableOddsRatioAbove,
      target,
      alpha,
    });
  }
  if (analysis.scan)
    caveats.push({ kind: 'exploratory-scan', tested: analysis.scan.tested, q: analysis.scan.q });
  if (analysis.periodicity)
    caveats.push({
      kind: 'predicted-teeth',
      values: analysis.periodicity.teeth.filter((t) => t.kind === 'predicted').map((t) => t.value),
    });
  const byReason = new Map<string, AnalysisSection[]>();
  for (const a of analysis.absentSections)
    byReason.set(a.reason, [...(byReason.get(a.reason) ?? []), a.section]);
  for (const [reason, sections] of byReason)
    caveats.push({ kind: 'absent-sections', sections, reason });
  if (counts.unknownLength > 0)
    caveats.push({ kind: 'unknown-length', samples: counts.unknownLength });
  if (counts.sandboxErrors > 0)
    caveats.push({ kind: 'sandbox-errors', samples: counts.sandboxErrors });
  if (counts.retriedAlone > 0)
    caveats.push({
      kind: 'retried-alone',
      retried: counts.retriedAlone,
      changed: counts.changedOnRetry,
    });
  if (counts.generationErrors > 0)
    caveats.push({ kind: 'generation-errors', samples: counts.generationErrors });
  if (unexecuted > 0 && analysis.hasVerdicts)
    caveats.push({ kind: 'unexecuted', samples: unexecuted });
  const weak = analysis.boundaryEffects.filter((e) => e.informativeTasks < MIN_INFORMATIVE_TASKS);
  if (weak.length > 0)
    caveats.push({
      kind: 'few-informative-tasks',
      tiers: weak.map((e) => e.tier),
      minimum: MIN_INFORMATIVE_TASKS,
    });
  if (analysis.hasVerdicts) caveats.push({ kind: 'within-task-comparisons' });
  caveats.push({ kind: 'seeds', ...analysis.seeds });
  return caveats;
}
