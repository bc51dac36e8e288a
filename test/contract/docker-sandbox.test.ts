import { expect, it } from 'vitest';
import { openTestSandbox } from '../helpers/docker.js';
import { sandboxContract } from './sandbox-contract.js';

sandboxContract('DockerSandbox', () => openTestSandbox(1));

it('applies the isolation the README promises (read back from the engine)', async () => {
  const sandbox = await openTestSandbox(1);
  try {
    const { applied } = await sandbox.describe();
    expect(applied).toMatchObject({
      user: '65534:65534', networkMode: 'none', networkDisabled: true, readonlyRootfs: true, capDrop: 'ALL', securityOpt: 'no-new-privileges',
    });
    expect(applied.memoryBytes).toBe(applied.memorySwapBytes);
    expect(Number(applied.pidsLimit)).toBeGreaterThan(0);
  } finally {
    await sandbox.close();
  }
});
