import { BenchError } from '../core/errors.js';
import type { Verdict } from '../core/records.js';
import {
  wallBackstopMs,
  type Sandbox,
  type SandboxLimits,
  type SandboxRun,
} from '../sandbox/sandbox.js';
import { classifyVerdict, cpuFigures, type Classified } from './classify-verdict.js';

const CHECK =
  'def check(candidate):\n    assert candidate(2) == 4\n    assert candidate(-3) == 9\n';

/** Programs with known verdicts, run before every execution so that a broken executor fails closed. */
export const CANARIES = [
  {
    name: 'known pass',
    expect: ['pass'],
    program: `def square(x):\n    return x * x\n${CHECK}check(square)`,
  },
  {
    name: 'known fail',
    expect: ['fail'],
    program: `def square(x):\n    return x + x\n${CHECK}check(square)`,
  },
  {
    name: 'infinite loop',
    expect: ['timeout'],
    program: `def square(x):\n    while True:\n        pass\n${CHECK}check(square)`,
  },
  {
    name: 'early sys.exit(0)',
    expect: ['error'],
    program: `import sys\nsys.exit(0)\n${CHECK}check(square)`,
  },
  {
    name: 'prints a fake pass',
    expect: ['error'],
    program: `import os\nprint('passed')\nos._exit(0)\n${CHECK}check(print)`,
  },
] as const satisfies readonly { name: string; expect: readonly Verdict[]; program: string }[];

/** The canaries' CPU-time limit: an infinite loop must spend this much CPU to time out. */
const CANARY_TIMEOUT_MS = 500;
/** A canary starved of CPU is run again alone with a wall-clock backstop this many times longer. */
const ALONE_WALL_FACTOR = 4;

export interface CanaryResult {
  name: string;
  expected: readonly Verdict[];
  verdict: Verdict;
  detail: string;
  /** It got a wrong verdict with little CPU when run with the others, and was run again alone. */
  retriedAlone: boolean;
}

type Canary = (typeof CANARIES)[number];
interface Outcome extends Classified {
  canary: Canary;
  run: SandboxRun;
  retriedAlone: boolean;
}

/**
 * Runs the canaries and returns their verdicts; throws CANARY_FAILED naming each canary that got a
 * wrong one. They run at once; a canary that got a wrong verdict having used little CPU (it was
 * waiting for a CPU, not misjudged) is run again alone with a longer wall-clock backstop before it
 * counts as wrong, and when it is still wrong with little CPU, the message names load as the cause.
 */
export async function runCanaries(
  sandbox: Sandbox,
  limits: SandboxLimits,
): Promise<CanaryResult[]> {
  const cpuLimitMs = Math.min(limits.timeoutMs, CANARY_TIMEOUT_MS);
  const canaryLimits: SandboxLimits = { ...limits, timeoutMs: cpuLimitMs, wallMs: undefined };
  const runOne = async (canary: Canary, jobLimits: SandboxLimits, retriedAlone: boolean) => {
    const run = await sandbox.run({ program: canary.program, limits: jobLimits });
    return { canary, run, retriedAlone, ...classifyVerdict(run, limits.outputBytes) };
  };
  const first = await Promise.all(CANARIES.map((c) => runOne(c, canaryLimits, false)));
  const results: Outcome[] = [];
  for (const outcome of first) {
    // One at a time: nothing else of ours competes for the CPU.
    results.push(
      isWrong(outcome) && starvedLooking(outcome, cpuLimitMs)
        ? await runOne(
            outcome.canary,
            { ...canaryLimits, wallMs: ALONE_WALL_FACTOR * wallBackstopMs(canaryLimits) },
            true,
          )
        : outcome,
    );
  }
  const wrong = results.filter(isWrong);
  if (wrong.length > 0) throw canaryFailure(wrong, cpuLimitMs);
  return results.map((r) => ({
    name: r.canary.name,
    expected: r.canary.expect,
    verdict: r.verdict,
    detail: r.detail,
    retriedAlone: r.retriedAlone,
  }));
}

function isWrong(outcome: Outcome): boolean {
  return !(outcome.canary.expect as readonly Verdict[]).includes(outcome.verdict);
}

/** Starved, or stopped by the wall clock having used under half its CPU limit: a sign of load, not of a broken sandbox. */
function starvedLooking(outcome: Outcome, cpuLimitMs: number): boolean {
  if (outcome.infraReason === 'starved') return true;
  const { run } = outcome;
  return run.status === 'completed' && run.timedOut && run.cpuMs < 0.5 * cpuLimitMs;
}

function canaryFailure(wrong: Outcome[], cpuLimitMs: number): BenchError {
  const lines = wrong.map((r) => {
    const figures = r.run.status === 'completed' ? `; ${cpuFigures(r.run)}` : '';
    const alone = r.retriedAlone ? ', also when run again alone with a longer limit' : '';
    return `  ${r.canary.name}: expected ${r.canary.expect.join(' or ')}, got ${r.verdict}${alone} (${r.detail}${figures})`;
  });
  const loaded = wrong.every((r) => starvedLooking(r, cpuLimitMs));
  if (loaded)
    return new BenchError(
      'CANARY_FAILED',
      `the machine is too busy to judge time limits: canaries got wrong verdicts while their processes waited for a CPU, so no verdict of this run could be trusted:\n${lines.join('\n')}`,
      'the likely cause is load (other containers or processes on this machine), not the sandbox: rerun when the machine is quieter, or with fewer samples at once (-j); no sample was executed',
    );
  return new BenchError(
    'CANARY_FAILED',
    `the sandbox gave wrong verdicts on known programs, so no verdict of this run could be trusted:\n${lines.join('\n')}`,
    'check the Docker engine and the sandbox image (`bbench sandbox doctor` shows both; remove the image to rebuild it); no sample was executed',
  );
}
