import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, hostname } from 'node:os';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionRecord, TaskRecord } from '../../src/core/records.js';
import { createValidators } from '../../src/core/schemas.js';
import { loadCorpus } from '../../src/core/task-loader.js';
import { runCanaries } from '../../src/execute/canaries.js';
import { limitsWithTimeout } from '../../src/execute/reference-timeouts.js';
import { runExecute, type ExecuteSummary } from '../../src/execute/run-execute.js';
import { DOCKER_LABEL } from '../../src/sandbox/docker-worker.js';
import type { DockerSandbox } from '../../src/sandbox/docker-sandbox.js';
import { DEFAULT_LIMITS } from '../../src/sandbox/sandbox.js';
import { REPO } from '../helpers/cli.js';
import { openTestEngine, openTestSandbox } from '../helpers/docker.js';
import { sampleRecord } from '../helpers/records.js';

/** Spinning containers per core: other jobs' sandboxes on a shared engine, the load that starves ours. */
const SPINNERS_PER_CORE = 3;
const SPIN = 'while True: pass';

/**
 * A busy machine, made by the test itself: containers that spin on the same engine (several per
 * core, as other runs' containers do; each is its own CPU cgroup, so only these really compete with
 * the sandbox's), plus busy host processes. Every container is labelled with this process and
 * removed in afterAll, whatever happened. Asserts verdicts, never timings.
 */
describe('verdicts on a busy machine', () => {
  let sandbox: DockerSandbox;
  let tasks: TaskRecord[];
  const spinners: Docker.Container[] = [];
  const hostSpinners: ChildProcess[] = [];

  beforeAll(async () => {
    tasks = (await loadCorpus(join(REPO, 'tasks/core'), createValidators())).tasks;
    sandbox = await openTestSandbox(2);
    const { docker, image } = await openTestEngine();
    const count = SPINNERS_PER_CORE * cpus().length;
    for (let i = 0; i < count; i += 1) {
      const container = await docker.createContainer({
        Image: image.tag,
        Cmd: ['python3', '-c', SPIN],
        User: '65534:65534',
        NetworkDisabled: true,
        Labels: {
          [DOCKER_LABEL]: '1',
          'boundary-bench.test': 'busy-machine',
          // The sandbox's own orphan sweep removes them should this process die before afterAll.
          [`${DOCKER_LABEL}.owner-pid`]: String(process.pid),
          [`${DOCKER_LABEL}.owner-host`]: hostname(),
        },
        HostConfig: { NetworkMode: 'none', NanoCpus: 1_000_000_000, Memory: 64 * 1024 * 1024 },
      });
      spinners.push(container);
      await container.start();
    }
    for (let i = 0; i < cpus().length; i += 1)
      hostSpinners.push(spawn('python3', ['-c', SPIN], { stdio: 'ignore' }));
  }, 300_000);

  afterAll(async () => {
    for (const p of hostSpinners) p.kill('SIGKILL');
    await Promise.all(spinners.map((c) => c.remove({ force: true }).catch(() => undefined)));
    await sandbox?.close();
  }, 120_000);

  it('the canaries pass (no abort), and every reference solution passes or is counted as starved', async () => {
    const canaries = await runCanaries(sandbox, DEFAULT_LIMITS);
    expect(canaries.every((c) => c.expected.includes(c.verdict))).toBe(true);

    const byId = new Map(tasks.map((t) => [t.task_id, t]));
    const written: ExecutionRecord[] = [];
    const summary: ExecuteSummary = await runExecute({
      tasks: byId,
      samples: tasks.map((t) => sampleRecord(t.task_id, 0, { completion: t.canonical_solution })),
      done: new Set(),
      sandbox,
      limits: DEFAULT_LIMITS,
      limitsFor: (t) => limitsWithTimeout(DEFAULT_LIMITS, t.timeoutMs ?? DEFAULT_LIMITS.timeoutMs),
      concurrency: 4,
      maxAttempts: 3,
      write: (r) => written.push(r),
    });
    expect(written).toHaveLength(tasks.length);
    // A reference never fails, errors or times out; only starvation may stand in for a pass, and
    // then as an infrastructure verdict that names its reason.
    const wrong = written
      .filter((r) => r.verdict !== 'pass' && r.infraReason !== 'starved')
      .map((r) => `${r.taskId}: ${r.verdict} ${r.detail}`);
    expect(wrong).toEqual([]);
    const starved = written.filter((r) => r.infraReason === 'starved');
    expect(starved.every((r) => r.verdict === 'sandbox_error')).toBe(true);
    expect(starved.every((r) => /starved by machine load/.test(r.detail))).toBe(true);
    // Counted, never scored: the summary counts each, and each is a sandbox error, not a failure.
    expect(summary.starved).toBe(starved.length);
    expect(summary.sandboxErrors).toBe(starved.length);
    console.info(
      `busy machine: ${written.length} references, ${summary.retriedAlone} retried alone, ${starved.length} starved`,
    );
  }, 900_000);
});
