import type { Alignment } from './analysis-record.js';
import { ALIGNMENTS } from './analysis-record.js';
import {
  FINISH_REASONS,
  REASONING_SOURCES,
  TIERS,
  VERDICTS,
  type FinishReason,
  type ReasoningSource,
  type Tier,
  type Verdict,
} from './records.js';
import { bool, int, nullable, str, strict } from './schema-blocks.js';

/** What `bbench show` can say of a sample's outcome: a verdict, or why there is none. */
export const SHOWN_OUTCOMES = [...VERDICTS, 'generation_error', 'not_executed'] as const;
export type ShownOutcome = (typeof SHOWN_OUTCOMES)[number];
export type ShownTier = Tier | 'untiered';

/** One sample as `bbench show` prints it: its record joined with its verdict, tier and alignment. */
export interface ShownSample {
  key: string;
  taskId: string;
  tier: ShownTier;
  /** The arm (condition id) the sample was generated under. */
  arm: string;
  sampleIndex: number;
  reasoningTokens: number | null;
  reasoningSource: ReasoningSource;
  finishReason: FinishReason;
  finishReasonRaw: string | null;
  truncated: boolean;
  alignment: Alignment;
  /** The boundary its count is aligned to (within the tolerance); null when not aligned. */
  boundary: number | null;
  outcome: ShownOutcome;
  /** The execution's few words (exception, limit hit); null when not executed. */
  detail: string | null;
  /** The traceback tail kept for `fail` and `error`; null otherwise or in older records. */
  traceback: string | null;
  generationError: string | null;
  /** The model's code: a completion that follows the task's prompt, or a full program. */
  code: string;
  isFullProgram: boolean;
}

/** The filters a selection was made with (null or empty: not filtered on). */
export interface SampleQuery {
  tasks: string[];
  outcomes: ShownOutcome[];
  aligned: boolean | null;
  boundary: number | null;
  arms: string[];
  tiers: ShownTier[];
  limit: number;
}

/** `bbench show --format json` (schemas/sample-view.schema.json). */
export interface SampleView {
  schemaVersion: 1;
  runId: string;
  boundaries: number[];
  tolerance: number;
  query: SampleQuery;
  /** Samples in the run, samples matching the query, and those shown (at most the limit). */
  total: number;
  matched: number;
  samples: ShownSample[];
}

const tier = { enum: [...TIERS, 'untiered'] };
const outcome = { enum: [...SHOWN_OUTCOMES] };

export const sampleViewSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://boundary-bench.dev/schemas/sample-view.schema.json',
  title: 'boundary-bench show: samples of a run with their verdicts',
  ...strict({
    schemaVersion: { const: 1 },
    runId: str,
    boundaries: { type: 'array', items: int },
    tolerance: int,
    query: strict({
      tasks: { type: 'array', items: str },
      outcomes: { type: 'array', items: outcome },
      aligned: { type: ['boolean', 'null'] },
      boundary: nullable('integer'),
      arms: { type: 'array', items: str },
      tiers: { type: 'array', items: tier },
      limit: { type: 'integer', minimum: 1 },
    }),
    total: int,
    matched: int,
    samples: {
      type: 'array',
      items: strict({
        key: str,
        taskId: str,
        tier,
        arm: str,
        sampleIndex: int,
        reasoningTokens: nullable('integer'),
        reasoningSource: { enum: [...REASONING_SOURCES] },
        finishReason: { enum: [...FINISH_REASONS] },
        finishReasonRaw: nullable('string'),
        truncated: bool,
        alignment: { enum: [...ALIGNMENTS] },
        boundary: nullable('integer'),
        outcome,
        detail: nullable('string'),
        traceback: nullable('string'),
        generationError: nullable('string'),
        code: str,
        isFullProgram: bool,
      }),
    },
  }),
};
