/**
 * npm run bench: throughput of the executor against baselines measured in the same run, on a
 * HumanEval-shaped workload made from the bundled corpus (reference solutions × 4), plus the same
 * workload with 10% infinite loops. Median and spread over BENCH_REPS repetitions (default 3).
 * Prints figures and ratios; asserts nothing.
 *
 * Baselines:
 *  - bare host `python3` per sample: the process-isolation limit without any sandbox;
 *  - `docker run` per sample (a fresh container each, on a subset, it is slow);
 *  - reference-harness style: fork + exec per sample in one host Python, no isolation (openai/human-eval).
 *
 * Then the analysis at scale (bench/analysis-scale.ts): 1,000,000 sample records analysed, against a
 * parse-only baseline. `npm run bench -- --analysis-only` runs just that part.
 */
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { sampleKey, type SampleRecord, type TaskRecord } from '../src/core/records.js';
import { createValidators } from '../src/core/schemas.js';
import { loadCorpus } from '../src/core/task-loader.js';
import { assembleProgram } from '../src/execute/assemble-program.js';
import { runExecute } from '../src/execute/run-execute.js';
import { connectEngine } from '../src/sandbox/docker-engine.js';
import { DEFAULT_LIMITS, type Sandbox } from '../src/sandbox/sandbox.js';
import { openTestSandbox } from '../test/helpers/docker.js';
import { analysisScaleBench } from './analysis-scale.js';

const REPS = Number(process.env.BENCH_REPS ?? 3);
const SCALE_SAMPLES = 1_000_000;
if (process.argv.includes('--analysis-only')) {
  analysisScaleBench(SCALE_SAMPLES, (line) => console.log(line));
  process.exit(0);
}
const COPIES = 4; // about 600 samples from the 156-task corpus
const DOCKER_RUN_SUBSET = 60;
const LOOP_TIMEOUT_MS = 1_000;
const limits = { ...DEFAULT_LIMITS, timeoutMs: LOOP_TIMEOUT_MS, cpuSeconds: 1 };

const engine = await connectEngine({ host: undefined, allowSetup: true, log: () => undefined });
const concurrency = engine.cpus;
const corpus = await loadCorpus(join(import.meta.dirname, '../tasks/core'), createValidators());
const tasks = new Map(corpus.tasks.map((t) => [t.task_id, t]));
const LOOP = '    while True:\n        pass\n';

function samples(loopShare: number): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    corpus.tasks.forEach((task, i) => {
      const loop =
        loopShare > 0 && (copy * corpus.tasks.length + i) % Math.round(1 / loopShare) === 0;
      out.push(sample(task, copy, loop ? LOOP : task.canonical_solution));
    });
  }
  return out;
}

function sample(task: TaskRecord, index: number, completion: string): SampleRecord {
  return {
    key: sampleKey(task.task_id, 'bench', index),
    taskId: task.task_id,
    conditionId: 'bench',
    sampleIndex: index,
    provider: 'bench',
    completion,
    isFullProgram: false,
    reasoningTokens: null,
    reasoningSource: 'none',
    outputTokens: null,
    inputTokens: null,
    finishReason: 'stop',
    finishReasonRaw: null,
    truncated: false,
    usageRaw: null,
    request: {
      model: 'bench',
      maxOutputTokens: null,
      reasoningEffort: null,
      thinkingBudget: null,
      temperature: null,
      systemPromptHash: null,
    },
    responseId: null,
    latencyMs: 0,
    attempts: 1,
    cached: false,
    generationError: null,
    simulated: null,
  };
}

async function pool<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<unknown>,
): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
  return (performance.now() - started) / 1000;
}

async function executor(
  sandbox: Sandbox,
  workload: SampleRecord[],
): Promise<{ seconds: number; passed: number; timeouts: number; retriedAlone: number }> {
  let passed = 0;
  let timeouts = 0;
  const started = performance.now();
  const { retriedAlone } = await runExecute({
    tasks,
    samples: workload,
    done: new Set(),
    sandbox,
    limits,
    concurrency,
    maxAttempts: 3,
    write: (r) => {
      passed += r.verdict === 'pass' ? 1 : 0;
      timeouts += r.verdict === 'timeout' ? 1 : 0;
    },
  });
  return { seconds: (performance.now() - started) / 1000, passed, timeouts, retriedAlone };
}

const programsOf = (workload: SampleRecord[]) =>
  workload.map((s) => assembleProgram(tasks.get(s.taskId) as TaskRecord, s.completion, false));
const summary = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] as number,
    min: sorted[0] as number,
    max: sorted.at(-1) as number,
  };
};
const fmt = (n: number, xs: number[]) => {
  const rates = xs.map((s) => n / s);
  const { median, min, max } = summary(rates);
  return `${median.toFixed(1).padStart(6)} samples/s (min ${min.toFixed(1)}, max ${max.toFixed(1)}; median ${summary(xs).median.toFixed(2)} s for ${n})`;
};

