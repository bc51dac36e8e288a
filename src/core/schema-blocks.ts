/** Building blocks of the JSON Schemas in schemas.ts and run-config-schema.ts. */

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
