import { existsSync } from 'node:fs';
import { readJsonlBatches } from './jsonl.js';
import type { RunPaths } from './run-dir.js';
import type { RunManifest } from './run-manifest.js';

/** A run's state as `bbench runs` shows it, with what each means (the help and README say the same). */
export const RUN_STATUSES = {
  complete: 'every sample generated, executed and analysed',
  interrupted:
    'stopped before every sample was generated and executed (rerun the same command to resume)',
  'canary-failed': 'a sandbox canary got a wrong verdict, so no verdict of the run is trusted',
  'sandbox-errors':
    'finished, but some samples got sandbox_error (infrastructure, never scored; a rerun retries them)',
  'not-analysed': 'every sample executed, but there is no analysis.json (run `bbench analyze`)',
  empty: 'created, but no sample was generated',
} as const;

export type RunStatus = keyof typeof RUN_STATUSES;

/** What a run's records hold, counted without loading them. */
export interface RunCounts {
  /** Sample records (one per generated sample, generation errors included). */
  samples: number;
  /** Distinct task ids among the samples. */
  tasks: number;
  /** Samples whose generation failed: they have no code and are never executed. */
  generationErrors: number;
  /** Samples with an execution record (the newest per key counts). */
  executed: number;
  /** Of those, the ones whose newest verdict is sandbox_error. */
  sandboxErrors: number;
}

/**
 * The status of a run from its manifest, its record counts and whether its analysis is readable.
 * Pure. The expected number of samples is known only for an unfiltered run (corpus tasks × conditions
 * × samples per task); a filtered run is judged by its records alone.
 */
export function runStatus(manifest: RunManifest, counts: RunCounts, analysed: boolean): RunStatus {
  if (manifest.canaries?.passed === false) return 'canary-failed';
  if (counts.samples === 0) return 'empty';
  const expected =
    manifest.config.filter === undefined
      ? manifest.corpus.tasks * manifest.config.conditions.length * manifest.config.samplesPerTask
      : null;
  const generatedAll = expected === null || counts.samples >= expected;
  const executedAll =
    manifest.canaries !== null && counts.executed + counts.generationErrors >= counts.samples;
  if (!generatedAll || !executedAll) return 'interrupted';
  if (counts.sandboxErrors > 0) return 'sandbox-errors';
  return analysed ? 'complete' : 'not-analysed';
}

/**
 * Counts a run's samples, tasks and executions by streaming its JSONL files, reading only the fields
 * the status needs (no schema validation: a listing must not fail on one odd line; `analyze` checks).
 */
export async function countRunRecords(paths: RunPaths): Promise<RunCounts> {
  const counts: RunCounts = {
    samples: 0,
    tasks: 0,
    generationErrors: 0,
    executed: 0,
    sandboxErrors: 0,
  };
  const tasks = new Set<string>();
  const sampleKeys = new Set<string>();
  if (existsSync(paths.samples))
    for await (const batch of readJsonlBatches(paths.samples))
      for (const { value } of batch) {
        const s = value as { key?: unknown; taskId?: unknown; generationError?: unknown };
        if (typeof s.key !== 'string' || sampleKeys.has(s.key)) continue;
        sampleKeys.add(s.key);
        counts.samples += 1;
        if (typeof s.taskId === 'string') tasks.add(s.taskId);
        if (s.generationError !== null && s.generationError !== undefined)
          counts.generationErrors += 1;
      }
  counts.tasks = tasks.size;
  // The newest record of a key wins, as in the analysis: a rerun retries sandbox errors.
  const verdicts = new Map<string, unknown>();
  if (existsSync(paths.executions))
    for await (const batch of readJsonlBatches(paths.executions))
      for (const { value } of batch) {
        const e = value as { key?: unknown; verdict?: unknown };
        if (typeof e.key === 'string' && sampleKeys.has(e.key)) verdicts.set(e.key, e.verdict);
      }
  counts.executed = verdicts.size;
  for (const v of verdicts.values()) if (v === 'sandbox_error') counts.sandboxErrors += 1;
  return counts;
}
