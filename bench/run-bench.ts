/**
 * npm run bench: the executor's throughput against the strongest baselines, measured in the same run
 * on a HumanEval-format workload written from the bundled corpus (reference solutions × 4, and the
 * same with 10% infinite loops), median and spread over BENCH_REPS repetitions (default 3); then the
 * CLI's start-up against `node -e 0`, and the analysis at scale. Prints figures and ratios; asserts
 * nothing (the machine is shared: performance claims are ratios here, never timed test assertions).
 *
 * Contenders, all on the same problems and samples files and the same 1 s limit:
 *  - the executor in process (runExecute on a warm pool, canaries and container start excluded);
 *  - `bbench exec` end to end, as a user runs it (start-up, engine, image, canaries, containers);
 *  - fork-and-exec, no isolation: the reference harness's execution model (fork_exec_baseline.py);
 *  - the published harness mimicked: Manager + Process per sample, 4 threads (one copy of the corpus);
 *  - a bare host `python3 -I` per sample; `--strict` (a fresh container per sample) on a subset.
 *
 * `npm run bench -- --analysis-only` runs just the analysis at scale; `-- --quick` skips it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { readHumanEvalSamples } from '../src/core/humaneval-samples.js';
import type { SampleRecord } from '../src/core/records.js';
import { createValidators } from '../src/core/schemas.js';
import { loadCorpus } from '../src/core/task-loader.js';
import { runExecute } from '../src/execute/run-execute.js';
import { connectEngine } from '../src/sandbox/docker-engine.js';
import { DEFAULT_LIMITS, type Sandbox } from '../src/sandbox/sandbox.js';
import { openTestSandbox } from '../test/helpers/docker.js';
import { analysisScaleBench } from './analysis-scale.js';
import {
  assembledPrograms,
  barePythonBaseline,
  forkExecBaseline,
  publishedHarnessBaseline,
} from './baselines.js';
import { startupBench } from './startup.js';
import { rateLine, rateRatio, spread } from './stats.js';
import { writeHumanEvalWorkload } from './workload.js';

const REPS = Number(process.env.BENCH_REPS ?? 3);
const SCALE_SAMPLES = 1_000_000;
if (process.argv.includes('--analysis-only')) {
  analysisScaleBench(SCALE_SAMPLES, (line) => console.log(line));
  process.exit(0);
}
const COPIES = 4;
const STRICT_SUBSET = 60;
const TIMEOUT_MS = 1_000;
const STARTUP_RUNS = 10;
const limits = { ...DEFAULT_LIMITS, timeoutMs: TIMEOUT_MS, cpuSeconds: 1 };
const BIN = join(import.meta.dirname, '../bin/bbench.js');

const engine = await connectEngine({ host: undefined, allowSetup: true, log: () => undefined });
const concurrency = engine.cpus;
const validators = createValidators();
const bundled = await loadCorpus(join(import.meta.dirname, '../tasks/core'), validators);
const workload = writeHumanEvalWorkload(bundled.tasks, COPIES, 0.1);
const corpus = await loadCorpus(workload.problems, validators);
const tasks = new Map(corpus.tasks.map((t) => [t.task_id, t]));
const clean = await readHumanEvalSamples(workload.clean, tasks);
const mix = await readHumanEvalSamples(workload.mix, tasks);
const oneCopy = corpus.tasks.length;

async function executor(sandbox: Sandbox, samples: SampleRecord[]) {
  let passed = 0;
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
  });
  return { seconds: (performance.now() - started) / 1000, passed, retriedAlone };
}

async function bbenchExec(samples: string): Promise<number> {
  const started = performance.now();
  const args = [BIN, 'exec', '--tasks', workload.problems, '--samples', samples];
  await execa(process.execPath, [...args, '-q', '--timeout', String(TIMEOUT_MS)]);
  return (performance.now() - started) / 1000;
}

const image =
  (await engine.docker.listImages({ filters: { reference: ['boundary-bench/python'] } }))[0]
    ?.RepoTags?.[0] ?? '';
console.log(
  `machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Docker ${engine.version}, Node ${process.version}, image ${image}`,
);
console.log(
  `workload (HumanEval format, ${workload.dir}): ${corpus.tasks.length} reference solutions × ${COPIES} = ${clean.length} samples; mix: the same with ${workload.loops} infinite loops (10%); limit ${TIMEOUT_MS} ms everywhere; concurrency ${concurrency}; ${REPS} repetitions\n`,
);

const times = {
  executor: [] as number[],
  exec: [] as number[],
  mix: [] as number[],
  forkExec: [] as number[],
  published: [] as number[],
  bare: [] as number[],
  strict: [] as number[],
};
const passes: Record<string, number[]> = { executor: [], forkExec: [], published: [], bare: [] };
const retriedInMix: number[] = [];
const programs = assembledPrograms(tasks, clean);
const sandbox = await openTestSandbox(concurrency);
const strict = await openTestSandbox(concurrency, 1);
await executor(sandbox, clean.slice(0, concurrency)); // start the warm containers outside the timing
for (let rep = 0; rep < REPS; rep++) {
  const ours = await executor(sandbox, clean);
  times.executor.push(ours.seconds);
  passes.executor?.push(ours.passed);
  const mixed = await executor(sandbox, mix);
  times.mix.push(mixed.seconds);
  retriedInMix.push(mixed.retriedAlone);
  times.exec.push(await bbenchExec(workload.clean));
  const fork = await forkExecBaseline(workload.problems, workload.clean, concurrency, 1);
  times.forkExec.push(fork.seconds);
  passes.forkExec?.push(fork.passed);
  const published = await publishedHarnessBaseline(workload.problems, workload.oneCopy, 1);
  times.published.push(published.seconds);
  passes.published?.push(published.passed);
  const bare = await barePythonBaseline(programs, concurrency);
  times.bare.push(bare.seconds);
  passes.bare?.push(bare.passed);
  times.strict.push((await executor(strict, clean.slice(0, STRICT_SUBSET))).seconds);
}
await sandbox.close();
await strict.close();
const mechanisms = await engine.docker.createContainer({
  Image: image,
  Cmd: ['python3', '-c', readFileSync(join(import.meta.dirname, 'worker_mechanisms.py'), 'utf8')],
  OpenStdin: true,
  StdinOnce: true,
  AttachStdin: true,
  AttachStdout: true,
  HostConfig: { NetworkMode: 'none' },
});
const mechanismsOut = await execa('docker', ['start', '-a', '-i', mechanisms.id], {
  input: JSON.stringify(programs.slice(0, oneCopy)),
});
await mechanisms.remove({ force: true });
const { freshMs, forkMs } = JSON.parse(mechanismsOut.stdout) as { freshMs: number; forkMs: number };

const N = clean.length;
const ours = { samples: N, seconds: times.executor };
const rows: [string, { samples: number; seconds: number[] }, string][] = [
  ['executor (warm pool, in process)', ours, 'executor'],
  ['bbench exec, end to end (CLI)', { samples: N, seconds: times.exec }, ''],
  [
    'fork-and-exec, no isolation (reference model)',
    { samples: N, seconds: times.forkExec },
    'forkExec',
  ],
  [
    'published harness mimic (Manager, 4 threads)',
    { samples: oneCopy, seconds: times.published },
    'published',
  ],
  ['bare host python3 -I per sample', { samples: N, seconds: times.bare }, 'bare'],
  ['--strict: fresh container per sample', { samples: STRICT_SUBSET, seconds: times.strict }, ''],
];
for (const [name, m, key] of rows) {
  const passed = key ? ` passed ${passes[key]?.join('/')} of ${m.samples}` : '';
  console.log(`${name.padEnd(47)} ${rateLine(m.samples, m.seconds)}${passed}`);
}
console.log('');
for (const [name, m] of rows.slice(1))
  console.log(`ratio executor / ${name.padEnd(47)} ${rateRatio(ours, m).toFixed(2)}×`);
console.log(
  `start mechanism, one at a time in the image: fresh python3 ${freshMs.toFixed(1)} ms/sample, fork of a warm interpreter ${forkMs.toFixed(1)} ms/sample`,
);
const bound = spread(times.executor).median + (workload.loops * TIMEOUT_MS) / 1000 / concurrency;
console.log(`timeouts retried alone in the mix, per repetition: ${retriedInMix.join(', ')}`);
console.log(
  `10% infinite-loop mix: median ${spread(times.mix).median.toFixed(2)} s; bound (clean run + timeouts / concurrency) ${bound.toFixed(2)} s; ratio ${(spread(times.mix).median / bound).toFixed(2)}`,
);
console.log('');
startupBench(STARTUP_RUNS, (line) => console.log(line));
rmSync(workload.dir, { recursive: true, force: true });
if (!process.argv.includes('--quick')) {
  console.log('');
  analysisScaleBench(SCALE_SAMPLES, (line) => console.log(line));
}
