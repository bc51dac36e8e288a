import { int, strict } from './schema-blocks.js';

/** One pass@k: its value, or null with the reason (a task with fewer than k samples). */
export interface PassAtKValue {
  k: number;
  value: number | null;
  nullReason: string | null;
}

/** What `bbench exec --format json` prints (schemas/exec-summary.schema.json). */
export interface ExecSummary {
  /** Samples of the selected tasks, executed (sandbox errors included). */
  samples: number;
  /** Tasks with at least one sample judged (not a sandbox error). */
  tasks: number;
  /** Samples excluded from pass@k because the sandbox, not the program, failed. */
  sandboxErrors: number;
  /** Of those, the ones starved by machine load. */
  starved: number;
  passAtK: PassAtKValue[];
}

const k = { type: 'integer', minimum: 1 };

export const execSummarySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://boundary-bench.dev/schemas/exec-summary.schema.json',
  title: 'boundary-bench exec --format json: pass@k of a samples file',
  ...strict({
    samples: int,
    tasks: int,
    sandboxErrors: int,
    starved: int,
    passAtK: {
      type: 'array',
      // A value or the reason there is none, never both: a null pass@k must say why.
      items: {
        oneOf: [
          strict({
            k,
            value: { type: 'number', minimum: 0, maximum: 1 },
            nullReason: { type: 'null' },
          }),
          strict({ k, value: { type: 'null' }, nullReason: { type: 'string', minLength: 1 } }),
        ],
      },
    },
  }),
};
