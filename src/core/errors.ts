/**
 * Harness failures are typed errors with a stable code; a failed *sample* is never one of these,
 * it is a record. The CLI maps codes to exit codes through {@link exitCodeFor}.
 */
export const ERROR_CODES = {
  USAGE: 'a command-line option or argument is wrong',
  CONFIG_INVALID: 'a configuration value is invalid',
  TASKS_INVALID: 'a task file is missing or malformed',
  SAMPLES_INVALID: 'a samples file is missing or malformed',
  RUN_MISMATCH: 'a results directory belongs to a different run configuration',
  RECORD_INVALID: 'a stored record does not match its schema',
  ENGINE_UNREACHABLE: 'no Docker engine could be reached',
  IMAGE_BUILD_FAILED: 'the sandbox image could not be built',
  SANDBOX_FAILED: 'the sandbox failed repeatedly',
  CANARY_FAILED: 'a canary program got the wrong verdict, so no verdict can be trusted',
  BROWSER_MISSING: 'no headless Chromium is available for the HTML report check',
  INTERRUPTED: 'the run was interrupted',
  BATCH_FAILED:
    "a vendor's batch API refused a call (submit, poll or results) that cannot be retried",
  BATCH_PENDING: 'the run has vendor batches still to collect, and --batch was not given',
  REGRESSION: 'bbench compare crossed a --fail-on threshold',
  COMPARE_TOO_FEW: 'bbench compare found too few tasks executed by both runs to conclude anything',
  RUN_EXISTS: 'the run directory already holds data, and replacing it was not asked for',
  INTERNAL: 'an internal error',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class BenchError extends Error {
  override readonly name = 'BenchError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the user can do about it, shown on its own line. */
    readonly remedy?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Exit codes are part of the CLI's contract (documented in the README); each code has one. */
const EXIT_CODES = {
  USAGE: 2,
  CONFIG_INVALID: 2,
  TASKS_INVALID: 2,
  SAMPLES_INVALID: 2,
  RUN_MISMATCH: 2,
  RECORD_INVALID: 2,
  ENGINE_UNREACHABLE: 3,
  IMAGE_BUILD_FAILED: 3,
  SANDBOX_FAILED: 3,
  CANARY_FAILED: 4,
  BROWSER_MISSING: 3,
  REGRESSION: 5,
  COMPARE_TOO_FEW: 2,
  RUN_EXISTS: 2,
  INTERRUPTED: 130,
  BATCH_FAILED: 3,
  BATCH_PENDING: 2,
  INTERNAL: 1,
} as const satisfies Record<ErrorCode, number>;

/** The one place exit codes come from: 0 for success, otherwise by error code (unknown errors are internal). */
export function exitCodeFor(error: unknown): number {
  if (error === undefined || error === null) return 0;
  if (error instanceof BenchError) return EXIT_CODES[error.code];
  return EXIT_CODES.INTERNAL;
}
