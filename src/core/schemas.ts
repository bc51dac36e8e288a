import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import {
  FINISH_REASONS,
  INFRA_REASONS,
  REASONING_SOURCES,
  TIERS,
  TIER_SOURCES,
  TRACEBACK_TAIL_CHARS,
  VERDICTS,
} from './records.js';
import type { ExecutionRecord, SampleRecord } from './records.js';
import type { Analysis } from './analysis-record.js';
import {
  ALIGNMENTS,
  ANALYSIS_SECTIONS,
  LATTICE_STATUSES,
  SPIKE_SUPPORT,
} from './analysis-record.js';
import type { Comparison } from './comparison-record.js';
import type { RunConfigFile } from './experiment.js';
import { armsSchema, lengthCostSchema } from './arm-schema.js';
import { caveatsSchema, findingsSchema } from './finding-schemas.js';
import {
  drillDownSchema,
  headlineSchema,
  runInfoSchema,
  taskRowsSchema,
} from './headline-schemas.js';
import { manifestSchema } from './manifest-schema.js';
import type { RunManifest } from './run-manifest.js';
import { runConfigSchema } from './run-config-schema.js';
import { batchStateSchema } from './batch-record.js';
import { sampleViewSchema, type SampleView } from './sample-view-record.js';
import { execSummarySchema } from './exec-summary-record.js';
import { tasksReportSchema } from './tasks-report-record.js';
import { sandboxDoctorSchema, sandboxPruneSchema } from './sandbox-report-record.js';
import { bool, int, nullable, num, str, strict } from './schema-blocks.js';

/** JSON Schemas of every record boundary-bench writes or reads; `bbench schemas --write` publishes them. */

const tierLabel = { enum: [...TIERS, 'all', 'untiered'] };
const interval = { oneOf: [{ type: 'null' }, strict({ low: num, high: num, method: str })] };

export const taskSchema = strict({
  task_id: { type: 'string', minLength: 1 },
  prompt: str,
  entry_point: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  canonical_solution: str,
  test: { type: 'string', pattern: 'def check\\(' },
  tier: { enum: [...TIERS, null] },
  tags: { type: 'array', items: str },
  source: str,
});
// Optional in the record (folder corpora only): not in `strict`'s required list.
Object.assign(taskSchema.properties, {
  edgeCases: { type: 'array', items: str },
  timeoutMs: { type: 'integer', minimum: 1 },
  mutants: { type: 'array', items: str },
  tierSource: { enum: [...TIER_SOURCES] },
  evalplus: strict({
    dataset: { enum: ['humaneval', 'mbpp'] },
    atol: { type: 'number', minimum: 0 },
    baseInput: { type: 'string', pattern: '^\\s*\\[' },
    plusInput: { type: 'string', pattern: '^\\s*\\[' },
    plus: bool,
    contract: nullable('string'),
  }),
});
taskSchema.required = taskSchema.required.filter(
  (k) => !['edgeCases', 'timeoutMs', 'mutants', 'tierSource', 'evalplus'].includes(k),
);

/** The per-task metadata file of the folder corpus layout (task.json). */
export const taskMetaSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['task_id', 'entry_point', 'tier'],
  properties: {
    task_id: { type: 'string', minLength: 1 },
    entry_point: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
    tier: { enum: [...TIERS] },
    tags: { type: 'array', items: str },
    /** The distinct edge-case classes the spec names (an input of the measured tier). */
    edge_cases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    /** Per-task time limit: max(1 s, 20 × the reference's measured runtime), written by `bbench tasks validate --write-timeouts`. */
    timeout_s: { type: 'number', exclusiveMinimum: 0 },
  },
};

export const sampleSchema = strict({
  key: str,
  taskId: str,
  conditionId: str,
  sampleIndex: int,
  provider: str,
  completion: str,
  isFullProgram: bool,
  reasoningTokens: { type: ['integer', 'null'], minimum: 0 },
  reasoningSource: { enum: [...REASONING_SOURCES] },
  outputTokens: { type: ['integer', 'null'], minimum: 0 },
  inputTokens: { type: ['integer', 'null'], minimum: 0 },
  finishReason: { enum: [...FINISH_REASONS] },
  finishReasonRaw: nullable('string'),
  truncated: bool,
  usageRaw: nullable('object'),
  request: strict({
    model: str,
    maxOutputTokens: { type: ['integer', 'null'] },
    reasoningEffort: nullable('string'),
    thinkingBudget: { type: ['integer', 'null'] },
    temperature: nullable('number'),
    systemPromptHash: nullable('string'),
  }),
  responseId: nullable('string'),
  latencyMs: { type: 'number', minimum: 0 },
  attempts: int,
  cached: bool,
  generationError: nullable('string'),
  simulated: {
    oneOf: [
      { type: 'null' },
      strict({
        answer: { enum: ['correct', 'mutant', 'truncated'] },
        mutation: nullable('string'),
        stoppedAtBoundary: bool,
      }),
    ],
  },
});

