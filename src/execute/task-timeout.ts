/** Where a task's wall-clock limit came from; recorded so a verdict's limit can be explained. */
export type TimeoutSource = 'reference' | 'flag' | 'task' | 'default';

export interface TimeoutInputs {
  /** `--timeout` in ms, when the user gave it. */
  flagMs: number | undefined;
  /** The run's limit when no flag is given (DEFAULT_LIMITS). */
  defaultMs: number;
  /** The task's own limit (task.json `timeout_s`, from its reference's runtime at gate time), in ms. */
  taskMs: number | undefined;
  /** With `--reference-timeouts`: measured from the reference in this run's sandbox, already capped at the run's limit. */
  measuredMs: number | undefined;
}

/**
 * The one statement of the timeout precedence: a limit measured in this run's sandbox beats
 * everything (it is the most specific to this machine); then an explicit `--timeout`, which the user
 * asked for; then the task's own `timeout_s`; then the run's default.
 */
export function resolveTaskTimeout(inputs: TimeoutInputs): {
  timeoutMs: number;
  source: TimeoutSource;
} {
  if (inputs.measuredMs !== undefined) return { timeoutMs: inputs.measuredMs, source: 'reference' };
  if (inputs.flagMs !== undefined) return { timeoutMs: inputs.flagMs, source: 'flag' };
  if (inputs.taskMs !== undefined) return { timeoutMs: inputs.taskMs, source: 'task' };
  return { timeoutMs: inputs.defaultMs, source: 'default' };
}
