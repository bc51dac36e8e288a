import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BenchError } from '../core/errors.js';
import type { EvalPlusSpec, TaskRecord, Tier } from '../core/records.js';
import type { Corpus } from '../core/task-loader.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';
import {
  computeGroundTruth,
  evalPlusTest,
  evalPlusTimeoutMs,
  type GroundTruth,
} from './evalplus-oracle.js';
import { measureTiers } from './measure-tiers.js';

/**
 * Makes an imported corpus ready to run, in the sandbox: measures the tier of every untiered task
 * (task_features.py on its reference) and computes EvalPlus's expected outputs, from which each
 * EvalPlus task's test and time limit are generated. Both are cached per corpus hash, so a rerun or a
 * resumed run reuses them (as EvalPlus caches its ground truth per dataset hash).
 */

/** Bumped when the harness or the cache's shape changes, so that old entries are not reused. */
const CACHE_VERSION = 1;

interface CacheFile {
  version: number;
  corpusHash: string;
  tiers: Record<string, { tier: Tier | null; score: number | null; problem: string | null }>;
  truth: Record<string, GroundTruth>;
}

export interface PrepareOptions {
  /** Directory of the cache (`<results>/.cache`), or null for none. */
  cacheDir: string | null;
  measureTiers: boolean;
  limits: SandboxLimits;
  concurrency: number;
  signal?: AbortSignal;
}

export interface Preparation {
  corpus: Corpus;
  /** Tasks whose tier was measured, and those that could not be (left untiered, with why). */
  measured: number;
  unmeasured: { taskId: string; problem: string }[];
  evalplusTasks: number;
  /** Whether everything came from the cache. */
  fromCache: boolean;
  cacheFile: string | null;
}

type EvalPlusTask = TaskRecord & { evalplus: EvalPlusSpec };
const isEvalPlus = (t: TaskRecord): t is EvalPlusTask => t.evalplus !== undefined;

/** Whether the corpus needs the sandbox before it can run: untiered tasks or EvalPlus tasks. */
export function needsPreparation(corpus: Corpus, measureTiers: boolean): boolean {
  return corpus.tasks.some((t) => isEvalPlus(t) || (measureTiers && t.tier === null));
}

export function corpusCacheFile(cacheDir: string, corpusHash: string): string {
  return join(cacheDir, 'corpora', `v${CACHE_VERSION}-${corpusHash.slice(0, 32)}.json`);
}

function readCache(path: string | null, corpusHash: string): CacheFile {
  const empty: CacheFile = { version: CACHE_VERSION, corpusHash, tiers: {}, truth: {} };
  if (path === null || !existsSync(path)) return empty;
  try {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    return cached.version === CACHE_VERSION && cached.corpusHash === corpusHash ? cached : empty;
  } catch {
    return empty; // A damaged cache is recomputed, never trusted.
  }
}

function writeCache(path: string, cache: CacheFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(cache));
  renameSync(tmp, path);
}

export async function prepareCorpus(
  sandbox: Sandbox,
  corpus: Corpus,
  options: PrepareOptions,
): Promise<Preparation> {
  const cacheFile = options.cacheDir ? corpusCacheFile(options.cacheDir, corpus.hash) : null;
  const cache = readCache(cacheFile, corpus.hash);
  let computed = false;

  const untiered = options.measureTiers
    ? corpus.tasks.filter((t) => t.tier === null && !(t.task_id in cache.tiers))
    : [];
  if (untiered.length > 0) {
    for (const m of await measureTiers(sandbox, untiered, options.limits))
      cache.tiers[m.taskId] = { tier: m.tier, score: m.score, problem: m.problem };
    computed = true;
  }

  const missing = corpus.tasks.filter(isEvalPlus).filter((t) => !(t.task_id in cache.truth));
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency, missing.length)) }, async () => {
      while (next < missing.length && !options.signal?.aborted) {
        const task = missing[next++] as EvalPlusTask;
        const result = await computeGroundTruth(sandbox, task, options.limits);
        if ('truth' in result) cache.truth[task.task_id] = result.truth;
        else failures.push(`${task.source}: ${task.task_id}: ${result.problem}`);
      }
    }),
  );
  if (missing.length > 0) computed = true;
  if (options.signal?.aborted)
    throw new BenchError('INTERRUPTED', 'interrupted while computing the expected outputs');
  if (failures.length > 0)
    throw new BenchError(
      'TASKS_INVALID',
      `the canonical solution of ${failures.length} EvalPlus task(s) could not produce the expected outputs:\n${failures
        .slice(0, 20)
        .map((f) => `  ${f}`)
        .join('\n')}`,
      'a task whose reference fails cannot judge samples; fix or drop it',
    );
  if (computed && cacheFile) writeCache(cacheFile, cache);

  const unmeasured: Preparation['unmeasured'] = [];
  let measured = 0;
  const tasks = corpus.tasks.map((task) => {
    let out: TaskRecord = task;
    const tier = options.measureTiers && task.tier === null ? cache.tiers[task.task_id] : undefined;
    if (tier?.tier) {
      out = { ...out, tier: tier.tier, tierSource: 'measured' };
      measured += 1;
    } else if (tier) unmeasured.push({ taskId: task.task_id, problem: tier.problem ?? 'unknown' });
    if (isEvalPlus(task)) {
      const truth = cache.truth[task.task_id] as GroundTruth;
      out = {
        ...out,
        test: evalPlusTest(task, truth),
        timeoutMs: task.timeoutMs ?? evalPlusTimeoutMs(truth, task.evalplus.plus),
      };
    }
    return out;
  });
  return {
    corpus: { ...corpus, tasks },
    measured,
    unmeasured,
    evalplusTasks: corpus.tasks.filter(isEvalPlus).length,
    fromCache: !computed,
    cacheFile,
  };
}
