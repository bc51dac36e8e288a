import { pricesSchema } from './arm-schema.js';
import { nullable, str, strict } from './schema-blocks.js';

const positiveInt = { type: 'integer', minimum: 1 };
const nullablePositiveInt = { type: ['integer', 'null'], minimum: 1 };

/** `bbench run --config FILE`: every key optional; unknown keys are refused, so a typo is an error. */
export const runConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: str,
    models: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      minItems: 1,
      uniqueItems: true,
    },
    efforts: { type: 'array', items: nullable('string'), minItems: 1, uniqueItems: true },
    budgets: { type: 'array', items: nullablePositiveInt, minItems: 1, uniqueItems: true },
    systemPrompts: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9._-]+$' },
      additionalProperties: {
        oneOf: [
          { type: 'null' },
          { type: 'string' },
          strict({ file: { type: 'string', minLength: 1 } }),
        ],
      },
    },
    maxOutputTokens: nullablePositiveInt,
    temperature: { type: ['number', 'null'], minimum: 0, maximum: 2 },
    tasks: { type: 'string', minLength: 1 },
    samples: positiveInt,
    seed: { type: 'integer', minimum: 0 },
    requests: positiveInt,
    maxAttempts: positiveInt,
    requestTimeoutS: { type: 'number', exclusiveMinimum: 0 },
    idleTimeoutS: { type: 'number', exclusiveMinimum: 0 },
    stream: { enum: ['auto', 'on', 'off'] },
    openaiApi: { enum: ['responses', 'chat'] },
    boundaries: { type: 'array', items: positiveInt, minItems: 1 },
    tolerance: { type: 'integer', minimum: 0 },
    k: { type: 'array', items: positiveInt, minItems: 1 },
    cache: { oneOf: [{ type: 'string', minLength: 1 }, { const: false }] },
    /** Per model, US dollars per 1M input, output and reasoning tokens (none are built in). */
    prices: pricesSchema,
  },
};
