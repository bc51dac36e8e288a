import { parseArgs } from 'node:util';
import { BenchError } from '../core/errors.js';
import { closestName } from './suggest.js';

/**
 * One option, declared once: the parser reads `type`, `short` and `multiple`, and `bbench <command>
 * --help` is rendered from `arg`, `help` and `aliases`, so the help cannot drift from what is parsed.
 */
export interface OptionDef {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's placeholder in the help (N, PATH, LIST, DURATION); string options only. */
  readonly arg?: string;
  /** The help text; a newline starts a continuation line. */
  readonly help: string;
  /** Older spellings still accepted (users have scripts); they are listed in the help. */
  readonly aliases?: readonly string[];
}

export type OptionDefs = Readonly<Record<string, OptionDef>>;

type ValueOf<D extends OptionDef> = D['type'] extends 'boolean'
  ? D['multiple'] extends true
    ? boolean[]
    : boolean
  : D['multiple'] extends true
    ? string[]
    : string;

export type OptionValues<T extends OptionDefs> = { -readonly [K in keyof T]?: ValueOf<T[K]> };

/** The option every command takes. */
export const HELP_OPTION = {
  help: { type: 'boolean', short: 'h', help: 'this help' },
} as const satisfies OptionDefs;

/**
 * Parses argv strictly against the declared options. An old spelling is folded into its option's
 * name; an unknown or malformed option is a usage error that names it and suggests the closest one.
 */
export function parseOptions<T extends OptionDefs>(
  argv: string[],
  options: T,
  command: string,
): { values: OptionValues<T>; positionals: string[] } {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> =
    {};
  for (const [name, def] of Object.entries(options)) {
    // parseArgs rejects keys present with the value undefined, so only set ones are passed on.
    const multiple = def.multiple ? { multiple: true } : {};
    config[name] = { type: def.type, ...(def.short ? { short: def.short } : {}), ...multiple };
    for (const alias of def.aliases ?? []) config[alias] = { type: def.type, ...multiple };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error as Error, options, command);
  }
  const values: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(options)) {
    for (const key of [name, ...(def.aliases ?? [])]) {
      const value = parsed.values[key];
      if (value === undefined) continue;
      const previous = values[name];
      values[name] =
        def.multiple && Array.isArray(previous) ? [...previous, ...(value as unknown[])] : value;
    }
  }
  return { values: values as OptionValues<T>, positionals: parsed.positionals };
}

function usageError(error: Error, options: OptionDefs, command: string): BenchError {
  const message = error.message.replace(/\. To specify a positional argument.*$/s, '');
  const unknown = /^Unknown option '(--?[^'=]+)/.exec(message)?.[1];
  const names = Object.entries(options).flatMap(([name, def]) => [name, ...(def.aliases ?? [])]);
  const suggestion =
    unknown?.startsWith('--') === true ? closestName(unknown.slice(2), names) : undefined;
  return new BenchError(
    'USAGE',
    `bbench ${command}: ${message}${suggestion ? `; did you mean --${suggestion}?` : ''}`,
    `see \`bbench ${command} --help\``,
  );
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

const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000 } as const;

/**
 * A duration in milliseconds from "10s", "500ms", "2m" or "1.5s". Every duration option takes the
 * same units; a bare number keeps the unit the option had before it took units (`bareUnit`), so
 * existing scripts keep working.
 */
export function durationOption(
  value: string | undefined,
  name: string,
  fallbackMs: number,
  bareUnit: keyof typeof DURATION_UNITS,
  minMs: number,
  maxMs: number,
): number {
  if (value === undefined) return fallbackMs;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
  const ms = match
    ? Math.round(
        Number(match[1]) * DURATION_UNITS[(match[2] ?? bareUnit) as keyof typeof DURATION_UNITS],
      )
    : Number.NaN;
  if (!Number.isFinite(ms) || ms < minMs || ms > maxMs) {
    throw new BenchError(
      'USAGE',
      `option --${name}: expected a duration from ${formatDuration(minMs)} to ${formatDuration(maxMs)} such as 10s, 500ms or 2m, received '${value}'`,
    );
  }
  return ms;
}

export function formatDuration(ms: number): string {
  if (ms % 60_000 === 0 && ms >= 60_000) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
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
    const suggestion = closestName(value, choices);
    throw new BenchError(
      'USAGE',
      `option --${name}: expected one of ${choices.join(', ')}, received '${value}'${suggestion ? `; did you mean ${suggestion}?` : ''}`,
    );
  }
  return value as C;
}
