import {
  arrayOf,
  int,
  interval,
  nullable,
  nullableNumber,
  num,
  str,
  strict,
  tierLabel,
} from './schema-blocks.js';
import { passAtKRow } from './verdict-schemas.js';

/** The JSON Schema of the per-arm section of analysis.json (see arm-record.ts), and of `prices`. */

const price = { type: 'number', minimum: 0 };
/** `prices` in a run configuration: per model, US dollars per 1M tokens. */
export const pricesSchema = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['input', 'output'],
    properties: { input: price, output: price, reasoning: price },
  },
};

const tokenSummary = strict({
  samples: int,
  mean: nullableNumber,
  meanInterval: interval,
  median: nullableNumber,
  p90: nullableNumber,
});

const armTierStats = strict({
  tier: tierLabel,
  samples: int,
  scored: int,
  passes: int,
  tasks: int,
  passRate: nullableNumber,
  passInterval: interval,
  passAtK: arrayOf(passAtKRow),
  reasoning: tokenSummary,
  output: tokenSummary,
  truncatedShare: nullableNumber,
  latencyMedianMs: nullableNumber,
  latencyP90Ms: nullableNumber,
  tokensPerSolved: nullableNumber,
  costPerSolved: nullableNumber,
});

const armDelta = strict({
  tier: tierLabel,
  passTasks: int,
  tokenTasks: int,
  passDelta: nullableNumber,
  passInterval: interval,
  passP: nullableNumber,
  passPHolm: nullableNumber,
  tokenRatio: nullableNumber,
  tokenInterval: interval,
  tokenP: nullableNumber,
  tokenPHolm: nullableNumber,
});

export const armsSchema = {
  oneOf: [
    { type: 'null' },
    strict({
      baseline: str,
      alpha: num,
      arms: arrayOf(
        strict({
          id: str,
          model: str,
          conditionId: str,
          effort: nullable('string'),
          budget: nullable('integer'),
          systemPromptHash: nullable('string'),
          tiers: arrayOf(armTierStats),
        }),
      ),
      comparisons: arrayOf(strict({ arm: str, baseline: str, tiers: arrayOf(armDelta) })),
      prices: { oneOf: [{ type: 'null' }, pricesSchema] },
    }),
  ],
};

const ratioChange = strict({
  tasks: int,
  a: nullableNumber,
  b: nullableNumber,
  ratio: nullableNumber,
  interval,
  pValue: nullableNumber,
});

/** The `lengthCost` section of comparison.json. */
export const lengthCostSchema = strict({
  reasoningTokens: ratioChange,
  outputTokens: ratioChange,
  latencyMs: ratioChange,
  tokensPerSolved: ratioChange,
  costPerSolved: { oneOf: [{ type: 'null' }, ratioChange] },
});
