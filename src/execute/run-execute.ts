import { sha256 } from '../core/hash.js';
import {
  TRACEBACK_TAIL_CHARS,
  type ExecutionRecord,
  type SampleRecord,
  type TaskRecord,
  type Verdict,
} from '../core/records.js';
import {
  wallBackstopMs,
  type Sandbox,
  type SandboxLimits,
  type SandboxRun,
} from '../sandbox/sandbox.js';
import { assembleProgram } from './assemble-program.js';
import type { SampleProfile } from './execute-profile.js';
import { classifyVerdict } from './classify-verdict.js';

export interface ExecuteProgress {
  done: number;
  total: number;
  passed: number;
  sandboxErrors: number;
  /** Starved samples held back to be run again alone, once everything else has finished. */
  awaitingRetry: number;
  /** Samples whose verdict, after the retry alone, still rests on starvation (infrastructure verdicts). */
  starved: number;
}

export interface ExecuteOptions {
  tasks: ReadonlyMap<string, TaskRecord>;
  samples: AsyncIterable<SampleRecord> | Iterable<SampleRecord>;
  /** Keys already executed (resume): these are skipped. */
  done: ReadonlySet<string>;
  sandbox: Sandbox;
  limits: SandboxLimits;
  /** Per-task limits (e.g. derived from the reference runtime); default: `limits` for every task. */
  limitsFor?: (task: TaskRecord) => SandboxLimits;
  concurrency: number;
  /** Infrastructure failures are retried up to this many attempts in all; then the verdict is sandbox_error. */
  maxAttempts: number;
  write: (record: ExecutionRecord) => void;
  total?: number;
  onProgress?: (progress: ExecuteProgress) => void;
  signal?: AbortSignal;
  /** Told where each sample's time went (`bbench exec --profile`, `npm run bench`). */
  onSampleProfile?: (profile: SampleProfile) => void;
}

export interface ExecuteSummary {
  executed: number;
  skipped: number;
  sandboxErrors: number;
  retriedAfterInfraError: number;
  /** Starved samples run again alone, and how many of those then got another verdict. */
  retriedAlone: number;
  changedOnRetry: number;
  /** Still starved after the retry alone: `sandbox_error` (reason `starved`), never scored, retried on a rerun. */
  starved: number;
}

/**
 * Where the kernel does not report run-queue waits, a timeout with little CPU in its time is
 * suspect: it was waiting, or starved by the samples around it. (A timeout on the CPU limit itself
 * never is: an infinite loop costs one timeout, not two.)
 */
const STARVED_CPU_SHARE = 0.5;
/** The lone rerun of a starved sample gets a wall-clock backstop this many times longer (same CPU limit). */
const ALONE_WALL_FACTOR = 2;

/** Executes every sample not yet executed, `concurrency` at a time, writing one record per sample as it finishes. */
export async function runExecute(options: ExecuteOptions): Promise<ExecuteSummary> {
  const summary: ExecuteSummary = {
    executed: 0,
    skipped: 0,
    sandboxErrors: 0,
    retriedAfterInfraError: 0,
    retriedAlone: 0,
    changedOnRetry: 0,
    starved: 0,
  };
  const progress: ExecuteProgress = {
    done: 0,
    total: options.total ?? 0,
    passed: 0,
    sandboxErrors: 0,
    awaitingRetry: 0,
    starved: 0,
  };
  const suspect: { task: TaskRecord; sample: SampleRecord; first: ExecutionRecord }[] = [];
  const finish = (record: ExecutionRecord) => {
    // A sample cut off by an interruption has no verdict; it is left for the resumed run.
    if (record.verdict === 'sandbox_error' && options.signal?.aborted) return;
    options.write(record);
    summary.executed += 1;
    if (record.attempts > 1) summary.retriedAfterInfraError += 1;
    if (record.verdict === 'sandbox_error') summary.sandboxErrors += 1;
    if (record.infraReason === 'starved') summary.starved += 1;
    progress.done += 1;
    progress.passed += record.verdict === 'pass' ? 1 : 0;
    progress.sandboxErrors = summary.sandboxErrors;
    progress.starved = summary.starved;
    options.onProgress?.(progress);
  };

  const inFlight = new Set<Promise<void>>();
  for await (const sample of options.samples) {
    if (options.signal?.aborted) break;
    if (options.done.has(sample.key) || sample.generationError !== null) {
      summary.skipped += 1;
      continue;
    }
    const task = options.tasks.get(sample.taskId);
    if (!task)
      throw new Error(
        `sample ${sample.key} names task ${sample.taskId}, which is not in the corpus`,
      );
    const profile = newProfile();
    const job = executeOne(task, sample, options, profile).then((record) => {
      const started = performance.now();
      if (isSuspect(record, limitsOf(task, options))) {
        suspect.push({ task, sample, first: record });
        progress.awaitingRetry = suspect.length;
        options.onProgress?.(progress);
      } else {
        finish(record);
      }
      profile.recordMs += performance.now() - started;
      options.onSampleProfile?.(profile);
    });
    const tracked = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= options.concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);

  // Nothing else of ours runs now: each starved sample gets the sandbox to itself once.
  for (const { task, sample, first } of suspect) {
    if (options.signal?.aborted) break;
    const profile = newProfile();
    const second = await executeOne(task, sample, options, profile, ALONE_WALL_FACTOR);
    const started = performance.now();
    summary.retriedAlone += 1;
    if (second.verdict !== first.verdict) summary.changedOnRetry += 1;
    progress.awaitingRetry -= 1;
    finish({ ...second, retriedAlone: true, firstVerdict: first.verdict });
    profile.recordMs += performance.now() - started;
    options.onSampleProfile?.(profile);
  }
  return summary;
}

