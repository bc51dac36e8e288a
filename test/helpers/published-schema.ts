import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';

/**
 * The errors of `value` against a schema as published in schemas/ (what a script's author reads),
 * as one string; '' when it is valid, so `expect(schemaErrors(…)).toBe('')` shows what is wrong.
 */
export function schemaErrors(name: string, value: unknown): string {
  const path = join(import.meta.dirname, '../../schemas', `${name}.schema.json`);
  const validate = new Ajv({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(path, 'utf8')) as object,
  );
  return validate(value) ? '' : JSON.stringify(validate.errors);
}
