import { ANALYSIS_SECTIONS, LATTICE_STATUSES } from './analysis-record.js';
import { SPIKE_SUPPORT } from './spike-record.js';
import type { CaveatKind, FindingKind } from './finding-record.js';
import { REASONING_SOURCES } from './records.js';
import { bool, int, nullableNumber, num, str, strict, tierLabel } from './schema-blocks.js';

/**
 * The JSON Schema of each finding and caveat kind (finding-record.ts). The `satisfies` clauses
 * make each map cover every kind, so a kind added to the union without a schema fails the build.
 */

const tier = tierLabel;
const bounds = strict({ low: num, high: num });
const ints = { type: 'array', items: int };
const tierOddsRatios = { type: 'array', items: strict({ label: str, oddsRatio: nullableNumber }) };

const FINDING_FIELDS = {
  distribution: {
    samples: int,
    median: nullableNumber,
    mean: nullableNumber,
    g: int,
    latticeStatus: { enum: [...LATTICE_STATUSES] },
    latticeGroups: { type: 'array', items: strict({ g: int, models: int }) },
  },
  'boundary-unreached': { boundary: int },
  'boundary-hazard': {
    boundary: int,
    atBoundary: int,
    reached: int,
    hazard: num,
    baselineHazard: num,
    hazardRatio: nullableNumber,
    pHolm: nullableNumber,
    distinctTasks: int,
    support: { enum: [...SPIKE_SUPPORT] },
    spike: bool,
  },
  periodicity: {
    period: int,
    phase: int,
    excess: num,
    pValue: nullableNumber,
    permutations: int,
    periodic: bool,
  },
  scan: {
    tested: int,
    step: int,
    q: num,
    lattices: { type: 'array', items: strict({ step: int, tested: int }) },
    further: {
      type: 'array',
      items: strict({ boundary: int, atBoundary: int, distinctTasks: int, step: int }),
    },
    furtherTotal: int,
    belowSupport: int,
  },
  'boundary-effect-untestable': { tier, informativeTasks: int },
  'boundary-effect': {
    tier,
    alignedPassRate: num,
    notAlignedPassRate: num,
    oddsRatio: num,
    oddsRatioInterval: bounds,
    cmhPHolm: nullableNumber,
    permutationP: nullableNumber,
    informativeTasks: int,
    verdict: { enum: ['worse', 'better', 'none'] },
  },
  'local-comparison': {
    window: num,
    alignedPassRate: nullableNumber,
    notAlignedPassRate: nullableNumber,
    oddsRatio: num,
    oddsRatioInterval: bounds,
    informativeTasks: int,
  },
  'complexity-trend': {
    tiers: tierOddsRatios,
    trendP: num,
    breslowDayP: nullableNumber,
    verdict: { enum: ['degrades', 'changes', 'none'] },
  },
  'empirical-difficulty': { tiers: tierOddsRatios, trendP: num },
  'length-curves': {
    pooledShortest: num,
    pooledLongest: num,
    withinShortest: num,
    withinLongest: num,
    withinShortestLabel: str,
    withinLongestLabel: str,
  },
  'pass-at-1': { value: num, interval: { oneOf: [{ type: 'null' }, bounds] }, tasks: int },
  'arm-comparison': {
    tier,
    arm: str,
    baseline: str,
    armPassRate: nullableNumber,
    baselinePassRate: nullableNumber,
    passDelta: nullableNumber,
    passInterval: { oneOf: [{ type: 'null' }, bounds] },
    passPHolm: nullableNumber,
    armTokens: nullableNumber,
    baselineTokens: nullableNumber,
    tokenRatio: nullableNumber,
    tokenInterval: { oneOf: [{ type: 'null' }, bounds] },
    tokenPHolm: nullableNumber,
    quality: { enum: ['better', 'worse', 'same', 'unknown'] },
    tokens: { enum: ['more', 'fewer', 'same', 'unknown'] },
  },
  'model-group': {
    model: str,
    calls: int,
    medianTokens: nullableNumber,
    g: int,
    latticeStatus: { enum: [...LATTICE_STATUSES] },
    boundaries: {
      type: 'array',
      items: strict({
        boundary: int,
        exactHits: int,
        hazard: nullableNumber,
        support: { enum: [...SPIKE_SUPPORT] },
        spike: bool,
      }),
    },
  },
} satisfies { [K in FindingKind]: Record<string, unknown> };

const samples = { samples: int };
const CAVEAT_FIELDS = {
  lattice: { note: str },
  'off-lattice-boundaries': { boundaries: ints, g: int },
  'detected-alignment': { values: ints },
  'mixed-lattices': {
    groups: { type: 'array', items: strict({ g: int, models: { type: 'array', items: str } }) },
  },
  'silent-models': { models: { type: 'array', items: strict({ model: str, calls: int }) } },
  'lattice-not-determined': {
    models: { type: 'array', items: str },
    leftOut: { type: 'array', items: str },
  },
  'mixed-sources': {
    sources: {
      type: 'array',
      items: strict({ source: { enum: [...REASONING_SOURCES] }, samples: int }),
    },
  },
  truncation: {
    truncated: int,
    analysable: int,
    share: nullableNumber,
    signalled: int,
    outputAtCap: int,
    reasoningAtBudget: int,
  },
  power: {
    minDetectableOddsRatio: nullableNumber,
    minDetectableOddsRatioAbove: nullableNumber,
    target: num,
    alpha: num,
  },
  'exploratory-scan': { tested: int, q: num },
  'predicted-teeth': { values: ints },
  'absent-sections': {
    sections: { type: 'array', items: { enum: [...ANALYSIS_SECTIONS] } },
    reason: str,
  },
  'unknown-length': samples,
  'sandbox-errors': samples,
  'retried-alone': { retried: int, changed: int },
  'generation-errors': samples,
  unexecuted: samples,
  'few-informative-tasks': { tiers: { type: 'array', items: tier }, minimum: int },
  'within-task-comparisons': {},
  seeds: {
    seed: { type: 'integer' },
    permutations: int,
    bootstrap: int,
    periodicityPermutations: int,
    powerSimulations: int,
  },
} satisfies { [K in CaveatKind]: Record<string, unknown> };

/** A tagged union: ajv's `discriminator` picks the branch by `kind`, so errors name that branch only. */
export function taggedUnion(fields: Record<string, Record<string, unknown>>) {
  return {
    type: 'array',
    items: {
      type: 'object',
      required: ['kind'],
      discriminator: { propertyName: 'kind' },
      oneOf: Object.entries(fields).map(([kind, f]) => strict({ kind: { const: kind }, ...f })),
    },
  };
}

export const findingsSchema = taggedUnion(FINDING_FIELDS);
export const caveatsSchema = taggedUnion(CAVEAT_FIELDS);
