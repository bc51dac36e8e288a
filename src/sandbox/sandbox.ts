/**
 * The Sandbox contract. An implementation runs one program in isolation and returns what happened as
 * a value; a program that fails is a normal result. Only an infrastructure failure is an `infra_error`,
 * and the caller retries it. Every implementation passes test/contract/sandbox.contract.ts.
 */

import type { SandboxLimits } from '../core/sandbox-limits.js';

// The limits are a core record too (the doctor prints them); every sandbox file imports them from here.
export type { SandboxLimits };

export interface SandboxJob {
  program: string;
  limits: SandboxLimits;
  /** How much of stdout to return (default 2 KiB: samples print little, and their output is not a result). */
  stdoutKeepBytes?: number;
}

/** The harness's own account of how far the program got, proven by a per-sample nonce. */
export interface CompletionProof {
  outcome: 'pass' | 'fail' | 'error' | 'oom';
  kind: string;
  message: string;
  /** The program's traceback for a fail or error (its last few KB); absent from sandboxes that do not report one. */
  traceback?: string;
}

export type SandboxRun =
  | {
      status: 'completed';
      exitCode: number | null;
      signal: number | null;
      timedOut: boolean;
      /** Which limit stopped it: its CPU time, or the wall-clock backstop; null when it was not stopped. */
      timeoutKind: 'cpu' | 'wall' | null;
      outputExceeded: boolean;
      durationMs: number;
      /** CPU time the sample's processes used: a timeout with little CPU was waiting or starved, not spinning. */
      cpuMs: number;
      /**
       * Time the sample's processes were ready to run but waited for a CPU (the kernel's run-queue
       * delay); null where the kernel does not report it. Tells a starved sample from one that slept.
       */
      waitMs: number | null;
      proof: CompletionProof | null;
      stdoutHead: string;
      stderrTail: string;
      /** Whether the container's OOM killer fired during the sample; null where the engine does not say. */
      oomKilled: boolean | null;
      /** Where the sample's time went (`npm run bench` profiles with it); absent where not measured. */
      timing?: SampleTiming;
    }
  | { status: 'infra_error'; message: string };

/** A sample's time by stage, in ms: the host's round trip holds the worker's, which holds the run. */
export interface SampleTiming {
  /** Host: from writing the request to the worker to parsing its reply. */
  roundTripMs: number;
  /** Worker: from reading the request to writing the reply. */
  workerMs: number;
  /** Worker: the work dir and program file, before the sample starts. */
  prepareMs: number;
  /** Worker: from starting the sample (fork or exec) to its exit, or to the limit that stopped it. */
  runMs: number;
  /** Worker: killing and reaping whatever the sample left running. */
  sweepMs: number;
  /** Worker: emptying every writable directory and IPC object. */
  cleanMs: number;
}

/** What executed the samples, as recorded in the manifest. */
export interface SandboxDescription {
  kind: string;
  engine: string;
  image: string;
  imageId: string;
  /** Limits as read back from the engine, not as requested. */
  applied: Record<string, string | number | boolean | null>;
  concurrency: number;
}

export interface Sandbox {
  /** Runs one program; never throws for anything the program does. */
  run(job: SandboxJob): Promise<SandboxRun>;
  /** Describes the sandbox, reading back what the engine actually applied. */
  describe(): Promise<SandboxDescription>;
  /** Stops and removes everything this sandbox started. */
  close(): Promise<void>;
}

/**
 * The wall-clock backstop: four times the CPU limit, and at least 3 s more than it. The cap on plain
 * wall time (time waiting for a CPU included): four times the backstop, and at least 60 s.
 */
export const WALL_BACKSTOP = {
  factor: 4,
  minExtraMs: 3_000,
  capFactor: 4,
  minCapMs: 60_000,
} as const;

export function wallBackstopMs(limits: Pick<SandboxLimits, 'timeoutMs' | 'wallMs'>): number {
  return (
    limits.wallMs ??
    Math.max(WALL_BACKSTOP.factor * limits.timeoutMs, limits.timeoutMs + WALL_BACKSTOP.minExtraMs)
  );
}

export function starvationCapMs(limits: Pick<SandboxLimits, 'timeoutMs' | 'wallMs'>): number {
  return Math.max(WALL_BACKSTOP.capFactor * wallBackstopMs(limits), WALL_BACKSTOP.minCapMs);
}

export const DEFAULT_LIMITS: SandboxLimits = {
  timeoutMs: 10_000,
  memoryBytes: 512 * 1024 * 1024,
  cpuSeconds: 10,
  processes: 64,
  outputBytes: 1024 * 1024,
  fileBytes: 16 * 1024 * 1024,
};
