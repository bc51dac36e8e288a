import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import {
  ANALYSIS_DEFAULTS,
  DEFAULT_BOUNDARIES,
  DEFAULT_KS,
  resolveAnalysisOptions,
} from '../analyze/analysis-options.js';
import { analyzeTable } from '../analyze/analyze-run.js';
import { tierProvenance } from '../analyze/tier-provenance.js';
import { createSampleTableBuilder } from '../analyze/sample-table-builder.js';
import { readVerdictsInParallel } from './verdict-reader.js';
import type { Analysis } from '../core/analysis-record.js';
import type { PriceTable } from '../core/arm-record.js';
import { BenchError } from '../core/errors.js';
import type { TaskRecord } from '../core/records.js';
import { forEachRecord, writeFileAtomic, type RunPaths } from '../core/run-dir.js';
import { readManifest } from '../core/run-manifest.js';
import { RUN_DEFAULTS } from '../core/run-defaults.js';
import type { RecordValidators } from '../core/schemas.js';
import { describeSchemaErrors } from '../core/schemas.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { earlyDrillDownPicker, readDrillDown } from './drill-down-stage.js';
import { readRunContext } from './run-context.js';

/**
 * The analyze stage. The stages of a run each read and write only the run directory, so that any of
 * them can be rerun alone: generate-stage.ts, batch-stage.ts, execute-stage.ts, and this one.
 */

/** Options of `bbench analyze` that override the run's configuration or the analysis defaults. */
export interface AnalyzeOverrides {
  boundaries?: number[];
  tolerance?: number;
  ks?: number[];
  seed?: number;
  period?: number;
  phase?: number;
  permutations?: number;
  bootstrap?: number;
  alignTo?: 'configured' | 'detected';
  /** Prices per model; default the run's (manifest `prices`). */
  prices?: PriceTable;
  baselineArm?: string;
}

/**
 * Analyses the run directory's records and writes analysis.json (schema-validated), report.md and report.html.
 * Records are streamed into a compact table, never held as objects, with executions read on a second
 * thread while samples are read here; a million samples fit in a few hundred megabytes. Works on run
 * directories with samples only.
 */
export async function analyzeStage(
  paths: RunPaths,
  validators: RecordValidators,
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier' | 'tierSource'>>,
  overrides: AnalyzeOverrides = {},
): Promise<Analysis> {
  const manifest = existsSync(paths.manifest) ? readManifest(paths, validators.manifest) : null;
  const builder = createSampleTableBuilder(
    tasks,
    overrides.seed ?? manifest?.config.seed ?? ANALYSIS_DEFAULTS.seed,
    { lateExecutions: true },
  );
  const boundaries = overrides.boundaries ?? manifest?.config.boundaries ?? DEFAULT_BOUNDARIES;
  const tolerance = overrides.tolerance ?? manifest?.config.tolerance ?? RUN_DEFAULTS.tolerance;
  // The drill-down's candidates ride on this pass when the alignment set is known now.
  const early =
    overrides.alignTo === 'detected'
      ? undefined
      : earlyDrillDownPicker(boundaries, tolerance, tasks);
  const verdicts = readVerdictsInParallel(paths.executions, validators, builder);
  await forEachRecord(paths.samples, validators.sample, (s, at) => {
    builder.addSample(s);
    early?.offer(s, at);
  });
  // Where the candidates' verdicts are, so that the drill-down reads those lines alone.
  const executionSpans = await verdicts.finish(early?.picker.candidateKeys());
  const analysis: Analysis = analyzeTable(
    builder.build(),
    resolveAnalysisOptions({
      runId: manifest?.runId ?? basename(paths.dir),
      tasks,
      boundaries,
      tolerance,
      ks: overrides.ks ?? manifest?.config.ks ?? DEFAULT_KS,
      // Runs made before the scaling curve existed record no planted arms.
      planted: manifest?.planted
        ? { ...manifest.planted, arms: manifest.planted.arms ?? null }
        : null,
      seed: overrides.seed ?? manifest?.config.seed,
      period: overrides.period,
      phase: overrides.phase,
      permutations: overrides.permutations,
      bootstrap: overrides.bootstrap,
      alignTo: overrides.alignTo,
      prices: overrides.prices ?? manifest?.prices ?? null,
      baselineArm: overrides.baselineArm,
      runContext: readRunContext(paths, manifest),
    }),
  );
  analysis.tierSource = tierProvenance(tasks);
  analysis.drillDown = await readDrillDown(
    paths,
    validators,
    analysis,
    tasks,
    early,
    executionSpans,
  );
  if (!validators.analysis(analysis)) {
    throw new BenchError(
      'INTERNAL',
      `the analysis does not match its own schema: ${describeSchemaErrors(validators.analysis.errors)}`,
    );
  }
  writeFileAtomic(paths.analysis, `${JSON.stringify(analysis, null, 2)}\n`);
  writeFileAtomic(paths.reportMarkdown, renderMarkdown(analysis));
  writeFileAtomic(paths.reportHtml, await renderHtml(analysis));
  return analysis;
}