// Optional: only samples answered by a vendor batch carry it, so older records stay valid.
Object.assign(sampleSchema.properties, { batch: { type: 'string', minLength: 1 } });
sampleSchema.required = sampleSchema.required.filter((k) => k !== 'batch');

const executionRequired = strict({
  key: str,
  taskId: str,
  conditionId: str,
  sampleIndex: int,
  verdict: { enum: [...VERDICTS] },
  detail: str,
  exitCode: { type: ['integer', 'null'] },
  durationMs: { type: 'number', minimum: 0 },
  attempts: int,
  outputTruncated: bool,
  stderrTail: str,
  programHash: str,
  cpuMs: { type: ['number', 'null'], minimum: 0 },
  retriedAlone: bool,
  firstVerdict: { enum: [...VERDICTS, null] },
});
/** `waitMs`, `infraReason` and `traceback` are optional: records written before they existed stay valid. */
export const executionSchema = {
  ...executionRequired,
  properties: {
    ...executionRequired.properties,
    waitMs: { type: ['number', 'null'], minimum: 0 },
    infraReason: { enum: [...INFRA_REASONS, null] },
    traceback: { type: ['string', 'null'], maxLength: TRACEBACK_TAIL_CHARS },
  },
};

const nullableNumber = nullable('number');
const nullableInt = { type: ['integer', 'null'] } as const;
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
const comparisonFields = {
  informativeTasks: int,
  alignedSamples: int,
  notAlignedSamples: int,
  alignedPassRate: nullableNumber,
  notAlignedPassRate: nullableNumber,
  oddsRatio: nullableNumber,
  oddsRatioInterval: interval,
  riskDifferencePp: nullableNumber,
  cmhPValue: nullableNumber,
};
const orNull = (schema: object) => ({ oneOf: [{ type: 'null' }, schema] });
const arrayOf = (items: object) => ({ type: 'array', items });
const tierOddsRatio = strict({ ...comparisonFields, label: str, score: num });
const trend = orNull(
  strict({
    slopeLogOr: nullableNumber,
    slopeInterval: interval,
    chiSquare: num,
    pValue: num,
    method: str,
  }),
);

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

const verdictSections = {
  passAtK: arrayOf(
    strict({
      k: { type: 'integer', minimum: 1 },
      value: nullableNumber,
      tasks: int,
      nullReason: nullable('string'),
      interval,
      bootstrapInterval: interval,
    }),
  ),
  strata: arrayOf(
    strict({
      tier: tierLabel,
      alignment: { enum: [...ALIGNMENTS, 'any'] },
      samples: int,
      passes: int,
      tasks: int,
      passRate: nullableNumber,
      interval,
    }),
  ),
  boundaryEffects: arrayOf(
    strict({
      tier: tierLabel,
      ...comparisonFields,
      cmhPHolm: nullableNumber,
      permutationP: nullableNumber,
      permutations: int,
      local: orNull(strict({ ...comparisonFields, window: num })),
    }),
  ),
  complexity: orNull(
    strict({
      tiers: arrayOf(tierOddsRatio),
      breslowDay: orNull(strict({ chiSquare: num, df: int, pValue: num, method: str })),
      trend,
      empirical: orNull(strict({ method: str, tiers: arrayOf(tierOddsRatio), trend })),
    }),
  ),
  lengthCurves: orNull(
    strict({
      bins: int,
      withinTaskBins: int,
      pooled: arrayOf(
        strict({ label: str, samples: int, passRate: nullableNumber, band: interval }),
      ),
      withinTask: arrayOf(
        strict({ label: str, samples: int, passRate: nullableNumber, band: interval }),
      ),
      note: str,
    }),
  ),
  power: orNull(
    strict({
      alpha: num,
      target: num,
      simulations: int,
      minDetectableOddsRatio: nullableNumber,
      minDetectableOddsRatioAbove: nullableNumber,
      method: str,
    }),
  ),
};

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

const deltaSchema = strict({
  tier: tierLabel,
  k: { type: 'integer', minimum: 1 },
  tasks: int,
  a: nullableNumber,
  b: nullableNumber,
  delta: nullableNumber,
  interval,
  pValue: nullableNumber,
  pMethod: nullable('string'),
  excludesZero: { type: ['boolean', 'null'] },
  nullReason: nullable('string'),
});
const runSummarySchema = strict({
  runId: str,
  model: str,
  createdAt: str,
  corpusHash: str,
  tasks: int,
});
const hazardSide = strict({ stopped: int, reached: int, hazard: nullableNumber, interval });

