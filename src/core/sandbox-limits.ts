/**
 * The per-sample limits a sandbox sets. Defined in core because they are also part of a record:
 * `bbench sandbox doctor` prints them (schemas/sandbox-doctor.schema.json).
 */
export interface SandboxLimits {
  /**
   * The time limit of one sample, judged on the CPU time its processes use: on a busy machine a
   * sample that waits for a CPU is not timed out. The wall clock is only a backstop (`wallMs`).
   */
  timeoutMs: number;
  /**
   * Wall-clock backstop for programs that sleep or block, counting only time the sample was not
   * waiting for a CPU; default `wallBackstopMs(timeoutMs)`. Plain wall time is capped at
   * `starvationCapMs`, where a sample still waiting for a CPU is judged starved.
   */
  wallMs?: number;
  /** Address-space limit of the sample's process (RLIMIT_AS). */
  memoryBytes: number;
  /** CPU-time limit of the sample's process (RLIMIT_CPU). */
  cpuSeconds: number;
  /** Processes the sample's user may have (RLIMIT_NPROC). */
  processes: number;
  /** stdout + stderr bytes before the sample is stopped. */
  outputBytes: number;
  /** Largest file the sample may write (RLIMIT_FSIZE). */
  fileBytes: number;
}
