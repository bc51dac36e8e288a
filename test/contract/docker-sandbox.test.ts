import Docker from 'dockerode';
import { DEFAULT_LIMITS } from '../../src/sandbox/sandbox.js';
import { SpreadSandbox } from '../../src/sandbox/spread-sandbox.js';
import { expect, it } from 'vitest';
import { openTestSandbox } from '../helpers/docker.js';
import { sandboxContract } from './sandbox-contract.js';

sandboxContract('DockerSandbox', () => openTestSandbox(1));
sandboxContract('DockerSandbox, fresh interpreter per sample', () =>
  openTestSandbox(1, 500, 'fresh'),
);

// Several engines used as one (`--engine` given twice): here two pools on the local engine.
sandboxContract(
  'SpreadSandbox',
  async () =>
    new SpreadSandbox([
      { sandbox: await openTestSandbox(1), capacity: 1 },
      { sandbox: await openTestSandbox(1), capacity: 1 },
    ]),
);

it('applies the isolation the README promises (read back from the engine)', async () => {
  const sandbox = await openTestSandbox(1);
  try {
    const { applied } = await sandbox.describe();
    expect(applied).toMatchObject({
      user: '65534:65534',
      networkMode: 'none',
      networkDisabled: true,
      readonlyRootfs: true,
      capDrop: 'ALL',
      securityOpt: 'no-new-privileges',
    });
    expect(applied.memoryBytes).toBe(applied.memorySwapBytes);
    expect(Number(applied.pidsLimit)).toBeGreaterThan(0);
  } finally {
    await sandbox.close();
  }
});

it('leaves no container behind once closed, even after hostile samples', async () => {
  const sandbox = await openTestSandbox(2);
  const limits = { ...DEFAULT_LIMITS, timeoutMs: 1_000, cpuSeconds: 1 };
  await Promise.all([
    sandbox.run({ program: 'import os\nwhile True:\n    os.fork()\n', limits }),
    sandbox.run({
      program: 'import subprocess\nsubprocess.Popen(["sleep", "600"], start_new_session=True)\n',
      limits,
    }),
  ]);
  await sandbox.close();
  const docker = new Docker({ socketPath: '/var/run/docker.sock' });
  const mine = await docker.listContainers({
    all: true,
    filters: { label: [`boundary-bench.owner-pid=${process.pid}`] },
  });
  expect(mine).toEqual([]);
});
