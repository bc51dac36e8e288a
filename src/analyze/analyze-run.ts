import type { Analysis, AnalysisSection } from '../core/analysis-record.js';
import type { ExecutionRecord, SampleRecord } from '../core/records.js';
import {
  resolveAnalysisOptions,
  type AnalysisOptions,
  type AnalysisSettings,
} from './analysis-options.js';
import { listArmFindings } from './arm-findings.js';
import { armSection } from './arm-section.js';
import { distributionSections } from './distribution-sections.js';
import { listFindings } from './findings.js';
import { groupRows } from './groups.js';
import { listHeadline } from './headline.js';
import { modelLattices, withoutSilentCounts } from './model-lattices.js';
import { runInfo } from './run-info.js';
import { taskRows } from './task-rows.js';
import { createSampleTableBuilder } from './sample-table-builder.js';
import { FLAG, type SampleTable } from './sample-table.js';
import { verdictSections } from './verdict-sections.js';

export interface AnalysisInput extends AnalysisSettings {
  samples: Iterable<SampleRecord>;
  executions: Iterable<ExecutionRecord>;
}

/** The whole analysis from records in memory (tests, small runs). Large runs stream into a table instead. */
export function analyzeRun(input: AnalysisInput): Analysis {
  const options = resolveAnalysisOptions(input);
  const builder = createSampleTableBuilder(options.tasks, options.seed);
  for (const e of input.executions) builder.addExecution(e);
  for (const s of input.samples) builder.addSample(s);
  return analyzeTable(builder.build(), options);
}

/** One pass over the flags: truncation by reason, scored samples, and non-truncated samples without a count. */
function tally(table: SampleTable) {
  const t = {
    truncated: 0,
    signalled: 0,
    atCap: 0,
    atBudget: 0,
    scored: 0,
    truncatedScored: 0,
    truncatedPasses: 0,
    unknownLength: 0,
  };
  for (let i = 0; i < table.size; i++) {
    const f = table.flags[i] ?? 0;
    if ((f & FLAG.scored) !== 0) t.scored += 1;
    if ((f & FLAG.truncated) === 0) {
      if ((table.length[i] ?? -1) < 0) t.unknownLength += 1;
      continue;
    }
    t.truncated += 1;
    if ((f & FLAG.signalled) !== 0) t.signalled += 1;
    if ((f & FLAG.atCap) !== 0) t.atCap += 1;
    if ((f & FLAG.atBudget) !== 0) t.atBudget += 1;
    if ((f & FLAG.scored) !== 0) t.truncatedScored += 1;
    if ((f & (FLAG.scored | FLAG.passed)) === (FLAG.scored | FLAG.passed)) t.truncatedPasses += 1;
  }
  return t;
}

const VERDICT_SECTIONS = [
  'passAtK',
  'strata',
  'boundaryEffects',
  'complexity',
  'lengthCurves',
  'power',
] as const satisfies readonly AnalysisSection[];

/**
 * The whole analysis of one run, as data (docs/analysis.md §1–10). Pure: the same records and seed give the
 * same analysis. Sandbox errors never count against the model; truncated samples are split out before
 * any spike or boundary statistic (and shown in sensitivity rows); samples without a reasoning count
 * are "unknown", never "not aligned". Without verdicts (imported logs) the distribution, lattice,
 * hazard, periodicity and group sections are computed and the others are listed as absent, with why.
 */