function newProfile(): SampleProfile {
  return { assembleMs: 0, sandboxMs: 0, recordMs: 0 };
}

function limitsOf(task: TaskRecord, options: ExecuteOptions): SandboxLimits {
  return options.limitsFor?.(task) ?? options.limits;
}

/** Starved (by the run-queue figures), or, without them, a timeout that used little of its CPU limit. */
function isSuspect(record: ExecutionRecord, limits: SandboxLimits): boolean {
  if (record.infraReason === 'starved') return true;
  return (
    record.verdict === 'timeout' &&
    (record.waitMs ?? null) === null &&
    record.cpuMs !== null &&
    record.cpuMs < STARVED_CPU_SHARE * limits.timeoutMs
  );
}

async function executeOne(
  task: TaskRecord,
  sample: SampleRecord,
  options: ExecuteOptions,
  profile: SampleProfile,
  wallFactor = 1,
): Promise<ExecutionRecord> {
  let phase = performance.now();
  const program = assembleProgram(task, sample.completion, sample.isFullProgram);
  const programHash = sha256(program).slice(0, 16);
  profile.assembleMs += performance.now() - phase;
  const taskLimits = limitsOf(task, options);
  const limits =
    wallFactor === 1
      ? taskLimits
      : { ...taskLimits, wallMs: wallFactor * wallBackstopMs(taskLimits) };
  let run: SandboxRun = { status: 'infra_error', message: 'not run' };
  let attempts = 0;
  while (attempts < options.maxAttempts && !(attempts > 0 && options.signal?.aborted)) {
    attempts += 1;
    phase = performance.now();
    run = await options.sandbox.run({ program, limits });
    profile.sandboxMs += performance.now() - phase;
    if (run.status === 'completed') break;
  }
  phase = performance.now();
  if (run.status === 'completed' && run.timing)
    profile.timing = { ...run.timing, cpuMs: run.cpuMs, waitMs: run.waitMs ?? 0 };
  const { verdict, detail, infraReason } = classifyVerdict(run, limits.outputBytes);
  const completed = run.status === 'completed' ? run : null;
  const record: ExecutionRecord = {
    key: sample.key,
    taskId: sample.taskId,
    conditionId: sample.conditionId,
    sampleIndex: sample.sampleIndex,
    verdict,
    detail,
    exitCode: completed?.exitCode ?? null,
    durationMs: completed?.durationMs ?? 0,
    attempts,
    outputTruncated: completed?.outputExceeded ?? false,
    stderrTail: (completed?.stderrTail ?? '').slice(-1000),
    programHash,
    cpuMs: completed?.cpuMs ?? null,
    waitMs: completed?.waitMs ?? null,
    retriedAlone: false,
    firstVerdict: null,
    infraReason,
    traceback: tracebackTail(verdict, completed),
  };
  profile.recordMs += performance.now() - phase;
  return record;
}

/**
 * What a reader of a failed sample needs to open it: the program's own traceback, or, when it died
 * before the harness could report (a signal, an exit), the end of its stderr. Only for fail and error.
 */
export function tracebackTail(
  verdict: Verdict,
  run: Extract<SandboxRun, { status: 'completed' }> | null,
): string | null {
  if ((verdict !== 'fail' && verdict !== 'error') || run === null) return null;
  const text = run.proof?.traceback || run.stderrTail || run.proof?.message || '';
  return text.trimEnd().slice(-TRACEBACK_TAIL_CHARS);
}
