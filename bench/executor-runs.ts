/**
 * The bench's two runs of the executor: in process on a warm pool (runExecute, profiled sample by
 * sample), and `bbench exec --profile` end to end as a user runs it, with its execute phase read from
 * the profile it prints, so that the CLI's fixed costs (start-up, engine, canaries, containers) show
 * apart from its per-sample rate.
 */
import { execa } from 'execa';
import type { SampleRecord, TaskRecord } from '../src/core/records.js';
import type { SampleProfile } from '../src/execute/execute-profile.js';
import { runExecute } from '../src/execute/run-execute.js';
import type { Sandbox, SandboxLimits } from '../src/sandbox/sandbox.js';

export interface ExecutorRun {
  seconds: number;
  passed: number;
  retriedAlone: number;
  profiles: SampleProfile[];
}

export async function executorRun(
  sandbox: Sandbox,
  tasks: ReadonlyMap<string, TaskRecord>,
  samples: SampleRecord[],
  limits: SandboxLimits,
  concurrency: number,
): Promise<ExecutorRun> {
  let passed = 0;
  const profiles: SampleProfile[] = [];
  const started = performance.now();
  const { retriedAlone } = await runExecute({
    tasks,
    samples,
    done: new Set(),
    sandbox,
    limits,
    concurrency,
    maxAttempts: 3,
    write: (r) => (passed += r.verdict === 'pass' ? 1 : 0),
    onSampleProfile: (p) => profiles.push(p),
  });
  return { seconds: (performance.now() - started) / 1000, passed, retriedAlone, profiles };
}

export interface CliRun {
  /** The whole command, from spawning node to its exit. */
  seconds: number;
  /** Its execute phase alone, as its --profile reports it. */
  executeSeconds: number;
}

export async function bbenchExecRun(
  bin: string,
  problems: string,
  samples: string,
  timeoutMs: number,
): Promise<CliRun> {
  const started = performance.now();
  const args = [bin, 'exec', '--tasks', problems, '--samples', samples, '-q', '--profile'];
  const { stderr } = await execa(process.execPath, [...args, '--timeout', String(timeoutMs)]);
  const seconds = (performance.now() - started) / 1000;
  const wall = /per-sample profile: .*?([\d.]+) s wall/.exec(stderr);
  if (!wall?.[1])
    throw new Error(`bbench exec --profile printed no profile line; stderr:\n${stderr}`);
  return { seconds, executeSeconds: Number(wall[1]) };
}
