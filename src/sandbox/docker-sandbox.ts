import { hostname } from 'node:os';
import type Docker from 'dockerode';
import { BenchError } from '../core/errors.js';
import { withDeadline } from './deadline.js';
import {
  DOCKER_LABEL,
  DockerWorker,
  type ContainerLimits,
  SAMPLE_START_DESCRIPTION,
  type SampleStart,
} from './docker-worker.js';
import type { Sandbox, SandboxDescription, SandboxJob, SandboxRun } from './sandbox.js';

export interface DockerSandboxOptions {
  docker: Docker;
  engineVersion: string;
  engineAddress: string;
  image: { tag: string; id: string };
  concurrency: number;
  container: ContainerLimits;
  /** A container is replaced after this many samples, and at once when a sample left something behind. */
  recycleAfter: number;
  /** How the worker starts a sample (default: a fork of its pristine zygote). */
  sampleStart?: SampleStart;
  /** Extra labels, e.g. the run id. */
  labels: Record<string, string>;
}

export const DEFAULT_CONTAINER_LIMITS: ContainerLimits = {
  memoryBytes: 768 * 1024 * 1024,
  pids: 128,
  nanoCpus: 1_000_000_000,
  workTmpfsBytes: 64 * 1024 * 1024,
};

const OWNER_LABEL = `${DOCKER_LABEL}.owner-pid`;
const OWNER_HOST_LABEL = `${DOCKER_LABEL}.owner-host`;

/**
 * A pool of warm containers, each running one sample at a time as a fresh process. Containers are
 * started lazily up to `concurrency` and removed on close; ones left by a crashed run are removed at start.
 */
export class DockerSandbox implements Sandbox {
  private readonly idle: DockerWorker[] = [];
  private readonly waiting: ((worker: DockerWorker | null) => void)[] = [];
  private readonly all = new Set<DockerWorker>();
  /** Removals of recycled containers still under way; close() waits for them. */
  private readonly removing = new Set<Promise<void>>();
  private starting = 0;
  private closed = false;

  constructor(private readonly options: DockerSandboxOptions) {}

  async run(job: SandboxJob): Promise<SandboxRun> {
    let worker: DockerWorker | null;
    try {
      worker = await this.acquire();
    } catch (error) {
      return {
        status: 'infra_error',
        message: `could not start a sandbox container: ${(error as Error).message}`,
      };
    }
    if (!worker) return { status: 'infra_error', message: 'the sandbox was closed' };
    const { run, recycle } = await worker.run(job);
    if (recycle || !worker.alive || worker.samplesRun >= this.options.recycleAfter) {
      this.all.delete(worker);
      const removal = worker.destroy().finally(() => this.removing.delete(removal));
      this.removing.add(removal);
      this.handOver(null);
    } else {
      this.handOver(worker);
    }
    return run;
  }

  async describe(): Promise<SandboxDescription> {
    const worker = await this.acquire();
    if (!worker) throw new BenchError('SANDBOX_FAILED', 'the sandbox was closed');
    try {
      const info = await withDeadline(
        worker.container.inspect(),
        30_000,
        'inspecting a sandbox container',
      );
      const host = info.HostConfig;
      return {
        kind: 'docker',
        engine: `Docker ${this.options.engineVersion} at ${this.options.engineAddress}`,
        image: this.options.image.tag,
        imageId: this.options.image.id,
        applied: {
          user: info.Config.User,
          networkMode: host.NetworkMode ?? null,
          networkDisabled: (info.Config as { NetworkDisabled?: boolean }).NetworkDisabled ?? false,
          readonlyRootfs: host.ReadonlyRootfs ?? false,
          memoryBytes: host.Memory ?? null,
          memorySwapBytes: host.MemorySwap ?? null,
          pidsLimit: host.PidsLimit ?? null,
          nanoCpus: host.NanoCpus ?? null,
          capDrop: (host.CapDrop ?? []).join(','),
          securityOpt: (host.SecurityOpt ?? []).join(','),
          tmpfs: Object.entries(host.Tmpfs ?? {})
            .map(([k, v]) => `${k}:${v}`)
            .join(' '),
          sampleStart: SAMPLE_START_DESCRIPTION[this.options.sampleStart ?? 'zygote'],
        },
        concurrency: this.options.concurrency,
      };
    } finally {
      this.handOver(worker);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake(null);
    await Promise.all([...[...this.all].map((w) => w.destroy()), ...this.removing]);
    this.all.clear();
    this.idle.length = 0;
  }

  /** Removes containers that earlier boundary-bench processes on this host left behind (crash, kill -9), or all of them. */
  static async removeOrphans(
    docker: Docker,
    options: { includeLive?: boolean } = {},
  ): Promise<number> {
    const containers = await withDeadline(
      docker.listContainers({ all: true, filters: { label: [DOCKER_LABEL] } }),
      30_000,
      'listing sandbox containers',
    );
    let removed = 0;
    for (const c of containers) {
      const owner = Number(c.Labels[OWNER_LABEL]);
      // A pid means something only on the machine that started the container; others' containers are left to --all.
      const ownedHere = (c.Labels[OWNER_HOST_LABEL] ?? hostname()) === hostname();
      if (
        !options.includeLive &&
        (!ownedHere || (Number.isInteger(owner) && owner > 0 && processAlive(owner)))
      )
        continue;
      await docker
        .getContainer(c.Id)
        .remove({ force: true })
        .catch(() => undefined);
      removed += 1;
    }
    return removed;
  }

  private async acquire(): Promise<DockerWorker | null> {
    if (this.closed) return null;
    const ready = this.idle.pop();
    if (ready) return ready;
    if (this.all.size + this.starting < this.options.concurrency) {
      this.starting += 1;
      try {
        const labels = {
          ...this.options.labels,
          [OWNER_LABEL]: String(process.pid),
          [OWNER_HOST_LABEL]: hostname(),
        };
        const worker = await DockerWorker.start(
          this.options.docker,
          this.options.image.tag,
          this.options.container,
          labels,
          this.options.sampleStart ?? 'zygote',
        );
        if (this.closed) {
          await worker.destroy();
          return null;
        }
        this.all.add(worker);
        return worker;
      } finally {
        this.starting -= 1;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Gives a free worker (or a free slot, when null) to the next waiter. */
  private handOver(worker: DockerWorker | null): void {
    const next = this.waiting.shift();
    if (!next) {
      if (worker) this.idle.push(worker);
      return;
    }
    if (worker) next(worker);
    else this.acquire().then(next, () => next(null));
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
