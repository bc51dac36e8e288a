import { readFileSync } from 'node:fs';
import type { EvalPlusSpec, TaskRecord } from '../core/records.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';

/**
 * EvalPlus's evaluation rules, in one place (the README quotes them). From evalplus/eval/__init__.py
 * `untrusted_check` and docs/execution.md: each input may run for max(minTimeLimit, factor × the
 * canonical solution's runtime on it); a phase (base, plus) gets at most min(perPhaseCap, Σ limits)
 * + 1 s, and the process is joined with another second of grace.
 */
export const EVALPLUS_RULE = {
  minTimeLimitS: 4.0,
  gtTimeLimitFactor: 4.0,
  perPhaseCapS: 60,
  phaseGraceS: 2,
} as const;

export interface PhaseTruth {
  /** The canonical solution's outputs, pickled and base64-encoded in the sandbox (Python objects: tuples, sets, floats). */
  expected: string;
  /** Its runtime on each input, in seconds. */
  times: number[];
}

/** The expected outputs of one task's phases, computed in the sandbox and cached per corpus hash. */
export interface GroundTruth {
  base: PhaseTruth;
  plus: PhaseTruth | null;
}

const HARNESS = () =>
  readFileSync(new URL('../../src/execute/python/evalplus_harness.py', import.meta.url), 'utf8');

function phases(spec: EvalPlusSpec): { name: 'base' | 'plus'; inputs: string }[] {
  return spec.plus
    ? [
        { name: 'base', inputs: spec.baseInput },
        { name: 'plus', inputs: spec.plusInput },
      ]
    : [{ name: 'base', inputs: spec.baseInput }];
}

/** The sandbox program that runs the canonical solution on every input, as evaluate.py's get_groundtruth. */
export function groundTruthProgram(task: TaskRecord & { evalplus: EvalPlusSpec }): string {
  const payload = {
    task_id: task.task_id,
    dataset: task.evalplus.dataset,
    entry_point: task.entry_point,
    code: task.prompt + task.canonical_solution,
    phases: phases(task.evalplus),
  };
  // A JSON string literal is a valid Python string literal, so the payload travels verbatim.
  return `${HARNESS()}\n_ep_ground_truth(_ep_json.loads(${JSON.stringify(JSON.stringify(payload))}))\n`;
}

/** Runs the canonical solution in the sandbox; a failure is returned as `problem`, naming the task. */
export async function computeGroundTruth(
  sandbox: Sandbox,
  task: TaskRecord & { evalplus: EvalPlusSpec },
  limits: SandboxLimits,
): Promise<{ truth: GroundTruth } | { problem: string }> {
  const run = await sandbox.run({
    program: groundTruthProgram(task),
    limits,
    stdoutKeepBytes: limits.outputBytes,
  });
  if (run.status !== 'completed') return { problem: `sandbox: ${run.message}` };
  if (run.timedOut)
    return {
      problem: `the canonical solution did not finish its inputs within ${limits.timeoutMs / 1000} s`,
    };
  const line = run.stdoutHead
    .split('\n')
    .filter((l) => l.startsWith('{"ok"'))
    .at(-1);
  if (run.exitCode !== 0 || !line)
    return {
      problem: `computing the expected outputs failed (exit ${run.exitCode}${run.outputExceeded ? ', too much output' : ''}): ${run.stderrTail.trim().split('\n').at(-1) ?? 'no output'}`,
    };
  const parsed = JSON.parse(line) as { phases: Record<string, PhaseTruth> };
  const base = parsed.phases.base;
  if (!base) return { problem: 'the ground-truth program returned no base phase' };
  return { truth: { base, plus: parsed.phases.plus ?? null } };
}

/** The wall limit EvalPlus gives a sample of this task, from the ground truth's runtimes. */
export function evalPlusTimeoutMs(truth: GroundTruth, plus: boolean): number {
  const phaseSeconds = (p: PhaseTruth) =>
    Math.min(
      EVALPLUS_RULE.perPhaseCapS,
      p.times.reduce(
        (sum, t) =>
          sum + Math.max(EVALPLUS_RULE.minTimeLimitS, EVALPLUS_RULE.gtTimeLimitFactor * t),
        0,
      ),
    ) + EVALPLUS_RULE.phaseGraceS;
  const seconds = phaseSeconds(truth.base) + (plus && truth.plus ? phaseSeconds(truth.plus) : 0);
  return Math.ceil(seconds * 1000);
}

/**
 * The task's `test`: the harness and the expected outputs, and a `check(candidate)` that compares the
 * candidate's output on every input with them (EvalPlus's rules, stopping at the first failure).
 */
export function evalPlusTest(
  task: TaskRecord & { evalplus: EvalPlusSpec },
  truth: GroundTruth,
): string {
  const spec = task.evalplus;
  const data = {
    task_id: task.task_id,
    dataset: spec.dataset,
    entry_point: task.entry_point,
    atol: spec.atol,
    min_time_limit: EVALPLUS_RULE.minTimeLimitS,
    gt_time_limit_factor: EVALPLUS_RULE.gtTimeLimitFactor,
    phases: phases(spec).map((p) => {
      const phaseTruth = p.name === 'base' ? truth.base : truth.plus;
      if (!phaseTruth)
        throw new Error(`no expected outputs for the ${p.name} inputs of ${task.task_id}`);
      return { ...p, expected: phaseTruth.expected, times: phaseTruth.times };
    }),
  };
  return `${HARNESS()}\n_EP_DATA = _ep_json.loads(${JSON.stringify(JSON.stringify(data))})\n\n\ndef check(candidate):\n    _ep_check(candidate, _EP_DATA)\n`;
}
