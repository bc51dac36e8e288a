import { describe, expect, it } from 'vitest';
import { classifyVerdict } from '../../../src/execute/classify-verdict.js';
import type { SandboxRun } from '../../../src/sandbox/sandbox.js';

const completed = (fields: Partial<Extract<SandboxRun, { status: 'completed' }>>): SandboxRun => ({
  status: 'completed',
  exitCode: 0,
  signal: null,
  timedOut: false,
  timeoutKind: null,
  outputExceeded: false,
  durationMs: 10,
  cpuMs: 5,
  waitMs: 1,
  proof: null,
  stdoutHead: '',
  stderrTail: '',
  oomKilled: false,
  ...fields,
});

describe('classifyVerdict', () => {
  const cases: [string, SandboxRun, string][] = [
    [
      'proof of a pass',
      completed({ proof: { outcome: 'pass', kind: 'pass', message: '' } }),
      'pass',
    ],
    ['exit 0 without proof (early sys.exit(0), os._exit)', completed({ exitCode: 0 }), 'error'],
    [
      'an assertion',
      completed({ exitCode: 1, proof: { outcome: 'fail', kind: 'AssertionError', message: '' } }),
      'fail',
    ],
    [
      'any other exception',
      completed({ exitCode: 1, proof: { outcome: 'error', kind: 'TypeError', message: 'bad' } }),
      'error',
    ],
    [
      'the CPU-time limit',
      completed({ timedOut: true, timeoutKind: 'cpu', signal: 9, exitCode: null, cpuMs: 1000 }),
      'timeout',
    ],
    [
      'the wall-clock backstop on a program that slept',
      completed({
        ...{ timedOut: true, timeoutKind: 'wall', signal: 9, exitCode: null },
        ...{ durationMs: 4000, cpuMs: 30, waitMs: 20 },
      }),
      'timeout',
    ],
    [
      'the wall-clock backstop on a program that waited for a CPU (starved)',
      completed({
        ...{ timedOut: true, timeoutKind: 'wall', signal: 9, exitCode: null },
        ...{ durationMs: 4000, cpuMs: 90, waitMs: 3800 },
      }),
      'sandbox_error',
    ],
    [
      'the wall-clock backstop where the kernel reports no waits',
      completed({
        ...{ timedOut: true, timeoutKind: 'wall', signal: 9, exitCode: null },
        ...{ durationMs: 4000, cpuMs: 90, waitMs: null },
      }),
      'timeout',
    ],
    ['the CPU limit', completed({ signal: 24, exitCode: null }), 'timeout'],
    [
      'MemoryError',
      completed({ exitCode: 1, proof: { outcome: 'oom', kind: 'MemoryError', message: '' } }),
      'oom',
    ],
    [
      'SIGKILL from the OOM killer',
      completed({ signal: 9, exitCode: null, oomKilled: true }),
      'oom',
    ],
    [
      'SIGKILL from the program itself',
      completed({ signal: 9, exitCode: null, oomKilled: false }),
      'error',
    ],
    [
      'SIGKILL where OOM kills are not reported',
      completed({ signal: 9, exitCode: null, oomKilled: null }),
      'error',
    ],
    [
      'too much output, even with a pass',
      completed({ outputExceeded: true, proof: { outcome: 'pass', kind: 'pass', message: '' } }),
      'error',
    ],
    [
      'our own infrastructure failing',
      { status: 'infra_error', message: 'container died' },
      'sandbox_error',
    ],
  ];
  it.each(cases)('%s', (_name, run, verdict) =>
    expect(classifyVerdict(run, 1024).verdict).toBe(verdict),
  );

  it('gives a starved sample an infrastructure verdict that names the load and the CPU figures', () => {
    const starved = classifyVerdict(
      completed({
        ...{ timedOut: true, timeoutKind: 'wall', signal: 9, exitCode: null },
        ...{ durationMs: 4000, cpuMs: 70, waitMs: 3900 },
      }),
      1024,
    );
    expect(starved).toMatchObject({ verdict: 'sandbox_error', infraReason: 'starved' });
    expect(starved.detail).toMatch(
      /starved by machine load.*70 ms CPU in 4000 ms, 3900 ms waiting/,
    );
    expect(classifyVerdict({ status: 'infra_error', message: 'x' }, 1).infraReason).toBe('engine');
    expect(classifyVerdict(completed({}), 1).infraReason).toBeNull();
  });

  // Both are timeouts; the detail is what tells a reader whether the program spun or blocked.
  it('says which limit a timeout hit: the CPU-time limit or the wall-clock backstop', () => {
    const wall = classifyVerdict(
      completed({
        ...{ timedOut: true, timeoutKind: 'wall', signal: 9, exitCode: null },
        ...{ durationMs: 4000, cpuMs: 30, waitMs: 20 },
      }),
      1024,
    );
    expect(wall.verdict).toBe('timeout');
    expect(wall.detail).toMatch(/^no result within the 4000 ms wall-clock backstop; it slept/);
    const cpu = classifyVerdict(
      completed({ timedOut: true, timeoutKind: 'cpu', signal: 9, exitCode: null, cpuMs: 1000 }),
      1024,
    );
    expect(cpu.verdict).toBe('timeout');
    expect(cpu.detail).toMatch(/^CPU time limit reached/);
  });
});
