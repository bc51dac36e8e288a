import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { FINISH_REASONS, REASONING_SOURCES, TIERS, VERDICTS } from './records.js';
import type { ExecutionRecord, SampleRecord } from './records.js';
import type { Analysis } from './analysis-record.js';
import type { Comparison } from './comparison-record.js';
import { ALIGNMENTS } from './analysis-record.js';

/** JSON Schemas of every record boundary-bench writes or reads; `bbench schemas --write` publishes them. */

const str = { type: 'string' } as const;
const int = { type: 'integer', minimum: 0 } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
const nullable = (type: 'string' | 'number' | 'integer' | 'object') => ({ type: [type, 'null'] });
const strict = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});
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
  latencyMs: { type: 'number', minimum: 0 },
  attempts: int,
  cached: bool,
  generationError: nullable('string'),
  simulated: {
    oneOf: [
      { type: 'null' },
      strict({ answer: { enum: ['correct', 'mutant', 'truncated'] }, mutation: nullable('string'), stoppedAtBoundary: bool }),
    ],
  },
});

export const executionSchema = strict({
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

const nullableNumber = nullable('number');
export const analysisSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://boundary-bench.dev/schemas/analysis.schema.json',
  title: 'boundary-bench analysis',
  ...strict({
    schemaVersion: { const: 1 },
    runId: str,
    boundaries: { type: 'array', items: int },
    tolerance: int,
    lattice: strict({ g: { type: 'integer', minimum: 1 }, nonZeroCounts: int, note: str }),
    counts: strict({
      samples: int, executed: int, sandboxErrors: int, generationErrors: int, truncated: int, unknownLength: int,
      retriedAlone: int, changedOnRetry: int,
    }),
    passAtK: {
      type: 'array',
      items: strict({ k: { type: 'integer', minimum: 1 }, value: nullableNumber, tasks: int, nullReason: nullable('string') }),
    },
    strata: {
      type: 'array',
      items: strict({
        tier: tierLabel, alignment: { enum: [...ALIGNMENTS, 'any'] }, samples: int, passes: int, tasks: int,
        passRate: nullableNumber, interval,
      }),
    },
    boundaryEffects: {
      type: 'array',
      items: strict({
        tier: tierLabel, informativeTasks: int, alignedSamples: int, notAlignedSamples: int,
        alignedPassRate: nullableNumber, notAlignedPassRate: nullableNumber,
        oddsRatio: nullableNumber, oddsRatioInterval: interval, riskDifferencePp: nullableNumber, cmhPValue: nullableNumber,
        cmhPHolm: nullableNumber,
      }),
    },
    hazards: {
      type: 'array',
      items: strict({
        boundary: int, atBoundary: int, reached: int, hazard: nullableNumber, baselineHazard: nullableNumber,
        baselineMethod: { enum: ['median', 'pooled', 'none'] }, hazardRatio: nullableNumber, excessMass: nullableNumber,
        pValue: nullableNumber, pHolm: nullableNumber, distinctTasks: int,
      }),
    },
    truncation: strict({ samples: int, passes: int, passRate: nullableNumber }),
    planted: {
      oneOf: [
        { type: 'null' },
        strict({
          preset: str,
          alignedOddsRatio: strict(Object.fromEntries(TIERS.map((t) => [t, { type: 'number', exclusiveMinimum: 0 }]))),
          boundaries: { type: 'array', items: int },
        }),
      ],
    },
    findings: { type: 'array', items: str },
    caveats: { type: 'array', items: str },
  }),
};

const deltaSchema = strict({
  tier: tierLabel, k: { type: 'integer', minimum: 1 }, tasks: int, a: nullableNumber, b: nullableNumber, delta: nullableNumber,
  interval, pValue: nullableNumber, excludesZero: { type: ['boolean', 'null'] }, nullReason: nullable('string'),
});
const runSummarySchema = strict({ runId: str, model: str, createdAt: str, corpusHash: str, tasks: int });
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
      by: { enum: ['task', 'task+condition'] }, sharedTasks: int, onlyInA: int, onlyInB: int,
      conditions: { type: 'array', items: str }, corpusHashesDiffer: bool,
    }),
    seed: int,
    bootstrapResamples: int,
    permutationResamples: int,
    alpha: num,
    deltas: { type: 'array', items: deltaSchema },
    flipped: {
      type: 'array',
      items: strict({ taskId: str, tier: tierLabel, passRateA: num, passRateB: num, direction: { enum: ['regressed', 'improved'] } }),
    },
    hazards: { type: 'array', items: strict({ boundary: int, a: hazardSide, b: hazardSide, delta: nullableNumber, pValue: nullableNumber }) },
    oddsRatios: {
      type: 'array',
      items: strict({
        tier: tierLabel, a: nullableNumber, aInterval: interval, b: nullableNumber, bInterval: interval,
        ratio: nullableNumber, ratioInterval: interval, pValue: nullableNumber,
      }),
    },
    trend: strict({ a: nullableNumber, aPValue: nullableNumber, b: nullableNumber, bPValue: nullableNumber, delta: nullableNumber, pValue: nullableNumber }),
    lattice: strict({ a: { type: 'integer', minimum: 1 }, b: { type: 'integer', minimum: 1 }, changed: bool, note: str }),
    changed: bool,
    verdict: { type: 'array', items: str },
    warnings: { type: 'array', items: str },
    gate: { type: 'array', items: strict({ rule: str, crossed: bool, detail: str }) },
  }),
};

/** Published schemas, by file name. */
export const PUBLISHED_SCHEMAS = {
  'analysis.schema.json': analysisSchema,
  'comparison.schema.json': comparisonSchema,
  'sample.schema.json': sampleSchema,
  'execution.schema.json': executionSchema,
  'task.schema.json': taskSchema,
} as const satisfies Record<string, object>;

export interface RecordValidators {
  sample: ValidateFunction<SampleRecord>;
  execution: ValidateFunction<ExecutionRecord>;
  analysis: ValidateFunction<Analysis>;
  comparison: ValidateFunction<Comparison>;
  task: ValidateFunction;
  taskMeta: ValidateFunction;
}

/** Compiles the validators; call once per process and pass the result along (no module state). */
export function createValidators(): RecordValidators {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return {
    sample: ajv.compile<SampleRecord>(sampleSchema),
    execution: ajv.compile<ExecutionRecord>(executionSchema),
    analysis: ajv.compile<Analysis>(analysisSchema),
    comparison: ajv.compile<Comparison>(comparisonSchema),
    task: ajv.compile(taskSchema),
    taskMeta: ajv.compile(taskMetaSchema),
  };
}

/** "field /tier: must be equal to one of the allowed values (simple, moderate, complex)" */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => {
      const field = e.instancePath === '' ? '(record)' : e.instancePath;
      const allowed = e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => (v === null ? 'null' : String(v))).join(', ')})` : '';
      const extra = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
      return `field ${field}: ${e.message ?? e.keyword}${allowed}${extra}`;
    })
    .join('; ');
}