export const comparisonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://boundary-bench.dev/schemas/comparison.schema.json',
  title: 'boundary-bench comparison of two runs',
  ...strict({
    schemaVersion: { const: 1 },
    runA: runSummarySchema,
    runB: runSummarySchema,
    pairing: strict({
      by: { enum: ['task', 'task+condition'] },
      sharedTasks: int,
      onlyInA: int,
      onlyInB: int,
      conditions: { type: 'array', items: str },
      corpusHashesDiffer: bool,
    }),
    seed: int,
    bootstrapResamples: int,
    permutationResamples: int,
    alpha: num,
    deltas: { type: 'array', items: deltaSchema },
    flipped: {
      type: 'array',
      items: strict({
        taskId: str,
        tier: tierLabel,
        passRateA: num,
        passRateB: num,
        direction: { enum: ['regressed', 'improved'] },
      }),
    },
    hazards: {
      type: 'array',
      items: strict({
        boundary: int,
        a: hazardSide,
        b: hazardSide,
        delta: nullableNumber,
        pValue: nullableNumber,
      }),
    },
    oddsRatios: {
      type: 'array',
      items: strict({
        tier: tierLabel,
        a: nullableNumber,
        aInterval: interval,
        b: nullableNumber,
        bInterval: interval,
        ratio: nullableNumber,
        ratioInterval: interval,
        pValue: nullableNumber,
      }),
    },
    trend: strict({
      a: nullableNumber,
      aPValue: nullableNumber,
      b: nullableNumber,
      bPValue: nullableNumber,
      delta: nullableNumber,
      pValue: nullableNumber,
    }),
    lattice: strict({
      a: { type: 'integer', minimum: 1 },
      b: { type: 'integer', minimum: 1 },
      changed: bool,
      note: str,
    }),
    lengthCost: lengthCostSchema,
    changed: bool,
    verdict: { type: 'array', items: str },
    warnings: { type: 'array', items: str },
    gate: { type: 'array', items: strict({ rule: str, crossed: bool, detail: str }) },
  }),
};

/** Published schemas, by file name. */
export const PUBLISHED_SCHEMAS = {
  'run-config.schema.json': runConfigSchema,
  'manifest.schema.json': manifestSchema,
  'analysis.schema.json': analysisSchema,
  'comparison.schema.json': comparisonSchema,
  'sample.schema.json': sampleSchema,
  'execution.schema.json': executionSchema,
  'task.schema.json': taskSchema,
  'batches.schema.json': batchStateSchema,
  'sample-view.schema.json': sampleViewSchema,
  // The JSON the commands print (not records of a run): scripts read them.
  'exec-summary.schema.json': execSummarySchema,
  'tasks-report.schema.json': tasksReportSchema,
  'sandbox-doctor.schema.json': sandboxDoctorSchema,
  'sandbox-prune.schema.json': sandboxPruneSchema,
} as const satisfies Record<string, object>;

export interface RecordValidators {
  sample: ValidateFunction<SampleRecord>;
  execution: ValidateFunction<ExecutionRecord>;
  analysis: ValidateFunction<Analysis>;
  comparison: ValidateFunction<Comparison>;
  sampleView: ValidateFunction<SampleView>;
  runConfig: ValidateFunction<RunConfigFile>;
  manifest: ValidateFunction<RunManifest>;
  task: ValidateFunction;
  taskMeta: ValidateFunction;
}

/**
 * The validators, each compiled on first use: an ajv compile of the larger schemas takes the better part
 * of a second, and most commands (and tests) read one or two record kinds. Call once per process and pass
 * the result along; the compiled functions live in the returned object, not in module state.
 */
export function createValidators(): RecordValidators {
  const ajv = new Ajv({ allErrors: true, strict: false, discriminator: true });
  return compiledOnFirstUse<RecordValidators>({
    sample: () => ajv.compile<SampleRecord>(sampleSchema),
    execution: () => ajv.compile<ExecutionRecord>(executionSchema),
    analysis: () => ajv.compile<Analysis>(analysisSchema),
    comparison: () => ajv.compile<Comparison>(comparisonSchema),
    sampleView: () => ajv.compile<SampleView>(sampleViewSchema),
    runConfig: () => ajv.compile<RunConfigFile>(runConfigSchema),
    manifest: () => ajv.compile<RunManifest>(manifestSchema),
    task: () => ajv.compile(taskSchema),
    taskMeta: () => ajv.compile(taskMetaSchema),
  });
}

function compiledOnFirstUse<T extends object>(compile: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(compile) as (keyof T)[]) {
    let value: T[typeof key] | undefined;
    Object.defineProperty(out, key, { enumerable: true, get: () => (value ??= compile[key]()) });
  }
  return out;
}

/** "field /tier: must be equal to one of the allowed values (simple, moderate, complex)" */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => {
      const field = e.instancePath === '' ? '(record)' : e.instancePath;
      const allowed =
        e.keyword === 'enum'
          ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => (v === null ? 'null' : String(v))).join(', ')})`
          : '';
      const extra =
        e.keyword === 'additionalProperties'
          ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'`
          : '';
      return `field ${field}: ${e.message ?? e.keyword}${allowed}${extra}`;
    })
    .join('; ');
}
