/**
 * npm run bench: throughput of sandboxed execution against baselines measured in the same run, on
 * the same programs (the bundled reference solutions):
 *  - reference style: the openai/human-eval way, exec in a forked child per sample, no sandbox;
 *  - host process: a fresh unsandboxed `python3` per sample on the host.
 * Prints samples/s and ratios; asserts nothing.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { createValidators } from '../src/core/schemas.js';
import { loadCorpus } from '../src/core/task-loader.js';
import { assembleProgram } from '../src/execute/assemble-program.js';
import { DEFAULT_LIMITS } from '../src/sandbox/sandbox.js';
import { openTestSandbox } from '../test/helpers/docker.js';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 4);
const concurrency = availableParallelism();

async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++] as T);
  }));
  return (performance.now() - started) / 1000;
}

const corpus = await loadCorpus(join(import.meta.dirname, '../tasks/core'), createValidators());
const programs = Array.from({ length: REPEAT }, () => corpus.tasks.map((t) => assembleProgram(t, t.canonical_solution, false))).flat();
console.log(`${programs.length} programs (${corpus.tasks.length} reference solutions × ${REPEAT}), concurrency ${concurrency}`);

const reference = JSON.parse((await execa('python3', [join(import.meta.dirname, 'reference_style_baseline.py'), String(concurrency)], { input: JSON.stringify(programs) })).stdout) as { seconds: number };
const baseline = await pool(programs, concurrency, (program) => execa('python3', ['-I', '-c', program], { reject: false }));
const sandbox = await openTestSandbox(concurrency);
await sandbox.run({ program: 'pass', limits: DEFAULT_LIMITS }); // start the first container outside the timing
const sandboxed = await pool(programs, concurrency, (program) => sandbox.run({ program, limits: DEFAULT_LIMITS }));
await sandbox.close();

const rate = (s: number) => (programs.length / s).toFixed(1);
console.log(`reference style (fork + exec per sample, no isolation): ${rate(reference.seconds)} samples/s (${reference.seconds.toFixed(2)} s)`);
console.log(`host python3 per sample, no isolation:                  ${rate(baseline)} samples/s (${baseline.toFixed(2)} s)`);
console.log(`sandboxed: warm Docker pool, fresh python3 per sample:  ${rate(sandboxed)} samples/s (${sandboxed.toFixed(2)} s)`);
console.log(`ratio sandboxed / reference-style throughput: ${(reference.seconds / sandboxed).toFixed(2)}`);
console.log(`ratio sandboxed / host-process throughput:    ${(baseline / sandboxed).toFixed(2)}`);
