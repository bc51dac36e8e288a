import { describe, expect, it } from 'vitest';
import {
  PROFILE_PHASES,
  formatProfile,
  profileExecution,
  type SampleProfile,
} from '../../../src/execute/execute-profile.js';
import { runExecute } from '../../../src/execute/run-execute.js';
import { DEFAULT_LIMITS, type Sandbox, type SandboxRun } from '../../../src/sandbox/sandbox.js';
import { sampleRecord } from '../../helpers/records.js';

const timed: SampleProfile = {
  assembleMs: 1,
  sandboxMs: 50,
  recordMs: 2,
  timing: {
    roundTripMs: 45,
    workerMs: 40,
    prepareMs: 3,
    runMs: 30,
    sweepMs: 1,
    cleanMs: 2,
    cpuMs: 20,
    waitMs: 6,
  },
};

describe('profileExecution', () => {
  it('splits a sample into phases that add up to its share of the wall time', () => {
    // Two samples of 53 ms busy each, one slot, 120 ms of wall: 14 ms of the slot were idle.
    const profile = profileExecution([timed, timed], 120, 1);
    expect(profile.msPerSample).toEqual({
      assemble: 1,
      acquire: 5, // the sandbox call less the worker's round trip
      stream: 5, // the round trip less the worker's time
      prepare: 3,
      cpu: 20,
      queued: 6,
      blocked: 4, // the run less its CPU and its run-queue wait
      reap: 4, // the worker's time less the phases it reports
      sweep: 1,
      clean: 2,
      record: 2,
      idle: 7,
    });
    const sum = Object.values(profile.msPerSample).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(60);
  });

  it('puts the whole sandbox call under acquire when the sandbox gave no timing', () => {
    const untimed: SampleProfile = { assembleMs: 0, sandboxMs: 30, recordMs: 0 };
    const profile = profileExecution([untimed], 30, 1);
    expect(profile.untimed).toBe(1);
    expect(profile.msPerSample.acquire).toBe(30);
    expect(formatProfile(profile)[0]).toContain('1 without sandbox timing');
  });

  it('prints one line per phase, in order', () => {
    const lines = formatProfile(profileExecution([timed], 60, 1));
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/)[0])).toEqual(
      Object.keys(PROFILE_PHASES),
    );
  });
});

describe('runExecute onSampleProfile', () => {
  it('tells each sample its Node-side times and the timing the sandbox reported', async () => {
    const timing = { roundTripMs: 9, workerMs: 8, prepareMs: 1, runMs: 5, sweepMs: 0, cleanMs: 1 };
    const run: SandboxRun = {
      status: 'completed',
      exitCode: 0,
      signal: null,
      timedOut: false,
      timeoutKind: null,
      outputExceeded: false,
      durationMs: 5,
      cpuMs: 4,
      waitMs: null,
      proof: { outcome: 'pass', kind: 'pass', message: '' },
      stdoutHead: '',
      stderrTail: '',
      oomKilled: false,
      timing,
    };
    const sandbox: Sandbox = {
      run: async () => run,
      describe: async () => {
        throw new Error('unused');
      },
      close: async () => undefined,
    };
    const profiles: SampleProfile[] = [];
    await runExecute({
      tasks: new Map([
        [
          't',
          {
            task_id: 't',
            prompt: 'def f():\n',
            entry_point: 'f',
            canonical_solution: '',
            test: 'def check(c):\n    pass\n',
            tier: 'simple',
            tags: [],
            source: 'x',
          },
        ],
      ]),
      samples: [sampleRecord('t', 0), sampleRecord('t', 1)],
      done: new Set(),
      sandbox,
      limits: DEFAULT_LIMITS,
      concurrency: 1,
      maxAttempts: 3,
      write: () => undefined,
      onSampleProfile: (p) => profiles.push(p),
    });
    expect(profiles).toHaveLength(2);
    // A null run-queue wait (the kernel did not say) counts as none.
    expect(profiles[0]?.timing).toEqual({ ...timing, cpuMs: 4, waitMs: 0 });
    for (const p of profiles)
      for (const ms of [p.assembleMs, p.sandboxMs, p.recordMs])
        expect(ms).toBeGreaterThanOrEqual(0);
  });
});
