import { readFileSync } from 'node:fs';
import type { PriceTable } from '../core/arm-record.js';
import { BenchError } from '../core/errors.js';
import { describeSchemaErrors, type RecordValidators } from '../core/schemas.js';

/**
 * `--prices FILE`: a JSON object of prices per model (`{"gpt-5.5": {"input": 1.25, "output": 10}}`,
 * US dollars per 1M tokens), or a run configuration that has a `prices` key. No prices are built in.
 */
export function readPricesOption(path: string, validators: RecordValidators): PriceTable {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BenchError(
      'USAGE',
      `option --prices: cannot read '${path}' as JSON (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const config =
    typeof value === 'object' && value !== null && 'prices' in value ? value : { prices: value };
  if (!validators.runConfig(config))
    throw new BenchError(
      'CONFIG_INVALID',
      `option --prices: ${path}: ${describeSchemaErrors(validators.runConfig.errors)}`,
      'expected {"<model>": {"input": X, "output": Y, "reasoning": Z}} in US dollars per 1M tokens (reasoning optional)',
    );
  return config.prices ?? {};
}
