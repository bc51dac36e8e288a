import { ALIGNMENTS } from './analysis-record.js';
import {
  arrayOf,
  int,
  interval,
  nullable,
  nullableNumber,
  num,
  orNull,
  str,
  strict,
  tierLabel,
} from './schema-blocks.js';

/** The JSON Schemas of the analysis sections that need verdicts (verdict-record.ts). */

/** The fields every aligned-against-not-aligned comparison carries (StratifiedComparison). */
export const comparisonFields = {
  informativeTasks: int,
  alignedSamples: int,
  notAlignedSamples: int,
  alignedPassRate: nullableNumber,
  notAlignedPassRate: nullableNumber,
  oddsRatio: nullableNumber,
  oddsRatioInterval: interval,
  riskDifferencePp: nullableNumber,
  cmhPValue: nullableNumber,
};
const tierOddsRatio = strict({ ...comparisonFields, label: str, score: num });
const trend = orNull(
  strict({
    slopeLogOr: nullableNumber,
    slopeInterval: interval,
    chiSquare: num,
    pValue: num,
    method: str,
  }),
);

/** One pass@k estimate (PassAtK); the per-arm tiers carry the same rows. */
export const passAtKRow = strict({
  k: { type: 'integer', minimum: 1 },
  value: nullableNumber,
  tasks: int,
  nullReason: nullable('string'),
  interval,
  bootstrapInterval: interval,
});

export const verdictSections = {
  passAtK: arrayOf(passAtKRow),
  strata: arrayOf(
    strict({
      tier: tierLabel,
      alignment: { enum: [...ALIGNMENTS, 'any'] },
      samples: int,
      passes: int,
      tasks: int,
      passRate: nullableNumber,
      interval,
    }),
  ),
  boundaryEffects: arrayOf(
    strict({
      tier: tierLabel,
      ...comparisonFields,
      cmhPHolm: nullableNumber,
      permutationP: nullableNumber,
      permutations: int,
      local: orNull(strict({ ...comparisonFields, window: num })),
    }),
  ),
  complexity: orNull(
    strict({
      tiers: arrayOf(tierOddsRatio),
      breslowDay: orNull(strict({ chiSquare: num, df: int, pValue: num, method: str })),
      trend,
      empirical: orNull(strict({ method: str, tiers: arrayOf(tierOddsRatio), trend })),
    }),
  ),
  lengthCurves: orNull(
    strict({
      bins: int,
      withinTaskBins: int,
      pooled: arrayOf(
        strict({ label: str, samples: int, passRate: nullableNumber, band: interval }),
      ),
      withinTask: arrayOf(
        strict({ label: str, samples: int, passRate: nullableNumber, band: interval }),
      ),
      note: str,
    }),
  ),
  power: orNull(
    strict({
      alpha: num,
      target: num,
      simulations: int,
      minDetectableOddsRatio: nullableNumber,
      minDetectableOddsRatioAbove: nullableNumber,
      method: str,
    }),
  ),
};
