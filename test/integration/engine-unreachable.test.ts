import { describe, expect, it } from 'vitest';
import { bbench } from '../helpers/cli.js';

describe('with no Docker engine reachable', () => {
  it('exits 3 naming the problem and the remedy, and never reports a verdict', async () => {
    const run = await bbench(
      ['demo', '-n', '2', '--results', '/tmp/bbench-unreachable', '--run-id', `u${process.pid}`],
      {
        env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
      },
    );
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain(
      'error ENGINE_UNREACHABLE: no Docker engine answered at unix:///nonexistent/docker.sock',
    );
    expect(run.stderr).toContain(
      'what to do: check that the engine at unix:///nonexistent/docker.sock is running',
    );
    expect(run.stdout).not.toContain('pass@1');
  });

  it('does not try to set one up when told not to', async () => {
    const run = await bbench(
      ['setup', '--no-engine-setup', '--docker-host', 'tcp://127.0.0.1:1'],
      {},
    );
    expect(run.exitCode).toBe(3);
    expect(run.stderr).not.toContain('starting dockerd');
  });
});
