import { describe, expect, it } from 'vitest';
import { durationOption, parseOptions, type OptionDefs } from '../../../src/cli/options.js';
import { closestName } from '../../../src/cli/suggest.js';

const OPTIONS = {
  'samples-file': { type: 'string', arg: 'FILE', aliases: ['samples'], help: 'the samples' },
  only: { type: 'string', multiple: true, arg: 'ID', aliases: ['task'], help: 'a task' },
  quiet: { type: 'boolean', short: 'q', help: 'quiet' },
} as const satisfies OptionDefs;

describe('parseOptions', () => {
  it('folds an old spelling into the option it became', () => {
    const { values } = parseOptions(['--samples', 'a.jsonl', '-q'], OPTIONS, 'exec');
    expect(values).toEqual({ 'samples-file': 'a.jsonl', quiet: true });
  });

  it('joins the values of a repeatable option given under both spellings', () => {
    const { values } = parseOptions(['--only', 'a', '--task', 'b', '--only', 'c'], OPTIONS, 'x');
    expect(values.only?.sort()).toEqual(['a', 'b', 'c']);
  });

  it('suggests the nearest option for a misspelt one', () => {
    expect(() => parseOptions(['--sampels-file', 'x'], OPTIONS, 'exec')).toThrow(
      /Unknown option '--sampels-file'; did you mean --samples-file\?/,
    );
    expect(() => parseOptions(['--zzz'], OPTIONS, 'exec')).toThrow(/Unknown option '--zzz'$/);
  });
});

describe('durationOption', () => {
  it('reads every unit the same way in every option', () => {
    expect(durationOption('10s', 't', 0, 'ms', 1, 1e9)).toBe(10_000);
    expect(durationOption('500ms', 't', 0, 's', 1, 1e9)).toBe(500);
    expect(durationOption('2m', 't', 0, 'ms', 1, 1e9)).toBe(120_000);
    expect(durationOption('1.5s', 't', 0, 'ms', 1, 1e9)).toBe(1500);
  });

  it("reads a bare number in the option's old unit", () => {
    expect(durationOption('3000', 'timeout', 0, 'ms', 1, 1e9)).toBe(3000);
    expect(durationOption('600', 'request-timeout', 0, 's', 1, 1e9)).toBe(600_000);
  });

  it('names the option, the range and the value it refused', () => {
    expect(() => durationOption('10 parsecs', 'timeout', 0, 'ms', 100, 3_600_000)).toThrow(
      /option --timeout: expected a duration from 100ms to 60m .* received '10 parsecs'/,
    );
  });
});

describe('closestName', () => {
  it('finds a typo, a swap and a unique prefix, and nothing for a stranger', () => {
    expect(closestName('sampels', ['samples', 'seed'])).toBe('samples');
    expect(closestName('rnu', ['run', 'runs', 'demo'])).toBe('run');
    expect(closestName('boun', ['boundaries', 'bootstrap'])).toBe('boundaries');
    expect(closestName('xylophone', ['samples', 'seed'])).toBeUndefined();
  });
});
