import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BenchError, ERROR_CODES, exitCodeFor, type ErrorCode } from '../../../src/core/errors.js';
import { createValidators, PUBLISHED_SCHEMAS } from '../../../src/core/schemas.js';

describe('exitCodeFor', () => {
  it('maps success, each error code, and unknown errors', () => {
    expect(exitCodeFor(undefined)).toBe(0);
    expect(exitCodeFor(new BenchError('USAGE', 'x'))).toBe(2);
    expect(exitCodeFor(new BenchError('ENGINE_UNREACHABLE', 'x'))).toBe(3);
    expect(exitCodeFor(new BenchError('CANARY_FAILED', 'x'))).toBe(4);
    expect(exitCodeFor(new BenchError('REGRESSION', 'x'))).toBe(5);
    expect(exitCodeFor(new BenchError('INTERRUPTED', 'x'))).toBe(130);
    expect(exitCodeFor(new Error('boom'))).toBe(1);
  });
  it('gives every error code a non-zero exit code', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[])
      expect(exitCodeFor(new BenchError(code, 'x'))).toBeGreaterThan(0);
  });
});

describe('validators', () => {
  it('compile on first use, once, and every one of them compiles', () => {
    const validators = createValidators();
    expect(Object.keys(validators).sort()).toEqual(
      [
        'analysis',
        'comparison',
        'execution',
        'manifest',
        'runConfig',
        'sample',
        'sampleView',
        'task',
        'taskMeta',
      ].sort(),
    );
    // Every field of a run config file is optional; every record needs its fields.
    for (const [name, validate] of Object.entries(validators))
      expect(validate({}), `${name} on an empty object`).toBe(name === 'runConfig');
    expect(validators.sample).toBe(validators.sample);
  });
});

describe('published schemas', () => {
  it('are the ones the code validates with (run `npm run schemas` after changing a record)', () => {
    for (const [name, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
      const published = readFileSync(join(import.meta.dirname, '../../../schemas', name), 'utf8');
      expect(JSON.parse(published), name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
