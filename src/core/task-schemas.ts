import { TIERS, TIER_SOURCES } from './records.js';
import { bool, nullable, str, strict } from './schema-blocks.js';

/** The JSON Schemas of a corpus task: the loaded record, and the folder layout's task.json. */

export const taskSchema = strict({
  task_id: { type: 'string', minLength: 1 },
  prompt: str,
  entry_point: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  canonical_solution: str,
  test: { type: 'string', pattern: 'def check\\(' },
  tier: { enum: [...TIERS, null] },
  tags: { type: 'array', items: str },
  source: str,
});
// Optional in the record (folder corpora only): not in `strict`'s required list.
Object.assign(taskSchema.properties, {
  edgeCases: { type: 'array', items: str },
  timeoutMs: { type: 'integer', minimum: 1 },
  mutants: { type: 'array', items: str },
  tierSource: { enum: [...TIER_SOURCES] },
  evalplus: strict({
    dataset: { enum: ['humaneval', 'mbpp'] },
    atol: { type: 'number', minimum: 0 },
    baseInput: { type: 'string', pattern: '^\\s*\\[' },
    plusInput: { type: 'string', pattern: '^\\s*\\[' },
    plus: bool,
    contract: nullable('string'),
  }),
});
taskSchema.required = taskSchema.required.filter(
  (k) => !['edgeCases', 'timeoutMs', 'mutants', 'tierSource', 'evalplus'].includes(k),
);

/** The per-task metadata file of the folder corpus layout (task.json). */
export const taskMetaSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['task_id', 'entry_point', 'tier'],
  properties: {
    task_id: { type: 'string', minLength: 1 },
    entry_point: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
    tier: { enum: [...TIERS] },
    tags: { type: 'array', items: str },
    /** The distinct edge-case classes the spec names (an input of the measured tier). */
    edge_cases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    /** Per-task time limit: max(1 s, 20 × the reference's measured runtime), written by `bbench tasks validate --write-timeouts`. */
    timeout_s: { type: 'number', exclusiveMinimum: 0 },
  },
};
