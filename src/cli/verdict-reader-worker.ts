/**
 * Worker thread of the parallel verdict reader: reads and validates executions.jsonl and posts the
 * verdicts back in batches, packed as "key\tcode" records separated by NUL, so the main thread can read
 * samples.jsonl at the same time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { packVerdict } from '../analyze/sample-table-builder.js';
import { BenchError } from '../core/errors.js';
import { forEachRecord } from '../core/run-dir.js';
import { createValidators } from '../core/schemas.js';

const BATCH = 20_000;

async function readVerdicts(path: string): Promise<void> {
  const validators = createValidators();
  let batch: string[] = [];
  try {
    await forEachRecord(path, validators.execution, (e) => {
      batch.push(`${e.key}\t${packVerdict(e)}`);
      if (batch.length >= BATCH) {
        parentPort?.postMessage({ batch: batch.join('\u0000') });
        batch = [];
      }
    });
    parentPort?.postMessage({ batch: batch.join('\u0000'), done: true });
  } catch (error) {
    const e =
      error instanceof BenchError
        ? error
        : new BenchError('INTERNAL', String((error as Error)?.stack ?? error));
    parentPort?.postMessage({ error: { code: e.code, message: e.message, remedy: e.remedy } });
  }
}

await readVerdicts((workerData as { path: string }).path);
