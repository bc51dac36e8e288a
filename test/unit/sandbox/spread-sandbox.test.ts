import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  type Sandbox,
  type SandboxDescription,
  type SandboxJob,
  type SandboxRun,
} from '../../../src/sandbox/sandbox.js';
import { SpreadSandbox } from '../../../src/sandbox/spread-sandbox.js';

/**
 * A member that holds each job until the test releases it, so the dispatch can be observed without
 * timing. The real members (DockerSandbox) run SpreadSandbox through the sandbox contract
 * (test/contract/docker-sandbox.test.ts); this file checks only the choice of member.
 */
class HeldMember implements Sandbox {
  readonly received: string[] = [];
  private readonly pending: (() => void)[] = [];
  closed = false;
  constructor(
    private readonly name: string,
    private readonly concurrency: number,
  ) {}
  run(job: SandboxJob): Promise<SandboxRun> {
    this.received.push(job.program);
    return new Promise((resolve) =>
      this.pending.push(() =>
        resolve({ status: 'infra_error', message: `${this.name} ran ${job.program}` }),
      ),
    );
  }
  releaseAll() {
    for (const release of this.pending.splice(0)) release();
  }
  async describe(): Promise<SandboxDescription> {
    return {
      kind: 'held',
      engine: this.name,
      image: 'img',
      imageId: 'sha256:0',
      applied: {},
      concurrency: this.concurrency,
    };
  }
  async close() {
    this.closed = true;
  }
}

const job = (program: string) => ({ program, limits: DEFAULT_LIMITS });

describe('SpreadSandbox', () => {
  it('sends each job to the member with the most free capacity', async () => {
    const big = new HeldMember('big', 3);
    const small = new HeldMember('small', 1);
    const spread = new SpreadSandbox([
      { sandbox: small, capacity: 1 },
      { sandbox: big, capacity: 3 },
    ]);
    const runs = ['j1', 'j2', 'j3', 'j4'].map((p) => spread.run(job(p)));
    // Free capacity: big 3, small 1 → big; big 2 → big; big 1 = small 1 → the first listed, small; then big.
    expect(big.received).toEqual(['j1', 'j2', 'j4']);
    expect(small.received).toEqual(['j3']);
    big.releaseAll();
    small.releaseAll();
    const results = await Promise.all(runs);
    expect(results.map((r) => (r.status === 'infra_error' ? r.message : ''))).toEqual([
      'big ran j1',
      'big ran j2',
      'small ran j3',
      'big ran j4',
    ]);
    // Finished jobs free their slot again.
    void spread.run(job('j5'));
    expect(big.received.at(-1)).toBe('j5');
  });

  it('describes all members together and closes every one', async () => {
    const a = new HeldMember('tcp://a:2375', 2);
    const b = new HeldMember('tcp://b:2375', 4);
    const spread = new SpreadSandbox([
      { sandbox: a, capacity: 2 },
      { sandbox: b, capacity: 4 },
    ]);
    expect(await spread.describe()).toMatchObject({
      kind: 'held × 2 engines',
      engine: 'tcp://a:2375 + tcp://b:2375',
      concurrency: 6,
    });
    await spread.close();
    expect([a.closed, b.closed]).toEqual([true, true]);
  });

  it('refuses to be made without a member', () => {
    expect(() => new SpreadSandbox([])).toThrow('at least one member');
  });
});
