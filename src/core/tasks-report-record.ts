import { TIERS, type Tier } from './records.js';
import { bool, int, nullable, str, strict } from './schema-blocks.js';

/** The features `task_features.py` measures on a reference, each a count (recursive: 0 or 1). */
export const TASK_FEATURE_NAMES = [
  'cyclomatic',
  'maxNesting',
  'statements',
  'helpers',
  'loops',
  'recursive',
  'edgeCases',
] as const;
export type TaskFeatureCounts = Record<(typeof TASK_FEATURE_NAMES)[number], number>;

/** One task of `bbench tasks stats|validate --format json`. */
export interface TaskReportRow {
  taskId: string;
  declaredTier: Tier | null;
  measuredTier: Tier | null;
  /** The tier score of the reference; null when it could not be measured. */
  score: number | null;
  features: TaskFeatureCounts | null;
  /** Why the sandbox could not measure the task; null when it could. */
  notMeasured: string | null;
  /** The gate's problems (stats: the tier check only); empty when the task passes. */
  problems: string[];
  /** validate only: killed / differing mutants, null when no mutant behaved differently. */
  mutationScore?: number | null;
  mutants?: { killed: number; differing: number } | null;
  /** validate only: the median of the reference's three runs, and the limit derived from it. */
  referenceMs?: number | null;
  timeoutMs?: number | null;
  passed?: boolean;
}

export interface TierReportRow {
  tier: Tier;
  /** Tasks measured as this tier, and tasks that declare it. */
  measured: number;
  declared: number;
  /** validate only: tasks measured as this tier that pass the gate. */
  passing?: number;
}

/** What `bbench tasks stats|validate --format json` prints (schemas/tasks-report.schema.json). */
export interface TasksReport {
  action: 'stats' | 'validate';
  tasks: TaskReportRow[];
  tiers: TierReportRow[];
}

const tier = { enum: [...TIERS, null] };
const count = { type: ['integer', 'null'], minimum: 0 };
const share = { type: ['number', 'null'], minimum: 0, maximum: 1 };
const GATE_FIELDS = ['mutationScore', 'mutants', 'referenceMs', 'timeoutMs', 'passed'] as const;

const taskRow = strict({
  taskId: str,
  declaredTier: tier,
  measuredTier: tier,
  score: nullable('number'),
  features: {
    oneOf: [
      { type: 'null' },
      strict(
        Object.fromEntries(
          TASK_FEATURE_NAMES.map((name) => [name, { type: 'number', minimum: 0 }]),
        ),
      ),
    ],
  },
  notMeasured: nullable('string'),
  problems: { type: 'array', items: str },
  mutationScore: share,
  mutants: { oneOf: [{ type: 'null' }, strict({ killed: int, differing: int })] },
  referenceMs: { type: ['number', 'null'], minimum: 0 },
  timeoutMs: count,
  passed: bool,
});
taskRow.required = taskRow.required.filter((k) => !(GATE_FIELDS as readonly string[]).includes(k));

const tierRow = strict({ tier: { enum: [...TIERS] }, measured: int, declared: int, passing: int });
tierRow.required = tierRow.required.filter((k) => k !== 'passing');

/** The gate's fields are there exactly when the action is validate. */
const gateFields = (action: TasksReport['action']) =>
  action === 'validate'
    ? {
        tasks: { items: { required: [...GATE_FIELDS] } },
        tiers: { items: { required: ['passing'] } },
      }
    : {
        tasks: { items: { not: { anyOf: GATE_FIELDS.map((k) => ({ required: [k] })) } } },
        tiers: { items: { not: { required: ['passing'] } } },
      };

export const tasksReportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://boundary-bench.dev/schemas/tasks-report.schema.json',
  title: 'boundary-bench tasks stats|validate --format json: measured tiers and the quality gate',
  ...strict({
    action: { enum: ['stats', 'validate'] },
    tasks: { type: 'array', items: taskRow },
    tiers: { type: 'array', items: tierRow, minItems: TIERS.length, maxItems: TIERS.length },
  }),
  if: { properties: { action: { const: 'validate' } } },
  then: { properties: gateFields('validate') },
  else: { properties: gateFields('stats') },
};
