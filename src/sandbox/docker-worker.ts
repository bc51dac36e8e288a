import { readFileSync } from 'node:fs';
import { PassThrough, type Duplex } from 'node:stream';
import type Docker from 'dockerode';
import { withDeadline, withRetry } from './deadline.js';
import {
  starvationCapMs,
  wallBackstopMs,
  type SandboxJob,
  type SandboxRun,
  type CompletionProof,
} from './sandbox.js';

/**
 * The worker script, in four files for size: what a sample can leave behind, CPU accounting, the
 * zygote fork server, the loop. Read through the package root, so the path holds from src/sandbox
 * and from the compiled dist/sandbox.
 */
const RUNNER_SOURCE = ['scratch.py', 'cpu_watch.py', 'zygote.py', 'runner.py']
  .map((file) => readFileSync(new URL(`../../src/sandbox/python/${file}`, import.meta.url), 'utf8'))
  .join('\n');
const SANDBOX_USER = '65534:65534';
const ENGINE_CALL_MS = 30_000;
/** Time the worker gets beyond a sample's wall-clock cap before we treat it as hung. */
const WORKER_GRACE_MS = 10_000;

/** Container-wide limits, on top of the per-sample rlimits the worker applies. */
export interface ContainerLimits {
  memoryBytes: number;
  pids: number;
  nanoCpus: number;
  workTmpfsBytes: number;
}

export const DOCKER_LABEL = 'boundary-bench';

/** How the worker starts a sample: a fork of its pristine zygote (default), or a fresh `python3 -I`. */
export type SampleStart = 'zygote' | 'fresh';
export const SAMPLE_START_DESCRIPTION = {
  zygote: 'fork of a pristine zygote (python3 -I + harness)',
  fresh: 'fresh python3 -I per sample',
} as const satisfies Record<SampleStart, string>;

interface WorkerReply {
  id: string;
  workerError?: string;
  exitCode: number | null;
  signal: number | null;
  timedOut: boolean;
  timeoutKind: 'cpu' | 'wall' | null;
  outputExceeded: boolean;
  durationMs: number;
  cpuMs: number;
  waitMs: number | null;
  proof: CompletionProof | null;
  stdoutHead: string;
  stderrTail: string;
  strayProcesses: number;
  clean: boolean;
  oomKilled: boolean | null;
  workerMs?: number;
  phases?: { prepareMs: number; runMs: number; sweepMs: number; cleanMs: number };
}

/** What the worker says when it starts: notably the writable directories it clears after every sample. */
export interface WorkerReady {
  python: string;
  uid: number;
  scratch: string[];
  cgroupCpu: boolean;
  schedstat: boolean;
}

/** One warm container running the sample worker (src/sandbox/python/runner.py) as its PID 1. */
export class DockerWorker {
  samplesRun = 0;
  ready: WorkerReady | null = null;
  private pending: {
    id: string;
    resolve: (reply: WorkerReply) => void;
    reject: (error: Error) => void;
  } | null = null;
  private buffered = '';
  private dead: Error | null = null;
  private nextId = 0;

  private constructor(
    readonly container: Docker.Container,
    private readonly stdin: Duplex,
  ) {}

