import { TIERS } from './records.js';
import type { HeadlineKind } from './headline-record.js';
import { taggedUnion } from './finding-schemas.js';
import { int, nullable, num, str, strict } from './schema-blocks.js';

/** The JSON Schemas of the headline and the run metadata (headline-record.ts); each kind is covered. */

const nullableNumber = nullable('number');
const nullableInt = { type: ['integer', 'null'], minimum: 0 };
const tier = { enum: [...TIERS, 'all', 'untiered'] };
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
