import { resolveAnalysisOptions } from '../analyze/analysis-options.js';
import { analyzeTable } from '../analyze/analyze-run.js';
import { createSampleTableBuilder } from '../analyze/sample-table-builder.js';
import type { Analysis } from '../core/analysis-record.js';
import type { SampleRecord, TaskRecord } from '../core/records.js';
import { DEFAULT_SIMULATED_CONFIG, drawSimulated } from '../providers/simulated.js';
import { executionOf, sampleOf, type ProportionEstimate } from './validation-records.js';

type CorpusTask = Pick<TaskRecord, 'task_id' | 'tier' | 'canonical_solution'>;

const ALPHA = 0.05;
const NO_EFFECT = { simple: 1, moderate: 1, complex: 1 } as const;

/** Models of one mixed-lattice experiment: some report on a 64-token lattice, the others exactly. */
export const MIXED_LATTICE_MODELS = [
  { model: 'grid-a', lattice: 64 },
  { model: 'grid-b', lattice: 64 },
  { model: 'grid-c', lattice: 64 },
  { model: 'exact-a', lattice: 1 },
  { model: 'exact-b', lattice: 1 },
  { model: 'exact-c', lattice: 1 },
] as const;

export interface MixedLatticeResult {
  replications: number;
  samplesPerTask: number;
  /** Experiments in which each model got its own lattice (64 or 1). */
  latticesRight: number;
  /** Experiments with any scan discovery: every one is false (nothing is planted), so at most about q. */
  scanDiscoveries: ProportionEstimate;
  /** Experiments with a scan discovery at a multiple of 64: the lattice read as spikes. */
  latticeValueDiscoveries: number;
  /** Experiments in which a configured boundary was called a spike (Holm, with enough support). */
  boundarySpikeFindings: number;
  seconds: number;
}

/**
 * Validation by simulation of the lattice rule (docs/analysis.md §2, §10): three models that report on a
 * 64-token lattice next to three that report exact counts, no atom anywhere and no boundary effect,
 * analysed together by the real pipeline. A scan that mixed the lattices would list a spike at nearly
 * every multiple of 64; judged within lattice groups, any discovery is false and BH keeps them near q.
 */
export function runMixedLatticeValidation(
  tasks: readonly CorpusTask[],
  plan: { replications: number; samplesPerTask: number; seed: number },
): MixedLatticeResult {
  const started = performance.now();
  let latticesRight = 0,
    withDiscovery = 0,
    latticeValues = 0,
    boundarySpikes = 0;
  for (let r = 0; r < plan.replications; r++) {
    const a = mixedExperiment(tasks, plan.samplesPerTask, plan.seed * 100_000 + 70_000 + r);
    const g = new Map(a.groups.filter((x) => x.scope === 'model').map((x) => [x.model, x.lattice]));
    if (MIXED_LATTICE_MODELS.every((m) => g.get(m.model) === m.lattice)) latticesRight += 1;
    const found = a.scan?.discoveries ?? [];
    if (found.length > 0) withDiscovery += 1;
    if (found.some((d) => d.boundary % 64 === 0)) latticeValues += 1;
    if (a.findings.some((f) => f.kind === 'boundary-hazard' && f.spike)) boundarySpikes += 1;
  }
  const n = plan.replications;
  return {
    replications: n,
    samplesPerTask: plan.samplesPerTask,
    latticesRight,
    scanDiscoveries: {
      hits: withDiscovery,
      trials: n,
      rate: n > 0 ? withDiscovery / n : 0,
      se: Math.sqrt((ALPHA * (1 - ALPHA)) / Math.max(1, n)),
    },
    latticeValueDiscoveries: latticeValues,
    boundarySpikeFindings: boundarySpikes,
    seconds: (performance.now() - started) / 1000,
  };
}

/** One experiment: every model answers every task `samplesPerTask` times; verdicts drawn with no effect. */
export function mixedExperiment(
  tasks: readonly CorpusTask[],
  samplesPerTask: number,
  seed: number,
): Analysis {
  const tiers = new Map(tasks.map((t) => [t.task_id, { tier: t.tier }]));
  const builder = createSampleTableBuilder(tiers, seed);
  const samples: SampleRecord[] = [];
  MIXED_LATTICE_MODELS.forEach(({ model, lattice }, m) => {
    const config = {
      ...DEFAULT_SIMULATED_CONFIG,
      seed: seed * 10 + m,
      reportingLattice: lattice,
      stopProbability: 0,
      alignedOddsRatio: NO_EFFECT,
    };
    for (const task of tasks)
      for (let i = 0; i < samplesPerTask; i++) {
        const draw = drawSimulated(config, task, model, i);
        const s = sampleOf(
          task.task_id,
          i,
          draw.reported,
          draw.truncated,
          config.maxOutputTokens,
          model,
        );
        samples.push(s);
        if (draw.correct !== null || draw.truncated)
          builder.addExecution(executionOf(s, draw.correct === true));
      }
  });
  for (const s of samples) builder.addSample(s);
  const options = resolveAnalysisOptions({
    runId: `mixed-lattice-${seed}`,
    tasks: tiers,
    boundaries: DEFAULT_SIMULATED_CONFIG.boundaries,
    tolerance: 0,
    ks: [1],
    planted: null,
    seed,
    permutations: 0,
    bootstrap: 0,
    periodicityPermutations: 0,
    powerSimulations: 0,
  });
  return analyzeTable(builder.build(), options);
}
