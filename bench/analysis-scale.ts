/**
 * Analysis at scale: one million simulated sample records (with their executions) in a run directory,
 * analysed by the real `analyzeStage` (streamed, schema-validated, full statistics with the default
 * R = 10,000 permutations and B = 2,000 bootstrap replicates) in a child process, against a baseline
 * measured in the same run: a child that only reads and JSON-parses the same two files. Prints wall
 * time, CPU time (both threads) and peak RSS of both, their ratio, and the load average before and
 * after: on a shared machine the wall time follows the load, the CPU time much less. Asserts nothing.
 *
 * Run alone with `node --import tsx bench/analysis-scale.ts [samples]`.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { TIERS, sampleKey, type ExecutionRecord, type SampleRecord } from '../src/core/records.js';
import { DEFAULT_SIMULATED_CONFIG, drawSimulated } from '../src/providers/simulated.js';

const TASKS = 1_000;

const SIM_CONFIG = { ...DEFAULT_SIMULATED_CONFIG, seed: 11 };

/** One synthetic sample and its verdict, typed so that a change to the records fails to compile here. */
function recordPair(t: number, i: number): { sample: SampleRecord; execution: ExecutionRecord } {
  const task = {
    task_id: `scale-${t}`,
    tier: TIERS[t % 3]!,
    canonical_solution: 'x'.repeat(120 + (t % 7) * 40),
  };
  const d = drawSimulated(SIM_CONFIG, task, 'default', i);
  const key = sampleKey(task.task_id, 'default', i);
  return {
    sample: {
      key,
      taskId: task.task_id,
      conditionId: 'default',
      sampleIndex: i,
      provider: 'simulated',
      completion: '',
      isFullProgram: false,
      reasoningTokens: d.reported,
      reasoningSource: 'reported',
      outputTokens: d.truncated ? SIM_CONFIG.maxOutputTokens : d.reported + 60,
      inputTokens: 120,
      finishReason: d.truncated ? 'length' : 'stop',
      finishReasonRaw: d.truncated ? 'max_output_tokens' : 'completed',
      truncated: d.truncated,
      usageRaw: null,
      request: {
        model: 'simulated',
        maxOutputTokens: SIM_CONFIG.maxOutputTokens,
        reasoningEffort: null,
        thinkingBudget: null,
        temperature: null,
        systemPromptHash: null,
      },
      latencyMs: 1,
      attempts: 1,
      cached: false,
      generationError: null,
      simulated: null,
      responseId: null,
    },
    execution: {
      key,
      taskId: task.task_id,
      conditionId: 'default',
      sampleIndex: i,
      verdict: d.correct ? 'pass' : 'fail',
      detail: '',
      exitCode: d.correct ? 0 : 1,
      durationMs: 10,
      attempts: 1,
      outputTruncated: false,
      stderrTail: '',
      programHash: 'h',
      cpuMs: 5,
      retriedAlone: false,
      firstVerdict: null,
    },
  };
}

/** The record shape, stored with a finished file set: a cached set written by an older record version is rebuilt. */
function recordShape(): string {
  const { sample, execution } = recordPair(0, 0);
  return JSON.stringify([Object.keys(sample).sort(), Object.keys(execution).sort()]);
}

