import { REASONING_SOURCES, TIERS } from './records.js';
import { ANALYSIS_SECTIONS, LATTICE_STATUSES } from './analysis-record.js';
import { SPIKE_SUPPORT } from './spike-record.js';
import { armsSchema } from './arm-schema.js';
import { caveatsSchema, findingsSchema } from './finding-schemas.js';
import {
  drillDownSchema,
  headlineSchema,
  runInfoSchema,
  taskRowsSchema,
} from './headline-schemas.js';
import { comparisonFields, verdictSections } from './verdict-schemas.js';
import {
  arrayOf,
  bool,
  int,
  nullable,
  nullableInt,
  nullableNumber,
  num,
  orNull,
  str,
  strict,
  tierLabel,
} from './schema-blocks.js';

/** The JSON Schema of analysis.json (analysis-record.ts); the verdict sections are in verdict-schemas.ts. */

const hazardRow = strict({
  boundary: int,
  atBoundary: int,
  reached: int,
  hazard: nullableNumber,
  baselineHazard: nullableNumber,
  baselineMethod: { enum: ['median', 'pooled', 'none'] },
  hazardRatio: nullableNumber,
  excessMass: nullableNumber,
  dispersion: { type: 'number', minimum: 1 },
  pValue: nullableNumber,
  pHolm: nullableNumber,
  distinctTasks: int,
  support: { enum: [...SPIKE_SUPPORT] },
});

const distributionSchema = strict({
  samples: int,
  zeros: int,
  mean: nullableNumber,
  median: nullableNumber,
  quantiles: arrayOf(strict({ p: num, value: num })),
  max: nullableInt,
  binWidth: { type: 'integer', minimum: 1 },
  bins: arrayOf(strict({ start: int, count: int, truncated: int, hazard: nullableNumber })),
  marks: arrayOf(
    strict({
      value: int,
      kind: { enum: ['boundary', 'scan', 'predicted'] },
      count: int,
      hazard: nullableNumber,
    }),
  ),
});

export const analysisSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://boundary-bench.dev/schemas/analysis.schema.json',
  title: 'boundary-bench analysis',
  ...strict({
    schemaVersion: { const: 3 },
    runId: str,
    boundaries: arrayOf(int),
    tolerance: int,
    hasVerdicts: bool,
    alignedTo: strict({ source: { enum: ['configured', 'detected'] }, values: arrayOf(int) }),
    seeds: strict({
      seed: { type: 'integer' },
      permutations: int,
      bootstrap: int,
      periodicityPermutations: int,
      powerSimulations: int,
    }),
    lattice: strict({
      g: { type: 'integer', minimum: 1 },
      status: { enum: [...LATTICE_STATUSES] },
      nonZeroCounts: int,
      note: str,
      groups: arrayOf(strict({ g: { type: 'integer', minimum: 1 }, models: arrayOf(str) })),
      leftOut: arrayOf(
        strict({ model: str, status: { enum: [...LATTICE_STATUSES] }, nonZeroCounts: int }),
      ),
    }),
    counts: strict({
      samples: int,
      executed: int,
      sandboxErrors: int,
      generationErrors: int,
      truncated: int,
      unknownLength: int,
      retriedAlone: int,
      changedOnRetry: int,
      bySource: strict(Object.fromEntries(REASONING_SOURCES.map((r) => [r, int]))),
    }),
    distribution: distributionSchema,
    hazards: arrayOf(hazardRow),
    scan: orNull(
      strict({
        step: { type: 'integer', minimum: 1 },
        lattices: arrayOf(
          strict({ step: { type: 'integer', minimum: 1 }, models: arrayOf(str), tested: int }),
        ),
        tested: int,
        q: num,
        discoveries: arrayOf(
          strict({ ...hazardRow.properties, step: { type: 'integer', minimum: 1 } }),
        ),
        moreDiscoveries: int,
        belowSupport: int,
      }),
    ),
    periodicity: orNull(
      strict({
        period: { type: 'integer', minimum: 1 },
        phase: int,
        excess: num,
        pValue: nullableNumber,
        permutations: int,
        teeth: arrayOf(
          strict({
            value: int,
            count: int,
            reached: int,
            excessMass: nullableNumber,
            kind: { enum: ['configured', 'predicted'] },
          }),
        ),
      }),
    ),
    truncation: strict({
      samples: int,
      signalled: int,
      outputAtCap: int,
      reasoningAtBudget: int,
      share: nullableNumber,
      passes: nullableInt,
      scored: int,
      passRate: nullableNumber,
      hazardsIncludingTruncated: arrayOf(hazardRow),
      effectIncludingTruncated: orNull(strict(comparisonFields)),
    }),
    groups: arrayOf(
      strict({
        scope: { enum: ['model', 'detail'] },
        model: str,
        effort: nullable('string'),
        cliVersion: nullable('string'),
        systemPromptHash: nullable('string'),
        calls: int,
        withCount: int,
        meanTokens: nullableNumber,
        medianTokens: nullableNumber,
        lattice: { type: 'integer', minimum: 1 },
        latticeStatus: { enum: [...LATTICE_STATUSES] },
        truncated: int,
        boundaries: arrayOf(
          strict({
            boundary: int,
            exactHits: int,
            reached: int,
            hazard: nullableNumber,
            baselineHazard: nullableNumber,
            pHolm: nullableNumber,
            distinctTasks: int,
            support: { enum: [...SPIKE_SUPPORT] },
          }),
        ),
      }),
    ),
    ...verdictSections,
    arms: armsSchema,
    absentSections: arrayOf(strict({ section: { enum: [...ANALYSIS_SECTIONS] }, reason: str })),
    planted: orNull(
      strict({
        preset: str,
        alignedOddsRatio: strict(
          Object.fromEntries(TIERS.map((t) => [t, { type: 'number', exclusiveMinimum: 0 }])),
        ),
        boundaries: arrayOf(int),
        arms: orNull(
          arrayOf(strict({ arm: str, tier: tierLabel, passRate: num, meanReasoning: num })),
        ),
      }),
    ),
    findings: findingsSchema,
    caveats: caveatsSchema,
    tierSource: strict({
      source: { enum: ['declared', 'measured', 'mixed', 'none'] },
      declared: int,
      measured: int,
      untiered: int,
    }),
    headline: headlineSchema,
    run: runInfoSchema,
    tasks: taskRowsSchema,
    drillDown: drillDownSchema,
  }),
};
// Optional: analyses written before tiers (or the headline and run metadata) existed do not have them.
analysisSchema.required = analysisSchema.required.filter(
  (k) => !['tierSource', 'headline', 'run', 'tasks', 'drillDown'].includes(k),
);
