import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ExecutionRecord, SampleRecord } from './records.js';
import type { Analysis } from './analysis-record.js';
import type { Comparison } from './comparison-record.js';
import type { RunConfigFile } from './experiment.js';
import type { RunManifest } from './run-manifest.js';
import { analysisSchema } from './analysis-schema.js';
import { batchStateSchema } from './batch-record.js';
import { comparisonSchema } from './comparison-schema.js';
import { executionSchema } from './execution-schema.js';
import { manifestSchema } from './manifest-schema.js';
import { runConfigSchema } from './run-config-schema.js';
import { sampleSchema } from './sample-schema.js';
import { sampleViewSchema, type SampleView } from './sample-view-record.js';
import { taskMetaSchema, taskSchema } from './task-schemas.js';
import { execSummarySchema } from './exec-summary-record.js';
import { tasksReportSchema } from './tasks-report-record.js';
import { sandboxDoctorSchema, sandboxPruneSchema } from './sandbox-report-record.js';

/**
 * The JSON Schemas of every record boundary-bench writes or reads, gathered to be published
 * (`bbench schemas --write`) and compiled into validators. Each schema lives beside its record kind.
 */

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
