/**
 * The bench's unisolated baselines, each reading the same HumanEval-format files as the executor:
 * fork-and-exec as the reference harness executes (fork_exec_baseline.py), on the host and inside one
 * container of the sandbox image (the same script, no isolation between samples: it sits where the
 * executor's containers sit in the CPU scheduler, which on a loaded machine is a large share of the
 * difference), the published harness's Manager + Process per sample with 4 threads
 * (published_harness_baseline.py), and a bare host `python3 -I` per sample. Each returns its wall time
 * in seconds and how many passed.
 */
import { chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { execa } from 'execa';
import type { SampleRecord, TaskRecord } from '../src/core/records.js';
import { assembleProgram } from '../src/execute/assemble-program.js';

const HERE = import.meta.dirname;

export interface BaselineRun {
  seconds: number;
  passed: number;
  total: number;
  /** The published-harness mimic: whether its parent held numpy, as evaluation.py's does. */
  numpy?: boolean;
}

async function python(script: string, args: (string | number)[]): Promise<BaselineRun> {
  const { stdout } = await execa('python3', [join(HERE, script), ...args.map(String)], {
    cwd: HERE,
  });
  return JSON.parse(stdout) as BaselineRun;
}

export function forkExecBaseline(
  problems: string,
  samples: string,
  concurrency: number,
  timeoutS: number,
): Promise<BaselineRun> {
  return python('fork_exec_baseline.py', [problems, samples, concurrency, timeoutS]);
}

/**
 * fork_exec_baseline.py in a container of the sandbox image: no network, the sandbox's user, as many
 * CPUs as the executor's containers have together, the bench and workload directories read-only.
 * The script times itself, so the container's start is left out, as it is for the warm executor.
 */
export async function containerForkExecBaseline(
  image: string,
  problems: string,
  samples: string,
  concurrency: number,
  timeoutS: number,
): Promise<BaselineRun> {
  const workload = dirname(problems);
  chmodSync(workload, 0o755); // the sandbox's user reads it
  const { stdout } = await execa('docker', [
    'run',
    '--rm',
    '--network',
    'none',
    '--user',
    '65534:65534',
    '--cpus',
    String(concurrency),
    '--label',
    'boundary-bench.test=true',
    '-v',
    `${HERE}:/bench:ro`,
    '-v',
    `${workload}:/workload:ro`,
    '-w',
    '/bench',
    image,
    'python3',
    '/bench/fork_exec_baseline.py',
    `/workload/${basename(problems)}`,
    `/workload/${basename(samples)}`,
    String(concurrency),
    String(timeoutS),
  ]);
  return JSON.parse(stdout) as BaselineRun;
}

export function publishedHarnessBaseline(
  problems: string,
  samples: string,
  timeoutS: number,
): Promise<BaselineRun> {
  return python('published_harness_baseline.py', [problems, samples, timeoutS]);
}

/** A fresh host `python3 -I -c program` per sample, `concurrency` at a time. */
export async function barePythonBaseline(
  programs: readonly string[],
  concurrency: number,
): Promise<BaselineRun> {
  let next = 0;
  let passed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < programs.length) {
        const r = await execa('python3', ['-I', '-c', programs[next++] as string], {
          reject: false,
        });
        passed += r.exitCode === 0 ? 1 : 0;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, passed, total: programs.length };
}

/** The programs of a HumanEval samples file, assembled by the executor's own assembleProgram. */
export function assembledPrograms(
  tasks: ReadonlyMap<string, TaskRecord>,
  samples: readonly SampleRecord[],
): string[] {
  return samples.map((s) =>
    assembleProgram(tasks.get(s.taskId) as TaskRecord, s.completion, s.isFullProgram),
  );
}