  static async start(
    docker: Docker,
    image: string,
    limits: ContainerLimits,
    labels: Record<string, string>,
    sampleStart: SampleStart = 'zygote',
  ): Promise<DockerWorker> {
    const container = await withRetry(2, () =>
      withDeadline(
        docker.createContainer(containerSpec(image, limits, labels, sampleStart)),
        ENGINE_CALL_MS,
        'creating a sandbox container',
      ),
    );
    try {
      const stream = (await withDeadline(
        container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true }),
        ENGINE_CALL_MS,
        'attaching to a sandbox container',
      )) as unknown as Duplex;
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      container.modem.demuxStream(stream, stdout, stderr);
      const worker = new DockerWorker(container, stream);
      const ready = worker.listen(stdout, stream);
      stderr.resume();
      await withDeadline(container.start(), ENGINE_CALL_MS, 'starting a sandbox container');
      await withDeadline(ready, ENGINE_CALL_MS, 'the sandbox worker to report ready');
      return worker;
    } catch (error) {
      await container.remove({ force: true }).catch(() => undefined);
      throw error;
    }
  }

  get alive(): boolean {
    return this.dead === null;
  }

  /** Runs one job. Resolves with the worker's account, or with an infra_error if the worker failed. */
  async run(job: SandboxJob): Promise<{ run: SandboxRun; recycle: boolean }> {
    if (this.dead)
      return { run: { status: 'infra_error', message: this.dead.message }, recycle: true };
    const id = String(++this.nextId);
    const reply = new Promise<WorkerReply>(
      (resolve, reject) => (this.pending = { id, resolve, reject }),
    );
    const wallMs = wallBackstopMs(job.limits);
    const capMs = starvationCapMs(job.limits);
    const sent = performance.now();
    this.stdin.write(
      `${JSON.stringify({ id, program: job.program, ...job.limits, wallMs, capMs, ...(job.stdoutKeepBytes ? { stdoutKeepBytes: job.stdoutKeepBytes } : {}) })}\n`,
    );
    try {
      const r = await withDeadline(reply, capMs + WORKER_GRACE_MS, 'the sandbox worker');
      this.samplesRun += 1;
      if (r.workerError)
        return {
          run: { status: 'infra_error', message: `sandbox worker fault: ${r.workerError}` },
          recycle: true,
        };
      const {
        exitCode,
        signal,
        timedOut,
        timeoutKind,
        outputExceeded,
        durationMs,
        cpuMs,
        waitMs,
        proof,
        stdoutHead,
        stderrTail,
        oomKilled,
        workerMs,
        phases,
      } = r;
      const timing =
        workerMs !== undefined && phases
          ? { roundTripMs: performance.now() - sent, workerMs, ...phases }
          : undefined;
      return {
        run: {
          status: 'completed',
          exitCode,
          signal,
          timedOut,
          timeoutKind: timeoutKind ?? null,
          outputExceeded,
          durationMs,
          cpuMs,
          waitMs: waitMs ?? null,
          proof,
          stdoutHead,
          stderrTail,
          oomKilled,
          ...(timing ? { timing } : {}),
        },
        // A sample that left files or processes behind gets a fresh container after it, whatever the cleanup did.
        recycle: !r.clean || r.strayProcesses > 0,
      };
    } catch (error) {
      this.markDead(error as Error);
      return { run: { status: 'infra_error', message: (error as Error).message }, recycle: true };
    } finally {
      this.pending = null;
    }
  }

  async destroy(): Promise<void> {
    this.markDead(new Error('sandbox worker was shut down'));
    this.stdin.destroy();
    await withDeadline(
      this.container.remove({ force: true }),
      ENGINE_CALL_MS,
      'removing a sandbox container',
    ).catch(() => undefined);
  }

  private listen(stdout: PassThrough, stream: Duplex): Promise<void> {
    return new Promise<void>((resolveReady, rejectReady) => {
      let ready = false;
      stdout.setEncoding('utf8');
      stdout.on('data', (chunk: string) => {
        this.buffered += chunk;
        let newline: number;
        while ((newline = this.buffered.indexOf('\n')) >= 0) {
          const line = this.buffered.slice(0, newline);
          this.buffered = this.buffered.slice(newline + 1);
          if (!ready) {
            ready = true;
            this.ready = JSON.parse(line) as WorkerReady;
            resolveReady();
            continue;
          }
          const reply = JSON.parse(line) as WorkerReply;
          if (this.pending && reply.id === this.pending.id) this.pending.resolve(reply);
        }
      });
      const onEnd = () => {
        const error = new Error('the sandbox container stopped unexpectedly');
        this.markDead(error);
        if (!ready) rejectReady(error);
      };
      stream.on('end', onEnd);
      stream.on('close', onEnd);
      stream.on('error', (error) => {
        this.markDead(error);
        if (!ready) rejectReady(error);
      });
    });
  }

  private markDead(error: Error): void {
    this.dead ??= error;
    this.pending?.reject(error);
  }
}

function containerSpec(
  image: string,
  limits: ContainerLimits,
  labels: Record<string, string>,
  sampleStart: SampleStart,
): Docker.ContainerCreateOptions {
  return {
    Image: image,
    Cmd: ['python3', '-u', '-I', '-c', RUNNER_SOURCE, sampleStart],
    User: SANDBOX_USER,
    WorkingDir: '/work',
    // Set explicitly: no host variable reaches the sandbox.
    Env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'LANG=C.UTF-8'],
    OpenStdin: true,
    StdinOnce: false,
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
    NetworkDisabled: true,
    Labels: { [DOCKER_LABEL]: '1', ...labels },
    HostConfig: {
      NetworkMode: 'none',
      ReadonlyRootfs: true,
      // The worker finds every writable directory itself (/dev/shm and /dev/mqueue too) and empties them all.
      Tmpfs: {
        '/work': `rw,nosuid,nodev,size=${limits.workTmpfsBytes},uid=65534,gid=65534,mode=0700`,
        '/tmp': 'rw,nosuid,nodev,size=16m,mode=1777',
      },
      Memory: limits.memoryBytes,
      MemorySwap: limits.memoryBytes,
      PidsLimit: limits.pids,
      NanoCpus: limits.nanoCpus,
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      Init: false,
    },
  };
}
