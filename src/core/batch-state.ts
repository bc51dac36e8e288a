import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { BenchError } from './errors.js';
import { writeFileAtomic } from './run-dir.js';
import { bool, int, str, strict } from './schema-blocks.js';
import { describeSchemaErrors } from './schemas.js';

/**
 * A batch's state, normalised over the vendors: `running` until the vendor stops processing it; then
 * `ended` (results ready), `expired` (the completion window passed: some requests have no answer),
 * `cancelled`, or `failed` (the batch itself was refused, e.g. a malformed input file).
 */
export const BATCH_STATES = ['running', 'ended', 'expired', 'cancelled', 'failed'] as const;
export type BatchState = (typeof BATCH_STATES)[number];

/** One request of a submitted batch: the vendor's `custom_id` and the sample key it answers. */
export interface BatchRequestKey {
  customId: string;
  key: string;
}

/**
 * One batch submitted to a vendor (a line of the run directory's batches.json). It is written as soon
 * as the vendor returns the batch's id, before any polling, so that a resumed run finds it and never
 * submits those requests again; `recorded` turns true once every request's outcome is in samples.jsonl.
 */
export interface BatchEntry {
  /** The vendor's id (`batch_…`, `msgbatch_…`, `batches/…`). */
  id: string;
  /** The provider spec the requests went to, e.g. `openai:gpt-5.5`. */
  provider: string;
  submittedAt: string;
  /** 1 for a first submission; n for requests resubmitted after n − 1 batches expired without them. */
  round: number;
  requests: BatchRequestKey[];
  state: BatchState;
  /** The vendor's own state name at the last poll (`in_progress`, `ended`, `BATCH_STATE_RUNNING`, …). */
  raw: string;
  /** The vendor's request counts at the last poll, by its own names. */
  counts: Record<string, number>;
  /** Why a `failed` batch failed, as the vendor said; null otherwise. */
  error: string | null;
  updatedAt: string;
  recorded: boolean;
}

export interface BatchStateFile {
  version: 1;
  batches: BatchEntry[];
}

export const batchStateSchema = strict({
  version: { const: 1 },
  batches: {
    type: 'array',
    items: strict({
      id: { type: 'string', minLength: 1 },
      provider: str,
      submittedAt: str,
      round: { type: 'integer', minimum: 1 },
      requests: {
        type: 'array',
        items: strict({ customId: { type: 'string', minLength: 1 }, key: str }),
      },
      state: { enum: [...BATCH_STATES] },
      raw: str,
      counts: { type: 'object', additionalProperties: int },
      error: { type: ['string', 'null'] },
      updatedAt: str,
      recorded: bool,
    }),
  },
});

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
