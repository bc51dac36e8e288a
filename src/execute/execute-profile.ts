import type { SampleTiming } from '../sandbox/sandbox.js';

/**
 * Where a sample's time goes, phase by phase, so that a slow run can be told apart from a slow
 * sandbox. runExecute measures the Node side of each sample; the worker reports its own phases
 * (SampleTiming); `profileExecution` folds both, with the run's wall time, into ms per sample.
 */
export interface SampleProfile {
  /** Node: assembling the program and hashing it. */
  assembleMs: number;
  /** Node: the whole `sandbox.run` call, holding the worker's round trip. */
  sandboxMs: number;
  /** Node: classifying the verdict, building the record, writing it, reporting progress. */
  recordMs: number;
  /** What the sandbox measured inside the call; absent for a sandbox that does not say. */
  timing?: SampleTiming & {
    /** The sample's own CPU time, and its run-queue wait (0 where the kernel does not say). */
    cpuMs: number;
    waitMs: number;
  };
}

/** The phases, in the order a sample goes through them, each with what it covers. */
export const PROFILE_PHASES = {
  assemble: 'Node: assemble and hash the program',
  acquire: 'Node: wait for a container (start, recycle, hand-over)',
  stream: 'Docker attach stream and JSON, both ways',
  prepare: 'worker: work dir and program file',
  cpu: "sample: its processes' CPU time (fork, program, tests)",
  queued: 'sample: runnable, waiting for a CPU (machine load)',
  blocked: 'sample: neither (start, exit report, I/O, sleeps)',
  reap: 'worker: kill the session, collect exit and CPU',
  sweep: 'worker: kill and reap leftover processes',
  clean: 'worker: empty every writable dir and IPC object',
  record: 'Node: verdict, record, write, progress',
  idle: 'slot idle (event loop, scheduling, load)',
} as const satisfies Record<string, string>;
export type ProfilePhase = keyof typeof PROFILE_PHASES;

export interface ExecutionProfile {
  samples: number;
  /** Samples the sandbox gave no timing for (their sandbox time is all under `acquire`). */
  untimed: number;
  concurrency: number;
  wallMs: number;
  /** Mean ms per sample and phase, in one slot; they add up to wallMs × concurrency / samples. */
  msPerSample: Record<ProfilePhase, number>;
}

/** Folds per-sample profiles and the run's wall time into mean ms per sample and phase. */
export function profileExecution(
  samples: readonly SampleProfile[],
  wallMs: number,
  concurrency: number,
): ExecutionProfile {
  const sums = Object.fromEntries(Object.keys(PROFILE_PHASES).map((p) => [p, 0])) as Record<
    ProfilePhase,
    number
  >;
  let untimed = 0;
  let busy = 0;
  for (const s of samples) {
    busy += s.assembleMs + s.sandboxMs + s.recordMs;
    sums.assemble += s.assembleMs;
    sums.record += s.recordMs;
    const t = s.timing;
    if (!t) {
      untimed += 1;
      sums.acquire += s.sandboxMs;
      continue;
    }
    sums.acquire += Math.max(0, s.sandboxMs - t.roundTripMs);
    sums.stream += Math.max(0, t.roundTripMs - t.workerMs);
    sums.prepare += t.prepareMs;
    const cpu = Math.min(t.cpuMs, t.runMs);
    const queued = Math.min(t.waitMs, t.runMs - cpu);
    sums.cpu += cpu;
    sums.queued += queued;
    sums.blocked += t.runMs - cpu - queued;
    sums.sweep += t.sweepMs;
    sums.clean += t.cleanMs;
    sums.reap += Math.max(0, t.workerMs - t.prepareMs - t.runMs - t.sweepMs - t.cleanMs);
  }
  sums.idle = Math.max(0, wallMs * concurrency - busy);
  const n = Math.max(1, samples.length);
  const msPerSample = Object.fromEntries(
    Object.entries(sums).map(([p, ms]) => [p, ms / n]),
  ) as Record<ProfilePhase, number>;
  return { samples: samples.length, untimed, concurrency, wallMs, msPerSample };
}

/** The profile as text lines: ms per sample and share of a slot's time, phase by phase. */
export function formatProfile(profile: ExecutionProfile): string[] {
  const slotMs = (profile.wallMs * profile.concurrency) / Math.max(1, profile.samples);
  const lines = [
    `per-sample profile: ${profile.samples} samples, ${profile.concurrency} at a time, ${(profile.wallMs / 1000).toFixed(2)} s wall = ${slotMs.toFixed(2)} ms per sample per slot${profile.untimed ? ` (${profile.untimed} without sandbox timing)` : ''}`,
  ];
  for (const [phase, what] of Object.entries(PROFILE_PHASES)) {
    const ms = profile.msPerSample[phase as ProfilePhase];
    const share = slotMs > 0 ? (100 * ms) / slotMs : 0;
    lines.push(
      `  ${phase.padEnd(9)} ${ms.toFixed(2).padStart(8)} ms ${share.toFixed(1).padStart(5)}%  ${what}`,
    );
  }
  return lines;
}
