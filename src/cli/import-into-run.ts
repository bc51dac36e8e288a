import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { BenchError } from '../core/errors.js';
import { openJsonlAppender, type JsonlAppender } from '../core/jsonl.js';
import type { RunPaths } from '../core/run-dir.js';
import { createCodexLogReader } from '../import/codex-logs.js';
import {
  createSampleNumbering,
  importedExecution,
  importedSample,
  type ImportedCall,
  type SkippedLine,
} from '../import/imported-sample.js';
import { readTableRow } from '../import/records-table.js';

/**
 * Reading the files `bbench import` is given (Codex session logs, or tables of records in JSONL or
 * CSV) into a run directory's samples.jsonl and executions.jsonl, each line kept or listed as skipped.
 */

export const IMPORT_KINDS = ['codex-logs', 'records'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** An input file and the directory it was found under (null when given as a file), for relative names. */
export interface InputFile {
  path: string;
  root: string | null;
}

/** Expands directories to the .jsonl/.csv files under them (sorted, so keys are stable). */
export function inputFiles(paths: readonly string[]): InputFile[] {
  const files: InputFile[] = [];
  const walk = (path: string, root: string | null): void => {
    if (!existsSync(path)) throw new BenchError('USAGE', `bbench import: '${path}' does not exist`);
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry), root ?? path);
    } else if (/\.(jsonl|json|csv)$/i.test(path)) {
      files.push({ path, root });
    }
  };
  for (const p of paths) walk(p, null);
  return files;
}

interface ImportSink {
  add(call: ImportedCall, where: string): void;
  skip(s: SkippedLine): void;
}

async function readCodexFile(
  { path: file, root }: InputFile,
  model: string,
  sink: ImportSink,
): Promise<void> {
  const readLine = createCodexLogReader(file, model, root);
  let n = 0;
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Infinity,
  })) {
    n += 1;
    const result = readLine(line, n);
    if (result === null) continue;
    if ('call' in result) sink.add(result.call, `${file}:${n}`);
    else sink.skip(result.skipped);
  }
}

async function readTableFile(
  file: string,
  sink: ImportSink,
  rowCounter: { n: number },
): Promise<void> {
  const rows: AsyncIterable<{ row: unknown; line: number }> = file.toLowerCase().endsWith('.csv')
    ? (async function* () {
        const parser = createReadStream(file).pipe(
          parseCsv({
            columns: true,
            skip_empty_lines: true,
            trim: true,
            relax_column_count: true,
            info: true,
          }),
        );
        for await (const r of parser as AsyncIterable<{ record: unknown; info: { lines: number } }>)
          yield { row: r.record, line: r.info.lines };
      })()
    : (async function* () {
        let n = 0;
        for await (const line of createInterface({
          input: createReadStream(file),
          crlfDelay: Infinity,
        })) {
          n += 1;
          if (line.trim() === '') continue;
          try {
            yield { row: JSON.parse(line) as unknown, line: n };
          } catch {
            sink.skip({
              where: `${file}:${n}`,
              reason: 'not valid JSON (malformed or truncated line)',
            });
          }
        }
      })();
  for await (const { row, line } of rows) {
    rowCounter.n += 1;
    const result = readTableRow(row, `${file}:${line}`, rowCounter.n);
    if ('call' in result) sink.add(result.call, `${file}:${line}`);
    else sink.skip(result.skipped);
  }
}

/** Imports into fresh files beside the final ones, renamed into place at the end, so a crash leaves no half import. */
export async function importInto(
  kind: ImportKind,
  files: readonly InputFile[],
  paths: RunPaths,
  model: string,
  strict: boolean,
) {
  mkdirSync(paths.dir, { recursive: true });
  const partial = (p: string) => `${p}.partial`;
  for (const p of [paths.samples, paths.executions]) rmSync(partial(p), { force: true });
  const samples = openJsonlAppender(partial(paths.samples)).appender;
  let executions: JsonlAppender | null = null;
  const numbering = createSampleNumbering();
  const skipped: SkippedLine[] = [];
  let imported = 0,
    withVerdict = 0;
  const sink: ImportSink = {
    add(call, where) {
      const sample = importedSample(call, numbering(call.taskId, call.conditionId), kind);
      samples.append(sample);
      imported += 1;
      if (call.passed !== null) {
        executions ??= openJsonlAppender(partial(paths.executions)).appender;
        executions.append(importedExecution(sample, call.passed, where));
        withVerdict += 1;
      }
    },
    skip: (s) => skipped.push(s),
  };
  const rowCounter = { n: 0 };
  try {
    for (const file of files) {
      if (kind === 'codex-logs') await readCodexFile(file, model, sink);
      else await readTableFile(file.path, sink, rowCounter);
    }
  } finally {
    samples.close();
    (executions as JsonlAppender | null)?.close();
  }
  if (strict && skipped.length > 0) {
    for (const p of [paths.samples, paths.executions]) rmSync(partial(p), { force: true });
    throw new BenchError(
      'SAMPLES_INVALID',
      `bbench import --strict: ${skipped.length} line(s) could not be imported, so nothing was; ${describeSkipped(skipped)}`,
    );
  }
  renameSync(partial(paths.samples), paths.samples);
  if (withVerdict > 0) renameSync(partial(paths.executions), paths.executions);
  else rmSync(paths.executions, { force: true });
  return { paths, imported, withVerdict, skipped };
}

/** "first 3: a.csv:4: reason; a.csv:9: reason; …" — the first few skipped lines, for stderr and errors. */
export function describeSkipped(skipped: readonly SkippedLine[]): string {
  const shown = skipped.slice(0, 5).map((s) => `${s.where}: ${s.reason}`);
  return `first ${shown.length}: ${shown.join('; ')}${skipped.length > shown.length ? `; … ${skipped.length - shown.length} more` : ''}`;
}
