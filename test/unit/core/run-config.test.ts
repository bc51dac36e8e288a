import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandMatrix } from '../../../src/core/experiment.js';
import { createValidators } from '../../../src/core/schemas.js';
import { readRunConfigFile, resolveRunSettings } from '../../../src/cli/run-settings.js';

const validators = createValidators();
const dir = mkdtempSync(join(tmpdir(), 'bbench-config-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('run configuration', () => {
  it('expands the matrix into stable, readable condition ids; the model prefixes them only when there are several', () => {
    const one = expandMatrix({
      models: ['openai:a'],
      efforts: ['low', 'high'],
      budgets: [],
      systemPrompts: new Map([
        ['plain', null],
        ['x', 'X'],
      ]),
      maxOutputTokens: null,
      temperature: null,
    });
    expect(one.map((a) => a.id)).toEqual([
      'effort=low|sys=plain',
      'effort=low|sys=x',
      'effort=high|sys=plain',
      'effort=high|sys=x',
    ]);
    const two = expandMatrix({
      models: ['openai:a', 'anthropic:b'],
      efforts: [],
      budgets: [1024],
      systemPrompts: new Map(),
      maxOutputTokens: 100,
      temperature: null,
    });
    expect(two.map((a) => a.id)).toEqual(['openai:a|budget=1024', 'anthropic:b|budget=1024']);
    expect(
      expandMatrix({
        models: ['simulated'],
        efforts: [],
        budgets: [],
        systemPrompts: new Map(),
        maxOutputTokens: null,
        temperature: null,
      }).map((a) => a.id),
    ).toEqual(['default']);
  });

  it('reads the example config, resolving paths against the file and letting flags override it', () => {
    const settings = resolveRunSettings(
      { config: 'examples/run-config.json', samples: '2' },
      validators,
      { samples: 20, results: 'results' },
    );
    expect(settings.samplesPerTask).toBe(2);
    expect(settings.tasksPath).toMatch(/tasks\/core$/);
    expect(settings.arms.find((a) => a.id === 'effort=high|sys=careful')?.systemPrompt).toMatch(
      /edge cases/,
    );
    expect(settings.cacheDir).toBe(join('results', '.cache'));
    expect(
      resolveRunSettings({ config: 'examples/run-config.json', 'no-cache': true }, validators, {
        samples: 20,
        results: 'r',
      }).cacheDir,
    ).toBeNull();
  });

  it('says where a config is wrong: the JSON path, the unknown key, or the line of a syntax error', () => {
    expect(() =>
      readRunConfigFile(write('a.json', '{"models": ["x"], "effort": ["low"]}'), validators),
    ).toThrow(/a\.json: .*additional properties 'effort'/);
    expect(() => readRunConfigFile(write('b.json', '{"samples": 0}'), validators)).toThrow(
      /b\.json: field \/samples: must be >= 1/,
    );
    expect(() =>
      readRunConfigFile(write('c.json', '{\n  "models": ["x"],\n  "samples": 3,,\n}'), validators),
    ).toThrow(/c\.json:3: not valid JSON/);
    expect(() =>
      resolveRunSettings(
        { config: write('d.json', '{"systemPrompts": {"s": {"file": "missing.txt"}}}') },
        validators,
        { samples: 1, results: 'r' },
      ),
    ).toThrow(/d\.json: systemPrompts\.s: cannot read .*missing\.txt \(ENOENT\)/);
    expect(() =>
      resolveRunSettings({ model: 'openai:a,openai:a' }, validators, { samples: 1, results: 'r' }),
    ).toThrow(/repeats a condition/);
  });
});
