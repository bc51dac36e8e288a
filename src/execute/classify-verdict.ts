import type { InfraReason, Verdict } from '../core/records.js';
import type { SandboxRun } from '../sandbox/sandbox.js';

const SIGKILL = 9;
const SIGXCPU = 24;
const SIGXFSZ = 25;

export interface Classified {
  verdict: Verdict;
  detail: string;
  /** Why a `sandbox_error` is one: the engine failed, or the machine starved the sample; else null. */
  infraReason: InfraReason | null;
}

type Completed = Extract<SandboxRun, { status: 'completed' }>;

/**
 * A sample stopped by the wall clock (its backstop or cap) was starved when it spent more of its time waiting
 * for a CPU than sleeping or blocked: it wanted to run and the machine did not let it. Its timeout is
 * evidence about the machine, not about the program. Without the kernel's run-queue figures
 * (waitMs null) nothing is claimed; the caller's retry-alone pass judges by CPU share instead.
 */
export function isStarved(run: Completed): boolean {
  if (!run.timedOut || run.timeoutKind !== 'wall' || run.waitMs === null) return false;
  const sleptMs = run.durationMs - run.cpuMs - run.waitMs;
  return run.waitMs > sleptMs;
}

/** The CPU figures of a run, for messages: "80 ms CPU in 4000 ms, 3500 ms waiting for a CPU". */
export function cpuFigures(run: Completed): string {
  const wait = run.waitMs === null ? '' : `, ${Math.round(run.waitMs)} ms waiting for a CPU`;
  return `${Math.round(run.cpuMs)} ms CPU in ${Math.round(run.durationMs)} ms${wait}`;
}

/**
 * Turns what the sandbox saw into a verdict. A pass needs the harness's nonce-bearing proof that
 * `check` completed; an exit code of 0 alone proves nothing (the program may have exited early).
 */
export function classifyVerdict(run: SandboxRun, outputLimitBytes: number): Classified {
  if (run.status === 'infra_error')
    return { verdict: 'sandbox_error', detail: run.message, infraReason: 'engine' };
  return { infraReason: null, ...judge(run, outputLimitBytes) };
}

function judge(
  run: Completed,
  outputLimitBytes: number,
): Omit<Classified, 'infraReason'> & Partial<Classified> {
  const { proof } = run;
  if (run.outputExceeded)
    return { verdict: 'error', detail: `output exceeded ${outputLimitBytes} bytes` };
  if (proof?.outcome === 'pass') return { verdict: 'pass', detail: 'check completed' };
  if (run.timedOut && isStarved(run))
    return {
      verdict: 'sandbox_error',
      detail: `starved by machine load: no result before the wall-clock cap, mostly waiting for a CPU (${cpuFigures(run)}); not counted against the model`,
      infraReason: 'starved',
    };
  if (run.timedOut && run.timeoutKind === 'wall')
    return {
      verdict: 'timeout',
      detail: `no result within the ${Math.round(run.durationMs)} ms wall-clock backstop; it slept or blocked (${cpuFigures(run)})`,
    };
  if (run.timedOut)
    return { verdict: 'timeout', detail: `CPU time limit reached (${cpuFigures(run)})` };
  if (run.signal === SIGXCPU) return { verdict: 'timeout', detail: 'CPU time limit reached' };
  if (proof?.outcome === 'oom')
    return { verdict: 'oom', detail: 'MemoryError: memory limit reached' };
  if (proof?.outcome === 'fail')
    return { verdict: 'fail', detail: withMessage('AssertionError', proof.message) };
  if (proof?.outcome === 'error')
    return { verdict: 'error', detail: withMessage(proof.kind, proof.message) };
  // No proof at all: the process died or exited before the harness could report.
  if (run.signal === SIGKILL && run.oomKilled === true)
    return { verdict: 'oom', detail: 'killed by the container memory limit (OOM killer)' };
  if (run.signal === SIGKILL)
    return { verdict: 'error', detail: 'killed by SIGKILL, not by a limit' };
  if (run.signal === SIGXFSZ) return { verdict: 'error', detail: 'file size limit reached' };
  if (run.signal !== null) return { verdict: 'error', detail: `killed by signal ${run.signal}` };
  return {
    verdict: 'error',
    detail: `exited with code ${run.exitCode ?? '?'} before the checks completed${lastLine(run.stderrTail)}`,
  };
}

function withMessage(kind: string, message: string): string {
  return message ? `${kind}: ${message.split('\n')[0]?.slice(0, 200)}` : kind;
}

function lastLine(text: string): string {
  const line = text.trim().split('\n').pop();
  return line ? ` (${line.slice(0, 200)})` : '';
}
