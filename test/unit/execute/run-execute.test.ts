import { describe, expect, it } from 'vitest';
import type { ExecutionRecord, TaskRecord } from '../../../src/core/records.js';
import { runExecute } from '../../../src/execute/run-execute.js';
import { DEFAULT_LIMITS, type Sandbox, type SandboxRun } from '../../../src/sandbox/sandbox.js';
import { sampleRecord } from '../../helpers/records.js';

const task: TaskRecord = { task_id: 't', prompt: 'def f():\n', entry_point: 'f', canonical_solution: '', test: 'def check(c):\n    pass\n', tier: 'simple', tags: [], source: 'x' };
const passed: SandboxRun = { status: 'completed', exitCode: 0, signal: null, timedOut: false, outputExceeded: false, durationMs: 1, proof: { outcome: 'pass', kind: 'pass', message: '' }, stdoutHead: '', stderrTail: '', oomKilled: false };

/** A scripted sandbox: answers each run with the next scripted result. The engine logic is under test, not isolation. */
function scripted(results: (() => SandboxRun)[]): Sandbox & { runs: number } {
  return {
    runs: 0,
    async run() {
      const next = results[this.runs++] ?? (() => passed);
      return next();
    },
    async describe() { throw new Error('unused'); },
    async close() {},
  };
}

async function execute(sandbox: Sandbox, n: number, signal?: AbortSignal, done = new Set<string>()) {
  const written: ExecutionRecord[] = [];
  const summary = await runExecute({
    tasks: new Map([['t', task]]), samples: Array.from({ length: n }, (_, i) => sampleRecord('t', i)), done, sandbox, limits: DEFAULT_LIMITS,
    concurrency: 1, maxAttempts: 3, write: (r) => written.push(r), signal,
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
    expect(written[0]).toMatchObject({ verdict: 'sandbox_error', attempts: 3, detail: 'container died' });
    expect(summary.sandboxErrors).toBe(1);
  });

  it('writes nothing for a sample cut off by an interruption, and starts no new ones', async () => {
    const controller = new AbortController();
    const sandbox = scripted([() => passed, () => { controller.abort(); return { status: 'infra_error', message: 'the sandbox was closed' }; }]);
    const { written } = await execute(sandbox, 5, controller.signal);
    expect(written.map((r) => r.verdict)).toEqual(['pass']);
    expect(sandbox.runs).toBe(2);
  });

  it('skips samples already executed', async () => {
    const sandbox = scripted([]);
    const { summary } = await execute(sandbox, 3, undefined, new Set(['t#default#0', 't#default#2']));
    expect(summary).toMatchObject({ executed: 1, skipped: 2 });
    expect(sandbox.runs).toBe(1);
  });
});