/** Writes samples.jsonl and executions.jsonl for `total` samples over 1,000 synthetic tasks (cached by size and record shape). */
export function makeScaleRun(total: number): string {
  const dir = join(tmpdir(), `bbench-scale-${total}`);
  const marker = join(dir, 'complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === recordShape()) return dir;
  mkdirSync(dir, { recursive: true });
  const s = openSync(join(dir, 'samples.jsonl'), 'w');
  const e = openSync(join(dir, 'executions.jsonl'), 'w');
  const perTask = Math.ceil(total / TASKS);
  let written = 0;
  let chunkS: string[] = [];
  let chunkE: string[] = [];
  for (let t = 0; t < TASKS && written < total; t++) {
    for (let i = 0; i < perTask && written < total; i++, written++) {
      const { sample, execution } = recordPair(t, i);
      chunkS.push(JSON.stringify(sample));
      chunkE.push(JSON.stringify(execution));
      if (chunkS.length >= 10_000) {
        writeSync(s, `${chunkS.join('\n')}\n`);
        writeSync(e, `${chunkE.join('\n')}\n`);
        chunkS = [];
        chunkE = [];
      }
    }
  }
  if (chunkS.length > 0) writeSync(s, `${chunkS.join('\n')}\n`);
  if (chunkE.length > 0) writeSync(e, `${chunkE.join('\n')}\n`);
  closeSync(s);
  closeSync(e);
  writeFileSync(marker, recordShape());
  return dir;
}

const CHILD = {
  /** Baseline: read and parse every line of both files, nothing else. */
  parse: `
    import { existsSync } from 'node:fs';
    import { readJsonl } from './src/core/jsonl.ts';
    const started = performance.now();
    let n = 0;
    for (const f of ['executions.jsonl', 'samples.jsonl']) if (existsSync(process.argv[1] + '/' + f)) for await (const _ of readJsonl(process.argv[1] + '/' + f)) n++;
    const cpu = process.cpuUsage();
    console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMiB: process.resourceUsage().maxRSS / 1024, records: n }));`,
  analyze: `
    import { analyzeStage } from './src/cli/analyze-stage.ts';
    import { createValidators } from './src/core/schemas.ts';
    import { runPathsAt } from './src/core/run-dir.ts';
    const started = performance.now();
    const tiers = new Map(Array.from({ length: ${TASKS} }, (_, t) => ['scale-' + t, { tier: ['simple', 'moderate', 'complex'][t % 3] }]));
    const a = await analyzeStage(runPathsAt(process.argv[1]), createValidators(), tiers, { boundaries: [516, 1034, 1552], tolerance: 0, ks: [1, 5] });
    const cpu = process.cpuUsage();
    console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMiB: process.resourceUsage().maxRSS / 1024, samples: a.counts.samples }));`,
} as const;

interface ChildResult {
  seconds: number;
  /** CPU time of the whole child process, start-up included (process.cpuUsage at the end). */
  cpuSeconds: number;
  maxRssMiB: number;
}

function child(kind: keyof typeof CHILD, dir: string): ChildResult {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', CHILD[kind], dir],
    { cwd: join(import.meta.dirname, '..'), encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

/** The same samples without executions: an imported run (distribution sections only). */
function samplesOnly(dir: string): string {
  const only = `${dir}-samples-only`;
  mkdirSync(only, { recursive: true });
  if (!existsSync(join(only, 'samples.jsonl')))
    symlinkSync(join(dir, 'samples.jsonl'), join(only, 'samples.jsonl'));
  return only;
}

export function analysisScaleBench(total: number, log: (line: string) => void): void {
  const made = performance.now();
  const dir = makeScaleRun(total);
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  log(
    `analysis at scale: ${total.toLocaleString('en')} samples + executions over ${TASKS} tasks in ${dir} (prepared in ${((performance.now() - made) / 1000).toFixed(1)} s); load average ${load()}`,
  );
  for (const [label, at] of [
    ['with verdicts', dir],
    ['samples only (imported logs)', samplesOnly(dir)],
  ] as const) {
    const baseline = child('parse', at);
    const analysis = child('analyze', at);
    log(`  ${label}:`);
    log(
      `    read + JSON.parse only (baseline): ${baseline.seconds.toFixed(2)} s (CPU ${baseline.cpuSeconds.toFixed(2)} s), peak RSS ${baseline.maxRssMiB.toFixed(0)} MiB`,
    );
    log(
      `    bbench analyze (stream, validate, all statistics): ${analysis.seconds.toFixed(2)} s (CPU ${analysis.cpuSeconds.toFixed(2)} s), peak RSS ${analysis.maxRssMiB.toFixed(0)} MiB`,
    );
    log(
      `    ratio analyse / parse: ${(analysis.seconds / baseline.seconds).toFixed(2)}× time, ${(analysis.cpuSeconds / baseline.cpuSeconds).toFixed(2)}× CPU, ${(analysis.maxRssMiB / baseline.maxRssMiB).toFixed(2)}× memory (targets: < 10 s, < 1024 MiB)`,
    );
  }
  log(`  load average at the end ${load()}`);
}

if (process.argv[1] === import.meta.filename)
  analysisScaleBench(Number(process.argv[2] ?? 1_000_000), (l) => console.log(l));
