import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SampleTableBuilder } from '../analyze/sample-table-builder.js';
import { BenchError, type ErrorCode } from '../core/errors.js';
import type { JsonlSpan } from '../core/jsonl.js';
import { forEachRecord } from '../core/run-dir.js';
import type { RecordValidators } from '../core/schemas.js';

type WorkerMessage =
  | { batch: string; spans: Float64Array; done: boolean }
  | { error: { code: ErrorCode; message: string; remedy?: string } };

/**
 * Reads executions.jsonl into the builder while the caller reads samples.jsonl: the executions are
 * parsed and validated on a worker thread (a second core), and their packed verdicts are joined when
 * `finish` is awaited. The builder must have been made with `lateExecutions`. Falls back to reading on
 * this thread when no worker can be started. `finish` also says where the newest record of each of the
 * `wanted` keys is in the file, so that a later pass can read those lines alone.
 */
export function readVerdictsInParallel(
  path: string,
  validators: RecordValidators,
  builder: SampleTableBuilder,
): { finish: (wanted?: ReadonlySet<string>) => Promise<Map<string, JsonlSpan>> } {
  if (!existsSync(path)) return { finish: async () => new Map() };
  const batches: { batch: string; spans: Float64Array }[] = [];
  const onThisThread = async (wanted?: ReadonlySet<string>) => {
    const found = new Map<string, JsonlSpan>();
    await forEachRecord(path, validators.execution, (e, at) => {
      builder.addExecution(e);
      if (wanted?.has(e.key))
        found.set(e.key, { line: at.line, offset: at.offset, bytes: at.bytes });
    });
    return found;
  };
  let worker: Worker;
  try {
    // Compiled (dist/), the worker is plain JavaScript; from the sources, it runs TypeScript through
    // tsx, registered as bin/bbench.js does (a .ts entry is refused otherwise).
    const compiled = import.meta.url.endsWith('.js');
    const entry = new URL(`./verdict-reader-worker.${compiled ? 'js' : 'ts'}`, import.meta.url);
    worker = compiled
      ? new Worker(entry, { workerData: { path }, execArgv: [] })
      : new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`,
          { eval: true, workerData: { path }, execArgv: [] },
        );
  } catch {
    return { finish: onThisThread };
  }
  let heard = false;
  // 'fallback': the thread could not start (no message yet), so this thread reads the file instead.
  const finished = new Promise<'done' | 'fallback'>((resolve, reject) => {
    worker.on('message', (m: WorkerMessage) => {
      heard = true;
      if ('error' in m) reject(new BenchError(m.error.code, m.error.message, m.error.remedy));
      else {
        if (m.batch.length > 0) batches.push({ batch: m.batch, spans: m.spans });
        if (m.done) resolve('done');
      }
    });
    worker.on('error', (error) => (heard ? reject(error) : resolve('fallback')));
    worker.on('exit', (code) =>
      code === 0 || !heard
        ? resolve(heard ? 'done' : 'fallback')
        : reject(
            new BenchError('INTERNAL', `the executions reader thread exited with code ${code}`),
          ),
    );
  });
  return {
    async finish(wanted) {
      let outcome: 'done' | 'fallback';
      try {
        outcome = await finished;
      } finally {
        await worker.terminate();
      }
      if (outcome === 'fallback') return onThisThread(wanted);
      const found = new Map<string, JsonlSpan>();
      for (const { batch, spans } of batches) {
        batch.split('\u0000').forEach((record, r) => {
          const tab = record.lastIndexOf('\t');
          const key = record.slice(0, tab);
          builder.addVerdict(key, Number(record.slice(tab + 1)));
          if (wanted?.has(key))
            found.set(key, {
              line: spans[r * 3]!,
              offset: spans[r * 3 + 1]!,
              bytes: spans[r * 3 + 2]!,
            });
        });
      }
      return found;
    },
  };
}