export function analyzeTable(original: SampleTable, options: AnalysisOptions): Analysis {
  // A model whose every count is 0 reports no reasoning: its zeros are "no count" for every statistic.
  const models = modelLattices(original);
  const table = withoutSilentCounts(original, models);
  const dist = distributionSections(table, options, models);
  const {
    truncated,
    signalled,
    atCap,
    atBudget,
    scored,
    truncatedScored,
    truncatedPasses,
    unknownLength,
  } = tally(original);
  const hasVerdicts = scored > 0;
  // Detected spikes replace the configured set only when asked, and only when the scan found some.
  const detected = [...(dist.scan?.discoveries.map((d) => d.boundary) ?? [])].sort((x, y) => x - y);
  const alignedTo =
    options.alignTo === 'detected' && detected.length > 0
      ? { source: 'detected' as const, values: detected }
      : { source: 'configured' as const, values: [...options.boundaries] };
  const verdicts = hasVerdicts
    ? verdictSections(table, { ...options, boundaries: alignedTo.values })
    : null;
  const absentSections = [...dist.absent];
  if (!verdicts) {
    const reason =
      table.counts.executed === 0
        ? 'no verdicts: these samples were not executed (imported logs or records carry reasoning counts only)'
        : 'no verdicts: every executed sample hit a sandbox error';
    for (const section of VERDICT_SECTIONS) absentSections.push({ section, reason });
  } else {
    if (!verdicts.complexity)
      absentSections.push({
        section: 'complexity',
        reason: 'fewer than two tiers and too few tasks for empirical difficulty',
      });
    if (!verdicts.lengthCurves)
      absentSections.push({
        section: 'lengthCurves',
        reason: 'fewer than 20 scored samples with a reasoning count',
      });
    if (!verdicts.power)
      absentSections.push({
        section: 'power',
        reason:
          options.powerSimulations > 0
            ? 'no task has both aligned and non-aligned scored samples'
            : 'power simulations were turned off (0)',
      });
  }
  const { counts } = table;
  const analysis: Omit<Analysis, 'findings' | 'caveats'> = {
    schemaVersion: 3,
    runId: options.runId,
    boundaries: [...options.boundaries],
    tolerance: options.tolerance,
    hasVerdicts,
    alignedTo,
    seeds: {
      seed: options.seed,
      permutations: options.permutations,
      bootstrap: options.bootstrap,
      periodicityPermutations: options.periodicityPermutations,
      powerSimulations: options.powerSimulations,
    },
    lattice: dist.lattice,
    counts: {
      samples: counts.samples,
      executed: counts.executed,
      sandboxErrors: counts.sandboxErrors,
      generationErrors: counts.generationErrors,
      truncated,
      unknownLength,
      retriedAlone: counts.retriedAlone,
      changedOnRetry: counts.changedOnRetry,
      bySource: { ...counts.bySource },
    },
    distribution: dist.distribution,
    hazards: dist.hazards,
    scan: dist.scan,
    periodicity: dist.periodicity,
    truncation: {
      samples: truncated,
      signalled,
      outputAtCap: atCap,
      reasoningAtBudget: atBudget,
      share: table.size > 0 ? truncated / table.size : null,
      scored: truncatedScored,
      passes: hasVerdicts ? truncatedPasses : null,
      passRate: truncatedScored > 0 ? truncatedPasses / truncatedScored : null,
      hazardsIncludingTruncated: dist.hazardsIncludingTruncated,
      effectIncludingTruncated: verdicts?.effectIncludingTruncated ?? null,
    },
    groups: groupRows(original, options.boundaries),
    passAtK: verdicts?.passAtK ?? [],
    strata: verdicts?.strata ?? [],
    boundaryEffects: verdicts?.boundaryEffects ?? [],
    complexity: verdicts?.complexity ?? null,
    lengthCurves: verdicts?.lengthCurves ?? null,
    power: verdicts?.power ?? null,
    arms: armSection(table, {
      seed: options.seed,
      bootstrap: options.bootstrap,
      permutations: options.permutations,
      ks: options.ks,
      prices: options.prices,
      baselineArm: options.baselineArm,
      alpha: options.alpha,
    }),
    absentSections,
    planted: options.planted,
  };
  const listed = listFindings(analysis, counts.unexecuted);
  const findings = [...listed.findings, ...listArmFindings(analysis.arms)];
  return {
    ...analysis,
    findings,
    caveats: listed.caveats,
    headline: listHeadline(analysis, findings),
    run: runInfo(original, options.runContext),
    tasks: hasVerdicts ? taskRows(table, alignedTo.values, options.tolerance) : [],
  };
}
