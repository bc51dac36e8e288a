import { TIERS } from './records.js';

/** Building blocks shared by the JSON Schemas of core (the *-schema.ts and *-schemas.ts files). */

export const str = { type: 'string' } as const;
export const int = { type: 'integer', minimum: 0 } as const;
export const num = { type: 'number' } as const;
export const bool = { type: 'boolean' } as const;
export const nullable = (type: 'string' | 'number' | 'integer' | 'object') => ({
  type: [type, 'null'],
});
export const strict = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});
export const nullableNumber = nullable('number');
export const nullableInt = { type: ['integer', 'null'] } as const;
export const arrayOf = (items: object) => ({ type: 'array', items });
export const orNull = (schema: object) => ({ oneOf: [{ type: 'null' }, schema] });
/** A confidence interval, or null when it cannot be computed (Interval in analysis-record.ts). */
export const interval = orNull(strict({ low: num, high: num, method: str }));
/** A tier, every tier together, or tasks that carry no tier (TierLabel in analysis-record.ts). */
export const tierLabel = { enum: [...TIERS, 'all', 'untiered'] };
