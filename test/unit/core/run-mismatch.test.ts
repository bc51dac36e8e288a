import { describe, expect, it } from 'vitest';
import { describeConfigChanges, type RunConfig } from '../../../src/core/run-manifest.js';

const config: RunConfig = {
  model: 'simulated',
  tasksPath: 'tasks/core',
  samplesPerTask: 20,
  conditions: ['default'],
  seed: 1,
  boundaries: [516, 1034, 1552],
  tolerance: 0,
  ks: [1, 5, 10],
  simulated: { seed: 1, boundaries: [516] },
  limits: { timeoutMs: 10_000, memoryMb: 512 },
  referenceTimeouts: false,
};

describe('describeConfigChanges (RUN_MISMATCH)', () => {
  it('names the flag, the key, the old value and the new one', () => {
    expect(
      describeConfigChanges(config, {
        ...config,
        samplesPerTask: 30,
        limits: { ...config.limits, timeoutMs: 3000 },
      }),
    ).toEqual([
      '--samples (samplesPerTask): 20 → 30',
      '--timeout and the sandbox limits (limits.timeoutMs): 10000 → 3000',
    ]);
  });

  it('says nothing when nothing changed', () => {
    expect(describeConfigChanges(config, { ...config })).toEqual([]);
  });
});
