import { describe, expect, it } from 'vitest';
import { BenchError } from '../../../src/core/errors.js';
import { CANARIES, runCanaries } from '../../../src/execute/canaries.js';
import {
  DEFAULT_LIMITS,
  type Sandbox,
  type SandboxJob,
  type SandboxRun,
} from '../../../src/sandbox/sandbox.js';

type Completed = Extract<SandboxRun, { status: 'completed' }>;
const base: Completed = {
  status: 'completed',
  exitCode: 1,
  signal: null,
  timedOut: false,
  timeoutKind: null,
  outputExceeded: false,
  durationMs: 50,
  cpuMs: 40,
  waitMs: 5,
  proof: null,
  stdoutHead: '',
  stderrTail: '',
  oomKilled: false,
};
const starved: Completed = {
  ...base,
  timedOut: true,
  timeoutKind: 'wall',
  signal: 9,
  exitCode: null,
  durationMs: 4000,
  cpuMs: 60,
  waitMs: 3900,
};

/** The right run for each canary, as a working sandbox on an idle machine gives it. */
function rightRun(program: string): Completed {
  const name = CANARIES.find((c) => c.program === program)?.name;
  if (name === 'known pass')
    return { ...base, exitCode: 0, proof: { outcome: 'pass', kind: 'pass', message: '' } };
  if (name === 'known fail')
    return { ...base, proof: { outcome: 'fail', kind: 'AssertionError', message: '' } };
  if (name === 'infinite loop')
    return { ...base, timedOut: true, timeoutKind: 'cpu', signal: 9, exitCode: null, cpuMs: 1000 };
  return { ...base, exitCode: 0 };
}

/** A sandbox that starves "known pass" while other canaries run, and `aloneToo` times when alone. */
function loadedSandbox(aloneToo: number): Sandbox & { jobs: SandboxJob[] } {
  let running = 0;
  let starvedAlone = 0;
  return {
    jobs: [],
    async run(job) {
      this.jobs.push(job);
      running += 1;
      await new Promise((r) => setTimeout(r, 5));
      const crowded = running > 1;
      running -= 1;
      if (job.program !== CANARIES[0].program) return rightRun(job.program);
      if (crowded) return starved;
      return starvedAlone++ < aloneToo ? starved : rightRun(job.program);
    },
    async describe() {
      throw new Error('unused');
    },
    async close() {},
  };
}

describe('runCanaries on a busy machine', () => {
  it('reruns a canary starved of CPU alone, with a longer wall-clock limit, before it counts as wrong', async () => {
    const sandbox = loadedSandbox(0);
    const results = await runCanaries(sandbox, DEFAULT_LIMITS);
    expect(results.find((r) => r.name === 'known pass')).toMatchObject({
      verdict: 'pass',
      retriedAlone: true,
    });
    const passJobs = sandbox.jobs.filter((j) => j.program === CANARIES[0].program);
    expect(passJobs).toHaveLength(2);
    expect(passJobs[1]?.limits.wallMs ?? 0).toBeGreaterThan(passJobs[0]?.limits.wallMs ?? 4000);
    expect(passJobs[1]?.limits.timeoutMs).toBe(passJobs[0]?.limits.timeoutMs);
  });

  it('names load as the likely cause when a canary is still starved alone', async () => {
    const error = await runCanaries(loadedSandbox(1), DEFAULT_LIMITS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BenchError);
    const { code, message, remedy } = error as BenchError;
    expect(code).toBe('CANARY_FAILED');
    expect(message).toMatch(/too busy/);
    expect(message).toMatch(
      /known pass: .*also when run again alone.*60 ms CPU in 4000 ms, 3900 ms waiting/,
    );
    expect(remedy).toMatch(/load/);
    expect(remedy).not.toMatch(/rebuild/);
  });

  it('still blames the sandbox for a wrong verdict with CPU to spare', async () => {
    const broken: Sandbox = {
      async run(job) {
        // Claims a pass for the canary that must fail: the sandbox itself is wrong.
        return job.program === CANARIES[1].program
          ? rightRun(CANARIES[0].program)
          : rightRun(job.program);
      },
      async describe() {
        throw new Error('unused');
      },
      async close() {},
    };
    const error = (await runCanaries(broken, DEFAULT_LIMITS).catch(
      (e: unknown) => e,
    )) as BenchError;
    expect(error.code).toBe('CANARY_FAILED');
    expect(error.remedy).toMatch(/rebuild/);
  });
});