const clean = samples(0);
const mix = samples(0.1);
const loops = mix.filter((s) => s.completion === LOOP).length;
const cleanPrograms = programsOf(clean);
const image =
  (await engine.docker.listImages({ filters: { reference: ['boundary-bench/python'] } }))[0]
    ?.RepoTags?.[0] ?? '';

console.log(
  `machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Docker ${engine.version}, Node ${process.version}`,
);
console.log(
  `workload: ${corpus.tasks.length} reference solutions × ${COPIES} = ${clean.length} samples; mix: the same with ${loops} infinite loops (10%), timeout ${LOOP_TIMEOUT_MS} ms; concurrency ${concurrency}; ${REPS} repetitions\n`,
);

const times = {
  ours: [] as number[],
  mix: [] as number[],
  host: [] as number[],
  dockerRun: [] as number[],
  reference: [] as number[],
  strict: [] as number[],
};
const retriedInMix: number[] = [];
const sandbox = await openTestSandbox(concurrency);
const strict = await openTestSandbox(concurrency, 1);
await executor(sandbox, clean.slice(0, concurrency)); // start the warm containers outside the timing
for (let rep = 0; rep < REPS; rep++) {
  times.ours.push((await executor(sandbox, clean)).seconds);
  const mixed = await executor(sandbox, mix);
  times.mix.push(mixed.seconds);
  retriedInMix.push(mixed.retriedAlone);
  times.strict.push((await executor(strict, clean.slice(0, DOCKER_RUN_SUBSET))).seconds);
  times.host.push(
    await pool(cleanPrograms, concurrency, (p) =>
      execa('python3', ['-I', '-c', p], { reject: false }),
    ),
  );
  times.dockerRun.push(
    await pool(cleanPrograms.slice(0, DOCKER_RUN_SUBSET), concurrency, (p) =>
      engine.docker.run(image, ['python3', '-I', '-c', p], [], {
        HostConfig: { AutoRemove: true, NetworkMode: 'none' },
      }),
    ),
  );
  const reference = await execa(
    'python3',
    [join(import.meta.dirname, 'reference_style_baseline.py'), String(concurrency)],
    { input: JSON.stringify(cleanPrograms) },
  );
  times.reference.push((JSON.parse(reference.stdout) as { seconds: number }).seconds);
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
  input: JSON.stringify(cleanPrograms.slice(0, corpus.tasks.length)),
});
await mechanisms.remove({ force: true });
const { freshMs, forkMs } = JSON.parse(mechanismsOut.stdout) as { freshMs: number; forkMs: number };

const rate = (n: number, xs: number[]) => n / summary(xs).median;
console.log(`executor (warm pool, fresh python3 per sample):   ${fmt(clean.length, times.ours)}`);
console.log(`bare host python3 per sample (no isolation):      ${fmt(clean.length, times.host)}`);
console.log(
  `docker run per sample:                            ${fmt(DOCKER_RUN_SUBSET, times.dockerRun)}`,
);
console.log(
  `strict mode (fresh container per sample):         ${fmt(DOCKER_RUN_SUBSET, times.strict)}`,
);
console.log(
  `reference-harness style (fork+exec, no isolation): ${fmt(clean.length, times.reference)}`,
);
console.log('');
console.log(
  `ratio executor / bare python3:        ${(rate(clean.length, times.ours) / rate(clean.length, times.host)).toFixed(2)}×`,
);
console.log(
  `ratio executor / docker run:          ${(rate(clean.length, times.ours) / rate(DOCKER_RUN_SUBSET, times.dockerRun)).toFixed(2)}×`,
);
console.log(
  `ratio executor / strict mode:         ${(rate(clean.length, times.ours) / rate(DOCKER_RUN_SUBSET, times.strict)).toFixed(2)}×`,
);
console.log(
  `ratio executor / reference style:     ${(rate(clean.length, times.ours) / rate(clean.length, times.reference)).toFixed(2)}×`,
);
console.log(
  `start mechanism, one at a time in the image: fresh python3 ${freshMs.toFixed(1)} ms/sample, fork of a warm interpreter ${forkMs.toFixed(1)} ms/sample`,
);
const bound = summary(times.ours).median + (loops * LOOP_TIMEOUT_MS) / 1000 / concurrency;
console.log(`timeouts retried alone in the mix, per repetition: ${retriedInMix.join(', ')}`);
console.log(
  `10% infinite-loop mix: median ${summary(times.mix).median.toFixed(2)} s; bound (clean run + timeouts / concurrency) ${bound.toFixed(2)} s; ratio ${(summary(times.mix).median / bound).toFixed(2)}`,
);
console.log('');
analysisScaleBench(SCALE_SAMPLES, (line) => console.log(line));
