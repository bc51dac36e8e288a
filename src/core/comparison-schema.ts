import { lengthCostSchema } from './arm-schema.js';
import {
  bool,
  int,
  interval,
  nullable,
  nullableNumber,
  num,
  str,
  strict,
  tierLabel,
} from './schema-blocks.js';

/** The JSON Schema of comparison.json (comparison-record.ts), written by `bbench compare`. */

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
