import { FINISH_REASONS, REASONING_SOURCES, VERDICTS } from './records.js';
import type { HeadlineKind } from './headline-record.js';
import { taggedUnion } from './finding-schemas.js';
import { int, nullable, nullableNumber, num, str, strict, tierLabel } from './schema-blocks.js';

/**
 * The JSON Schemas of what the report shows first and lets a reader open: the headline and the run
 * metadata (headline-record.ts; each headline kind is covered), the per-task rows and the drill-down
 * samples (drill-down-record.ts).
 */

const nullableInt = { type: ['integer', 'null'], minimum: 0 };
const tier = tierLabel;
const bounds = strict({ low: num, high: num });
const maybeBounds = { oneOf: [{ type: 'null' }, bounds] };

const HEADLINE_FIELDS = {
  'tier-effect': {
    tier,
    alignedPassRate: num,
    notAlignedPassRate: num,
    oddsRatio: num,
    oddsRatioInterval: bounds,
    informativeTasks: int,
    verdict: { enum: ['worse', 'better', 'none'] },
  },
  'tier-untestable': { tier, informativeTasks: int },
  'no-verdicts': { samples: int, boundaryHits: int },
  'one-arm': {
    arm: str,
    passRate: nullableNumber,
    passInterval: maybeBounds,
    meanReasoning: nullableNumber,
    tasks: int,
  },
  arms: {
    baseline: str,
    baselinePassRate: nullableNumber,
    baselineReasoning: nullableNumber,
    others: {
      type: 'array',
      items: strict({
        arm: str,
        passRate: nullableNumber,
        passDelta: nullableNumber,
        passInterval: maybeBounds,
        tokenRatio: nullableNumber,
        quality: { enum: ['better', 'worse', 'same', 'unknown'] },
        tokens: { enum: ['more', 'fewer', 'same', 'unknown'] },
      }),
    },
  },
} satisfies { [K in HeadlineKind]: Record<string, unknown> };

export const headlineSchema = taggedUnion(HEADLINE_FIELDS);

export const runInfoSchema = strict({
  models: { type: 'array', items: str },
  tasks: int,
  samples: int,
  scored: int,
  startedAt: nullable('string'),
  finishedAt: nullable('string'),
  modelTimeMs: nullableInt,
  tokens: strict({ input: nullableInt, output: nullableInt, reasoning: nullableInt }),
  tool: {
    oneOf: [{ type: 'null' }, strict({ name: str, version: str, gitRevision: nullable('string') })],
  },
  corpus: {
    oneOf: [{ type: 'null' }, strict({ path: str, hash: str, tasks: int })],
  },
});

export const taskRowsSchema = {
  type: 'array',
  items: strict({
    taskId: str,
    tier,
    scored: int,
    passes: int,
    aligned: int,
    alignedPasses: int,
    notAligned: int,
    notAlignedPasses: int,
    truncated: int,
  }),
};

const drillDownSample = strict({
  key: str,
  taskId: str,
  conditionId: str,
  sampleIndex: int,
  aligned: { type: 'boolean' },
  reasoningTokens: int,
  reasoningSource: { enum: [...REASONING_SOURCES] },
  finishReason: { enum: [...FINISH_REASONS] },
  verdict: { enum: [...VERDICTS] },
  detail: str,
  code: str,
  codeTruncated: { type: 'boolean' },
  traceback: nullable('string'),
});

export const drillDownSchema = {
  type: 'array',
  items: strict({
    tier,
    candidateTasks: int,
    pairs: {
      type: 'array',
      items: strict({
        taskId: str,
        alignedFailure: drillDownSample,
        notAlignedPass: drillDownSample,
      }),
    },
  }),
};
