import { BenchError } from '../core/errors.js';
import type { Verdict } from '../core/records.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';
import { classifyVerdict } from './classify-verdict.js';

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

const CANARY_TIMEOUT_MS = 1_500;

export interface CanaryResult {
  name: string;
  expected: readonly Verdict[];
  verdict: Verdict;
  detail: string;
}

/** Runs the canaries and returns their verdicts; throws CANARY_FAILED naming each canary that got a wrong one. */
export async function runCanaries(
  sandbox: Sandbox,
  limits: SandboxLimits,
): Promise<CanaryResult[]> {
  const canaryLimits = { ...limits, timeoutMs: Math.min(limits.timeoutMs, CANARY_TIMEOUT_MS) };
  const results = await Promise.all(
    CANARIES.map(async (canary) => {
      const run = await sandbox.run({ program: canary.program, limits: canaryLimits });
      return { canary, ...classifyVerdict(run, limits.outputBytes) };
    }),
  );
  const wrong = results.filter((r) => !(r.canary.expect as readonly Verdict[]).includes(r.verdict));
  if (wrong.length > 0) {
    const lines = wrong.map(
      (r) =>
        `  ${r.canary.name}: expected ${r.canary.expect.join(' or ')}, got ${r.verdict} (${r.detail})`,
    );
    throw new BenchError(
      'CANARY_FAILED',
      `the sandbox gave wrong verdicts on known programs, so no verdict of this run could be trusted:\n${lines.join('\n')}`,
      'check the Docker engine and the sandbox image (`bbench sandbox doctor` shows both; remove the image to rebuild it); no sample was executed',
    );
  }
  return results.map((r) => ({
    name: r.canary.name,
    expected: r.canary.expect,
    verdict: r.verdict,
    detail: r.detail,
  }));
}
