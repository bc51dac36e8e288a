import { describe, expect, it } from 'vitest';
import {
  TRACEBACK_TAIL_CHARS,
  type ExecutionRecord,
  type TaskRecord,
} from '../../../src/core/records.js';
import { runExecute, tracebackTail } from '../../../src/execute/run-execute.js';
import {
  DEFAULT_LIMITS,
  type CompletionProof,
  type Sandbox,
  type SandboxRun,
} from '../../../src/sandbox/sandbox.js';
import { sampleRecord } from '../../helpers/records.js';

const task: TaskRecord = {
  task_id: 't',
  prompt: 'def f():\n',
  entry_point: 'f',
  canonical_solution: '',
  test: 'def check(c):\n    pass\n',
  tier: 'simple',
  tags: [],
  source: 'x',
};
const passed: Extract<SandboxRun, { status: 'completed' }> = {
  status: 'completed',
  exitCode: 0,
  signal: null,
  timedOut: false,
  timeoutKind: null,
  outputExceeded: false,
  durationMs: 1,
  cpuMs: 1,
  waitMs: null,
  proof: { outcome: 'pass', kind: 'pass', message: '' },
  stdoutHead: '',
  stderrTail: '',
  oomKilled: false,
};

/** A scripted sandbox: answers each run with the next scripted result. The engine logic is under test, not isolation. */
function scripted(results: (() => SandboxRun)[]): Sandbox & { runs: number } {
  return {
    runs: 0,
    async run() {
      const next = results[this.runs++] ?? (() => passed);
      return next();
    },
    async describe() {
      throw new Error('unused');
    },
    async close() {},
  };
}

async function execute(
  sandbox: Sandbox,
  n: number,
  signal?: AbortSignal,
  done = new Set<string>(),
  concurrency = 1,
) {
  const written: ExecutionRecord[] = [];
  const summary = await runExecute({
    tasks: new Map([['t', task]]),
    samples: Array.from({ length: n }, (_, i) => sampleRecord('t', i)),
    done,
    sandbox,
    limits: DEFAULT_LIMITS,
    concurrency,
    maxAttempts: 3,
    write: (r) => written.push(r),
    signal,
  });
  return { written, summary };
}

