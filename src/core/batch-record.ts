import { bool, int, str, strict } from './schema-blocks.js';

/** The records of batches.json (`--batch`); the store that reads and writes them is batch-state.ts. */

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
