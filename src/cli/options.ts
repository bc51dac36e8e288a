import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BenchError } from '../core/errors.js';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Parses argv strictly; an unknown or malformed option is a usage error that names it. */
export function parseOptions<T extends OptionSpecs>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new BenchError(
      'USAGE',
      `bbench ${command}: ${message}`,
      `see \`bbench ${command} --help\``,
    );
  }
}

/** An integer option within bounds; the error names the option, the expected range and what was given. */
export function intOption(
  value: string | undefined,
  name: string,
  fallback: number,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new BenchError(
      'USAGE',
      `option --${name}: expected an integer from ${min} to ${max}, received '${value}'`,
    );
  }
  return n;
}

export function numberListOption(
  value: string | undefined,
  name: string,
  fallback: number[],
): number[] {
  if (value === undefined) return fallback;
  const parts = value.split(',').map((s) => s.trim());
  const numbers = parts.map(Number);
  const bad = parts.find(
    (p, i) => p === '' || !Number.isInteger(numbers[i]) || (numbers[i] ?? -1) < 0,
  );
  if (bad !== undefined) {
    throw new BenchError(
      'USAGE',
      `option --${name}: expected comma-separated non-negative integers such as 516,1034,1552, received '${value}' (bad item '${bad}')`,
    );
  }
  return numbers;
}

export function choiceOption<C extends string>(
  value: string | undefined,
  name: string,
  choices: readonly C[],
  fallback: C,
): C {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new BenchError(
      'USAGE',
      `option --${name}: expected one of ${choices.join(', ')}, received '${value}'`,
    );
  }
  return value as C;
}
