import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { BenchError } from './errors.js';
import { readJsonlAt, readJsonlBatches, type JsonlSpan } from './jsonl.js';
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
  /** Batches submitted to vendors (`--batch`), with their request keys and states. */
  batches: string;
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
    batches: join(dir, 'batches.json'),
  };
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
  /** Also told where the record's line is, for a later {@link forEachRecordAt}. */
  each: (record: T, at: JsonlSpan) => void,
  /** Lines whose raw text fails this are skipped unparsed (see readJsonlBatches). */
  keep?: (text: string) => boolean,
): Promise<void> {
  if (!existsSync(path)) return;
  const problems: string[] = [];
  for await (const batch of readJsonlBatches(
    path,
    (m) => problems.push(`${m.where}: not valid JSON (${m.reason})`),
    keep,
  )) {
    for (const line of batch) {
      if (validate(line.value)) each(line.value, line);
      else problems.push(`${path}:${line.line}: ${describeSchemaErrors(validate.errors)}`);
    }
  }
  throwIfInvalid(problems);
}

/** The same for the records at `spans` only, in file order (lines found by an earlier pass). */
export function forEachRecordAt<T>(
  path: string,
  validate: ValidateFunction<T>,
  spans: readonly JsonlSpan[],
  each: (record: T) => void,
): void {
  const problems: string[] = [];
  for (const line of readJsonlAt(path, spans, (m) =>
    problems.push(`${m.where}: not valid JSON (${m.reason})`),
  )) {
    if (validate(line.value)) each(line.value);
    else problems.push(`${path}:${line.line}: ${describeSchemaErrors(validate.errors)}`);
  }
  throwIfInvalid(problems);
}

function throwIfInvalid(problems: readonly string[]): void {
  if (problems.length > 0) {
    throw new BenchError(
      'RECORD_INVALID',
      `${problems.length} invalid record(s):\n  ${problems.slice(0, 10).join('\n  ')}`,
      'the file was edited or written by another tool version; restore it or start a new run id',
    );
  }
}
