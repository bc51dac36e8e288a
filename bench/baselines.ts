/**
 * The bench's unisolated baselines, each reading the same HumanEval-format files as the executor:
 * fork-and-exec as the reference harness executes (fork_exec_baseline.py), the published harness's
 * Manager + Process per sample with 4 threads (published_harness_baseline.py), and a bare host
 * `python3 -I` per sample. Each returns its wall time in seconds and how many passed.
 */
import { join } from 'node:path';
import { execa } from 'execa';
import type { SampleRecord, TaskRecord } from '../src/core/records.js';
import { assembleProgram } from '../src/execute/assemble-program.js';

const HERE = import.meta.dirname;

export interface BaselineRun {
  seconds: number;
  passed: number;
  total: number;
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
