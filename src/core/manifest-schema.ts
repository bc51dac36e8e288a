import { pricesSchema } from './arm-schema.js';
import { TIERS } from './records.js';
import { bool, int, nullable, str, strict } from './schema-blocks.js';

/**
 * The JSON Schema of manifest.json (RunManifest in run-manifest.ts), published as
 * schemas/manifest.schema.json. The manifest is the run's reproducible log, so it is checked on every
 * write and every read. Version 1 manifests (before dependency versions and the lockfile hash were
 * recorded) still read, so old runs can be analysed and resumed.
 */

const strings = { type: 'array', items: str };
const ints = { type: 'array', items: int };
const nullableInt = { type: ['integer', 'null'], minimum: 0 };
const optional = (schema: ReturnType<typeof strict>, ...keys: string[]) => ({
  ...schema,
  required: schema.required.filter((k) => !keys.includes(k)),
});

const armSummary = strict({
  id: str,
  model: str,
  reasoningEffort: nullable('string'),
  thinkingBudget: nullableInt,
  maxOutputTokens: nullableInt,
  temperature: nullable('number'),
  systemPrompt: nullable('string'),
  systemPromptHash: nullable('string'),
});

const runConfig = optional(
  strict({
    model: str,
    tasksPath: str,
    samplesPerTask: { type: 'integer', minimum: 1 },
    conditions: strings,
    seed: int,
    boundaries: ints,
    tolerance: int,
    ks: { type: 'array', items: { type: 'integer', minimum: 1 } },
    simulated: nullable('object'),
    limits: { type: 'object', additionalProperties: { type: 'number' } },
    referenceTimeouts: bool,
    arms: { type: 'array', items: armSummary },
    filter: {
      type: 'object',
      additionalProperties: false,
      properties: {
        only: strings,
        tag: str,
        tier: { enum: [...TIERS] },
        limit: { type: 'integer', minimum: 1 },
      },
    },
  }),
  'arms',
  'filter',
);

const tool = optional(
  strict({
    name: str,
    version: str,
    gitRevision: nullable('string'),
    node: str,
    /** Installed versions of the runtime dependencies (package.json `dependencies`). */
    dependencies: { type: 'object', additionalProperties: str },
    /** sha256 of package-lock.json; null when the tool runs without one. */
    lockfileHash: nullable('string'),
  }),
  'dependencies',
  'lockfileHash',
);

const taskTimeout = strict({
  taskId: str,
  referenceMs: { type: 'number', minimum: 0 },
  referenceFailed: bool,
  timeoutMs: { type: 'integer', minimum: 1 },
});

/** `planted.arms` is optional: runs made before the planted scaling curve existed have none. */
const optionalArms = (properties: Record<string, unknown>) => {
  const schema = strict(properties);
  return { ...schema, required: schema.required.filter((k) => k !== 'arms') };
};

export const manifestSchema = {
  ...optional(
    strict({
      schemaVersion: { enum: [1, 2] },
      runId: { type: 'string', pattern: '^[A-Za-z0-9._-]+$' },
      createdAt: str,
      configHash: { type: 'string', pattern: '^[0-9a-f]{16}$' },
      config: runConfig,
      tool,
      corpus: {
        ...strict({ path: str, hash: str, tasks: int }),
        properties: {
          path: str,
          hash: str,
          tasks: int,
          // Imported corpora: the measured tiers; EvalPlus corpora: whether the plus inputs judged.
          measuredTiers: { type: 'object', additionalProperties: { enum: [...TIERS] } },
          plus: { type: 'boolean' },
        },
      },
      planted: {
        oneOf: [
          { type: 'null' },
          optionalArms({
            preset: str,
            alignedOddsRatio: strict(
              Object.fromEntries(TIERS.map((t) => [t, { type: 'number', exclusiveMinimum: 0 }])),
            ),
            boundaries: ints,
            arms: {
              oneOf: [
                { type: 'null' },
                {
                  type: 'array',
                  items: strict({
                    arm: str,
                    tier: { enum: [...TIERS, 'all', 'untiered'] },
                    passRate: { type: 'number' },
                    meanReasoning: { type: 'number' },
                  }),
                },
              ],
            },
          }),
        ],
      },
      sandbox: nullable('object'),
      canaries: {
        oneOf: [
          { type: 'null' },
          strict({
            passed: bool,
            at: str,
            results: { type: 'array', items: strict({ name: str, verdict: str }) },
          }),
        ],
      },
      prices: pricesSchema,
      taskTimeouts: { type: 'array', items: taskTimeout },
    }),
    'prices',
    'taskTimeouts',
  ),
  // Version 2 and later record what the tool ran with.
  if: { properties: { schemaVersion: { const: 2 } } },
  then: { properties: { tool: { required: ['dependencies', 'lockfileHash'] } } },
};
