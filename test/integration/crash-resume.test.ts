import Docker from 'dockerode';
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { REPO, bbench } from '../helpers/cli.js';

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);

/**
 * Waits until a JSONL file the CLI is writing has at least n lines. The deadline is generous (the
 * machine may be shared), and missing it fails loudly rather than letting the test go on with fewer.
 */
async function waitForLines(path: string, n: number, deadlineMs = 480_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    if (existsSync(path) && lines(path).length >= n) return;
  }
  throw new Error(`${path} did not reach ${n} lines within ${deadlineMs / 1000} s`);
}

describe('a run killed with SIGKILL mid-execution', () => {
  it('loses nothing and duplicates nothing when rerun', async () => {
    const results = mkdtempSync(join(tmpdir(), 'bbench-crash-'));
    const args = ['demo', '-n', '10', '--results', results, '--run-id', 'crash', '-j', '1', '-q'];
    const child = execa('node', [join(REPO, 'bin/bbench.js'), ...args], {
      cwd: REPO,
      reject: false,
      env: { NO_COLOR: '1' },
    });
    const executions = join(results, 'crash', 'executions.jsonl');
    // Kill it once some verdicts, but not all, are written.
    await waitForLines(executions, 20);
    child.kill('SIGKILL');
    await child;
    const partial = lines(executions).length;
    const total = lines(join(results, 'crash', 'samples.jsonl')).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(total);
    appendFileSync(executions, '{"key":"core/cut-off'); // a verdict cut off mid-write

    const rerun = await bbench(args.filter((a) => a !== '-q'));
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(
      /Dropped a partial last line \(\d+ bytes\) from .*executions\.jsonl/,
    );
    const keys = lines(executions).map((l) => (JSON.parse(l) as { key: string }).key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(total);
  }, 900_000);

  it('on Ctrl-C exits 130, keeps finished verdicts and leaves no container running', async () => {
    const results = mkdtempSync(join(tmpdir(), 'bbench-sigint-'));
    const child = execa(
      'node',
      [
        join(REPO, 'bin/bbench.js'),
        'demo',
        '-n',
        '10',
        '--results',
        results,
        '--run-id',
        'int',
        '-j',
        '1',
        '-q',
      ],
      { cwd: REPO, reject: false },
    );
    const executions = join(results, 'int', 'executions.jsonl');
    await waitForLines(executions, 10);
    const pid = child.pid;
    child.kill('SIGINT');
    const ended = await child;
    expect(ended.exitCode).toBe(130);
    expect(ended.stderr).toContain('INTERRUPTED');
    const verdicts = lines(executions).map((l) => (JSON.parse(l) as { verdict: string }).verdict);
    expect(verdicts.length).toBeGreaterThanOrEqual(10);
    expect(verdicts).not.toContain('sandbox_error');
    const docker = new Docker({ socketPath: '/var/run/docker.sock' });
    expect(
      await docker.listContainers({
        all: true,
        filters: { label: [`boundary-bench.owner-pid=${pid}`] },
      }),
    ).toEqual([]);
  }, 600_000);
});
