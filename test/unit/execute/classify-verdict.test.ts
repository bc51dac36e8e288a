import { describe, expect, it } from 'vitest';
import { classifyVerdict } from '../../../src/execute/classify-verdict.js';
import type { SandboxRun } from '../../../src/sandbox/sandbox.js';

const completed = (fields: Partial<Extract<SandboxRun, { status: 'completed' }>>): SandboxRun => ({
  status: 'completed',
  exitCode: 0,
  signal: null,
  timedOut: false,
  outputExceeded: false,
  durationMs: 10,
  cpuMs: 5,
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
    ['a wall-clock timeout', completed({ timedOut: true, signal: 9, exitCode: null }), 'timeout'],
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
});
