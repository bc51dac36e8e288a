import type { StratifiedComparison } from '../core/verdict-record.js';
import { mantelHaenszel, type TwoByTwo } from './mantel-haenszel.js';

/**
 * Aligned against not-aligned over strata (docs/analysis.md §6): the MH odds ratio with its RBG interval,
 * the MH risk difference, the continuity-corrected CMH p, and the pooled pass rates of each arm over
 * the strata that hold both arms ("the same tasks"), for description only.
 */
export function compareArms(tables: readonly TwoByTwo[]): StratifiedComparison {
  const mh = mantelHaenszel(tables);
  let alignedN = 0,
    alignedPass = 0,
    otherN = 0,
    otherPass = 0,
    alignedAll = 0,
    otherAll = 0;
  for (const t of tables) {
    alignedAll += t.a + t.b;
    otherAll += t.c + t.d;
    if (t.a + t.b === 0 || t.c + t.d === 0) continue;
    alignedN += t.a + t.b;
    alignedPass += t.a;
    otherN += t.c + t.d;
    otherPass += t.c;
  }
  return {
    informativeTasks: mh.informativeStrata,
    alignedSamples: alignedAll,
    notAlignedSamples: otherAll,
    alignedPassRate: alignedN > 0 ? alignedPass / alignedN : null,
    notAlignedPassRate: otherN > 0 ? otherPass / otherN : null,
    oddsRatio: mh.oddsRatio,
    oddsRatioInterval: mh.oddsRatioInterval,
    riskDifferencePp: mh.riskDifference === null ? null : mh.riskDifference * 100,
    cmhPValue: mh.pValue,
  };
}
