import type { PriceTable } from './arm-record.js';
import type { ArmSummary } from './experiment.js';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { PlantedEffect } from './analysis-record.js';
import { BenchError } from './errors.js';
import { canonicalJson, sha256 } from './hash.js';
import { readJsonlBatches } from './jsonl.js';
import { describeSchemaErrors } from './schemas.js';

/** The files of one run: results/<run-id>/… Every stage reads and writes only these. */
export interface RunPaths {
  dir: string;
  manifest: string;
  samples: string;
  executions: string;
  analysis: string;
  reportMarkdown: string;
  reportHtml: string;
}

export function runPaths(resultsDir: string, runId: string): RunPaths {
  return runPathsAt(join(resultsDir, runId));
}

/** The files of the run directory `dir`. */
export function runPathsAt(dir: string): RunPaths {
  return {
    dir,
    manifest: join(dir, 'manifest.json'),
    samples: join(dir, 'samples.jsonl'),
    executions: join(dir, 'executions.jsonl'),
    analysis: join(dir, 'analysis.json'),
    reportMarkdown: join(dir, 'report.md'),
    reportHtml: join(dir, 'report.html'),
  };
}

/** Everything that decides a run's results. Rerunning a run id with a different one is refused. */
export interface RunConfig {
  model: string;
  tasksPath: string;
  samplesPerTask: number;
  conditions: string[];
  seed: number;
  boundaries: number[];
  tolerance: number;
  ks: number[];
  /** The simulated model's full configuration, when the model is simulated. */
  simulated: Record<string, unknown> | null;
  limits: Record<string, number>;
  /** Per-task timeouts derived from each reference's runtime in the sandbox. */
  referenceTimeouts: boolean;
  /** The experiment's arms as sent (system prompts as hashes); absent in runs made before conditions existed. */
  arms?: ArmSummary[];
}

export interface RunManifest {
  schemaVersion: 1;
  runId: string;
  createdAt: string;
  configHash: string;
  config: RunConfig;
  tool: { name: string; version: string; gitRevision: string | null; node: string };
  corpus: { path: string; hash: string; tasks: number };
  planted: PlantedEffect | null;
  /** Filled in by execution: the engine, image and limits actually applied. */
  sandbox: Record<string, unknown> | null;
  canaries: { passed: boolean; at: string; results: { name: string; verdict: string }[] } | null;
  /** The run configuration's prices (per model, US dollars per 1M tokens); not part of the config hash, since prices change. */
  prices?: PriceTable;
  /** With referenceTimeouts: each task's reference runtime and derived timeout, measured once and reused on resume. */
  taskTimeouts?: {
    taskId: string;
    referenceMs: number;
    referenceFailed: boolean;
    timeoutMs: number;
  }[];
}

export function configHash(config: RunConfig): string {
  return sha256(canonicalJson(config)).slice(0, 16);
}

/**
 * Starts a run, or resumes it when its manifest exists with the same configuration. A different
 * configuration under the same run id would mix incomparable samples, so it is refused.
 */
export function openRun(
  paths: RunPaths,
  fresh: Omit<RunManifest, 'configHash' | 'sandbox' | 'canaries'>,
): { manifest: RunManifest; resumed: boolean } {
  const hash = configHash(fresh.config);
  if (existsSync(paths.manifest)) {
    const existing = readManifest(paths);
    if (existing.configHash !== hash || existing.corpus.hash !== fresh.corpus.hash) {
      const changed = Object.keys(fresh.config).filter(
        (k) =>
          canonicalJson(fresh.config[k as keyof RunConfig]) !==
          canonicalJson(existing.config[k as keyof RunConfig]),
      );
      if (existing.corpus.hash !== fresh.corpus.hash) changed.push('corpus content');
      throw new BenchError(
        'RUN_MISMATCH',
        `run ${fresh.runId} in ${paths.dir} was made with a different configuration (changed: ${changed.join(', ')})`,
        'use a new --run-id, or rerun with the options the run was started with (see its manifest.json)',
      );
    }
    return { manifest: existing, resumed: true };
  }
  mkdirSync(paths.dir, { recursive: true });
  const manifest: RunManifest = { ...fresh, configHash: hash, sandbox: null, canaries: null };
  writeManifest(paths, manifest);
  return { manifest, resumed: false };
}

export function readManifest(paths: RunPaths): RunManifest {
  if (!existsSync(paths.manifest)) {
    throw new BenchError(
      'USAGE',
      `no run at ${paths.dir}: ${paths.manifest} does not exist`,
      'pass a results directory made by `bbench run` or `bbench demo`',
    );
  }
  try {
    return JSON.parse(readFileSync(paths.manifest, 'utf8')) as RunManifest;
  } catch (error) {
    throw new BenchError(
      'RECORD_INVALID',
      `${paths.manifest}: not valid JSON (${(error as Error).message})`,
    );
  }
}

/** Writes the manifest atomically (temp file and rename), so a crash never leaves half a manifest. */
export function writeManifest(paths: RunPaths, manifest: RunManifest): void {
  writeFileAtomic(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
}

export function writeFileAtomic(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/**
 * Reads every record of a JSONL file and validates each against its schema. A record that does not
 * match is a harness error naming its file:line and field. A missing file is an empty list.
 */
export async function readRecords<T>(path: string, validate: ValidateFunction<T>): Promise<T[]> {
  const records: T[] = [];
  await forEachRecord(path, validate, (r) => records.push(r));
  return records;
}

/**
 * Streams the validated records of a JSONL file to `each`, one at a time, so that a large run is never
 * held in memory. Invalid records are collected and reported together at the end, as by readRecords.
 */
export async function forEachRecord<T>(
  path: string,
  validate: ValidateFunction<T>,
  each: (record: T) => void,
): Promise<void> {
  if (!existsSync(path)) return;
  const problems: string[] = [];
  for await (const batch of readJsonlBatches(path, (m) =>
    problems.push(`${m.where}: not valid JSON (${m.reason})`),
  )) {
    for (const { line, value } of batch) {
      if (validate(value)) each(value);
      else problems.push(`${path}:${line}: ${describeSchemaErrors(validate.errors)}`);
    }
  }
  if (problems.length > 0) {
    throw new BenchError(
      'RECORD_INVALID',
      `${problems.length} invalid record(s):\n  ${problems.slice(0, 10).join('\n  ')}`,
      'the file was edited or written by another tool version; restore it or start a new run id',
    );
  }
}
