/**
 * Worker thread of the parallel verdict reader: reads and validates executions.jsonl and posts the
 * verdicts back in batches, packed as "key\tcode" records separated by NUL, so the main thread can read
 * samples.jsonl at the same time. Each batch carries where its records' lines are (line, byte offset,
 * length: three numbers per record), so that a later pass can read a few of them again alone.
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
  let spans = new Float64Array(BATCH * 3);
  const post = (done: boolean) => {
    const message = { batch: batch.join('\u0000'), spans, done };
    parentPort?.postMessage(message, [spans.buffer]);
    batch = [];
    spans = new Float64Array(BATCH * 3);
  };
  try {
    await forEachRecord(path, validators.execution, (e, at) => {
      spans.set([at.line, at.offset, at.bytes], batch.length * 3);
      batch.push(`${e.key}\t${packVerdict(e)}`);
      if (batch.length >= BATCH) post(false);
    });
    post(true);
  } catch (error) {
    const e =
      error instanceof BenchError
        ? error
        : new BenchError('INTERNAL', String((error as Error)?.stack ?? error));
    parentPort?.postMessage({ error: { code: e.code, message: e.message, remedy: e.remedy } });
  }
}

await readVerdicts((workerData as { path: string }).path);
