import type { Sandbox, SandboxDescription, SandboxJob, SandboxRun } from './sandbox.js';

/**
 * Several sandboxes (one per Docker engine) used as one: each sample goes to the member with the
 * most free capacity, so a pool can span machines. Members keep their own limits and containers.
 */
export class SpreadSandbox implements Sandbox {
  private readonly inFlight: number[];

  constructor(private readonly members: readonly { sandbox: Sandbox; capacity: number }[]) {
    if (members.length === 0) throw new Error('SpreadSandbox needs at least one member');
    this.inFlight = members.map(() => 0);
  }

  async run(job: SandboxJob): Promise<SandboxRun> {
    let best = 0;
    this.members.forEach((m, i) => {
      const free = m.capacity - (this.inFlight[i] ?? 0);
      const bestFree = (this.members[best]?.capacity ?? 0) - (this.inFlight[best] ?? 0);
      if (free > bestFree) best = i;
    });
    this.inFlight[best] = (this.inFlight[best] ?? 0) + 1;
    try {
      return await (this.members[best] as { sandbox: Sandbox }).sandbox.run(job);
    } finally {
      this.inFlight[best] = (this.inFlight[best] ?? 1) - 1;
    }
  }

  async describe(): Promise<SandboxDescription> {
    const all = await Promise.all(this.members.map((m) => m.sandbox.describe()));
    const first = all[0] as SandboxDescription;
    if (all.length === 1) return first;
    return {
      ...first,
      kind: `${first.kind} × ${all.length} engines`,
      engine: all.map((d) => d.engine).join(' + '),
      concurrency: all.reduce((n, d) => n + d.concurrency, 0),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.members.map((m) => m.sandbox.close()));
  }
}