describe('runExecute', () => {
  it('retries infrastructure failures and records the attempts', async () => {
    const infra = () => ({ status: 'infra_error', message: 'container died' }) as SandboxRun;
    const { written } = await execute(scripted([infra, infra, () => passed]), 1);
    expect(written[0]).toMatchObject({ verdict: 'pass', attempts: 3 });
  });

  it('records sandbox_error, not a model failure, when infrastructure keeps failing', async () => {
    const infra = () => ({ status: 'infra_error', message: 'container died' }) as SandboxRun;
    const { written, summary } = await execute(scripted([infra, infra, infra]), 1);
    expect(written[0]).toMatchObject({
      verdict: 'sandbox_error',
      attempts: 3,
      detail: 'container died',
    });
    expect(summary.sandboxErrors).toBe(1);
  });

  it('writes nothing for a sample cut off by an interruption, and starts no new ones', async () => {
    const controller = new AbortController();
    const sandbox = scripted([
      () => passed,
      () => {
        controller.abort();
        return { status: 'infra_error', message: 'the sandbox was closed' };
      },
    ]);
    const { written } = await execute(sandbox, 5, controller.signal);
    expect(written.map((r) => r.verdict)).toEqual(['pass']);
    expect(sandbox.runs).toBe(2);
  });

  it('skips samples already executed', async () => {
    const sandbox = scripted([]);
    const { summary } = await execute(
      sandbox,
      3,
      undefined,
      new Set(['t#default#0', 't#default#2']),
    );
    expect(summary).toMatchObject({ executed: 1, skipped: 2 });
    expect(sandbox.runs).toBe(1);
  });

  describe('timeouts under load', () => {
    const timeout = (cpuMs: number): SandboxRun => ({
      ...passed,
      timedOut: true,
      signal: 9,
      exitCode: null,
      proof: null,
      durationMs: DEFAULT_LIMITS.timeoutMs,
      cpuMs,
    });

    it('runs a starved timeout again alone, records both verdicts, and counts the change', async () => {
      let running = 0;
      let maxDuringRetry = 0;
      let calls = 0;
      const sandbox: Sandbox = {
        async run() {
          calls += 1;
          const call = calls;
          running += 1;
          if (call > 4) maxDuringRetry = Math.max(maxDuringRetry, running);
          await new Promise((r) => setTimeout(r, 5));
          running -= 1;
          // Sample 0 is starved on its first run (little CPU), then passes alone.
          return call === 1 ? timeout(100) : passed;
        },
        async describe() {
          throw new Error('unused');
        },
        async close() {},
      };
      const { written, summary } = await execute(sandbox, 4, undefined, new Set(), 2);
      const retried = written.find((r) => r.sampleIndex === 0);
      expect(retried).toMatchObject({
        verdict: 'pass',
        retriedAlone: true,
        firstVerdict: 'timeout',
      });
      expect(summary).toMatchObject({ retriedAlone: 1, changedOnRetry: 1, executed: 4 });
      expect(maxDuringRetry).toBe(1);
      // Held back until the end, so it is written last.
      expect(written.at(-1)?.sampleIndex).toBe(0);
    });

    it('lets a timeout that spun the CPU stand at once', async () => {
      const { written, summary } = await execute(
        scripted([() => timeout(DEFAULT_LIMITS.timeoutMs * 0.95)]),
        1,
      );
      expect(written[0]).toMatchObject({
        verdict: 'timeout',
        retriedAlone: false,
        firstVerdict: null,
      });
      expect(summary.retriedAlone).toBe(0);
    });

    const starved = (): Extract<SandboxRun, { status: 'completed' }> => ({
      ...passed,
      timedOut: true,
      timeoutKind: 'wall',
      signal: 9,
      exitCode: null,
      proof: null,
      durationMs: 4 * DEFAULT_LIMITS.timeoutMs,
      cpuMs: 80,
      waitMs: 3.9 * DEFAULT_LIMITS.timeoutMs,
    });

    it('runs a starved sample again alone and scores the lone run', async () => {
      const { written, summary } = await execute(scripted([starved, () => passed]), 1);
      expect(written).toHaveLength(1);
      expect(written[0]).toMatchObject({
        verdict: 'pass',
        retriedAlone: true,
        firstVerdict: 'sandbox_error',
        infraReason: null,
      });
      expect(summary).toMatchObject({ retriedAlone: 1, changedOnRetry: 1, starved: 0 });
    });

    it('gives a sample still starved when alone an infrastructure verdict, counted and never scored', async () => {
      const { written, summary } = await execute(scripted([starved, starved]), 1);
      expect(written[0]).toMatchObject({
        verdict: 'sandbox_error',
        infraReason: 'starved',
        retriedAlone: true,
      });
      expect(written[0]?.detail).toMatch(/starved by machine load/);
      expect(summary).toMatchObject({ starved: 1, sandboxErrors: 1 });
    });

    it('does not retry a program that slept into the wall-clock backstop', async () => {
      const slept = (): SandboxRun => ({ ...starved(), cpuMs: 20, waitMs: 10 });
      const { written, summary } = await execute(scripted([slept]), 1);
      expect(written[0]).toMatchObject({ verdict: 'timeout', retriedAlone: false });
      expect(summary.retriedAlone).toBe(0);
    });

    it('keeps the timeout when the lone run times out again', async () => {
      const { written, summary } = await execute(
        scripted([() => timeout(10), () => timeout(10)]),
        1,
      );
      expect(written[0]).toMatchObject({
        verdict: 'timeout',
        retriedAlone: true,
        firstVerdict: 'timeout',
      });
      expect(summary.changedOnRetry).toBe(0);
    });
  });
});

describe('tracebackTail', () => {
  const completed = (proof: CompletionProof | null, stderrTail = '') =>
    ({
      status: 'completed',
      exitCode: 1,
      signal: null,
      timedOut: false,
      timeoutKind: null,
      outputExceeded: false,
      durationMs: 5,
      cpuMs: 5,
      waitMs: null,
      proof,
      stdoutHead: '',
      stderrTail,
      oomKilled: null,
    }) as const;

  it("keeps the program's traceback for fail and error, and nothing for other verdicts", () => {
    const proof = {
      outcome: 'fail',
      kind: 'AssertionError',
      message: '',
      traceback:
        'Traceback (most recent call last):\n  File "program.py", line 3\nAssertionError\n',
    } as const;
    expect(tracebackTail('fail', completed(proof))).toBe(proof.traceback.trimEnd());
    expect(tracebackTail('pass', completed(proof))).toBeNull();
    expect(tracebackTail('timeout', completed(proof))).toBeNull();
    expect(tracebackTail('error', null)).toBeNull();
  });

  it('falls back to stderr when the program died before reporting, and keeps only the tail', () => {
    const long = `${'x'.repeat(5000)}\nKilled: the end`;
    const tail = tracebackTail('error', completed(null, long));
    expect(tail).toHaveLength(TRACEBACK_TAIL_CHARS);
    expect(tail?.endsWith('Killed: the end')).toBe(true);
  });
});
