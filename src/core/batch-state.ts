import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { BenchError } from './errors.js';
import { writeFileAtomic } from './run-dir.js';
import { batchStateSchema, type BatchEntry, type BatchStateFile } from './batch-record.js';
import { describeSchemaErrors } from './schemas.js';

export { BATCH_STATES, batchStateSchema } from './batch-record.js';
export type { BatchEntry, BatchRequestKey, BatchState, BatchStateFile } from './batch-record.js';

/** The batches of one run, held in memory and written whole (atomically) on every change. */
export interface BatchStore {
  readonly path: string;
  entries(): readonly BatchEntry[];
  /** Adds the entry, or replaces the one with its id, and writes the file before returning. */
  save(entry: BatchEntry): void;
}

/**
 * Opens a run's batch state (batches.json; absent means no batch was ever submitted). The file is
 * rewritten through a temporary file and a rename, so a kill -9 leaves the old or the new state, never
 * half of one. Several providers of a run share it: writes are synchronous, so they never interleave.
 */
export function openBatchStore(path: string): BatchStore {
  const validate = new Ajv({ allErrors: true, strict: false }).compile<BatchStateFile>(
    batchStateSchema,
  );
  let state: BatchStateFile = { version: 1, batches: [] };
  if (existsSync(path)) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new BenchError(
        'RECORD_INVALID',
        `${path}: not valid JSON (${(error as Error).message})`,
        'the batch state was edited by hand; restore it, or the submitted batches cannot be collected',
      );
    }
    if (!validate(value))
      throw new BenchError(
        'RECORD_INVALID',
        `${path}: ${describeSchemaErrors(validate.errors)}`,
        'the batch state was edited by hand or written by another tool version',
      );
    state = value;
  }
  return {
    path,
    entries: () => state.batches,
    save(entry) {
      const batches = state.batches.filter((b) => b.id !== entry.id);
      const at = state.batches.findIndex((b) => b.id === entry.id);
      batches.splice(at < 0 ? batches.length : at, 0, entry);
      state = { version: 1, batches };
      writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
    },
  };
}
