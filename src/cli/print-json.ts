import { Ajv } from 'ajv';
import { BenchError } from '../core/errors.js';
import { describeSchemaErrors } from '../core/schemas.js';
import type { CliIo } from './io.js';

/**
 * Prints a command's JSON output after checking it against the schema it is published under, so a
 * script never receives a shape the schema does not promise: a mismatch is our bug (INTERNAL, exit 1).
 */
export function printJson<T>(io: CliIo, schema: { $id: string }, value: T): void {
  // One output per command: a fresh compile of one small schema costs a few ms.
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(value))
    throw new BenchError(
      'INTERNAL',
      `the JSON output does not match its published schema ${schema.$id}: ${describeSchemaErrors(validate.errors)}`,
    );
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
