import type { TierLabel } from '../core/analysis-record.js';
import type { Bounds, OfKind } from '../core/finding-record.js';
import type { HeadlineSentence } from '../core/headline-record.js';
import { fixed, percent } from '../core/format.js';

/** The wording of each headline kind; a kind added to headline-record.ts without one fails the build. */
type Wording = { [K in HeadlineSentence['kind']]: (value: OfKind<HeadlineSentence, K>) => string };

const TIER_NAMES = {
  simple: 'Simple tasks',
  moderate: 'Moderate tasks',
  complex: 'Complex tasks',
  all: 'All tasks',
  untiered: 'Untiered tasks',
} as const satisfies Record<TierLabel, string>;

const points = (x: number | null) =>
  x === null ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
const pointsInterval = (i: Bounds | null) => (i ? ` [${points(i.low)}, ${points(i.high)}]` : '');
const tokens = (x: number | null) => (x === null ? '–' : Math.round(x).toLocaleString('en-US'));

const TEXT: Wording = {
  'tier-effect': (h) => {
    const verdict = {
      worse: 'a boundary effect beyond noise',
      better: 'they did better, beyond noise',
      none: 'no boundary effect beyond noise',
    }[h.verdict];
    return `${TIER_NAMES[h.tier]}: samples that stopped at a boundary passed ${percent(h.alignedPassRate, 0)} vs ${percent(h.notAlignedPassRate, 0)} for the others on the same tasks (OR ${fixed(h.oddsRatio)} [${fixed(h.oddsRatioInterval.low)}, ${fixed(h.oddsRatioInterval.high)}], ${h.informativeTasks} informative tasks): ${verdict}.`;
  },
  'tier-untestable': (h) =>
    `${TIER_NAMES[h.tier]}: no within-task comparison of samples that stopped at a boundary is possible (${h.informativeTasks} informative tasks).`,
  'no-verdicts': (h) =>
    `No verdicts (the samples were not executed), so no pass rates: ${h.samples.toLocaleString('en-US')} samples carry a reasoning count, and ${h.boundaryHits.toLocaleString('en-US')} of them stopped exactly at a configured boundary.`,
  'one-arm': (h) => {
    const ci = h.passInterval
      ? ` [${percent(h.passInterval.low, 0)}, ${percent(h.passInterval.high, 0)}]`
      : '';
    return `One arm (${h.arm}): pass@1 ${percent(h.passRate, 0)}${ci} on ${h.tasks} tasks, ${tokens(h.meanReasoning)} reasoning tokens per sample on average.`;
  },
  arms: (h) => {
    const quality = {
      better: 'better beyond noise',
      worse: 'worse beyond noise',
      same: 'no quality difference beyond noise',
      unknown: 'no paired pass@1',
    } as const;
    const spend = {
      more: 'more reasoning beyond noise',
      fewer: 'less reasoning beyond noise',
      same: 'no reasoning difference beyond noise',
      unknown: 'no paired reasoning counts',
    } as const;
    const others = h.others
      .map(
        (o) =>
          `${o.arm} ${percent(o.passRate, 0)} (${points(o.passDelta)} points${pointsInterval(o.passInterval)}) with ×${fixed(o.tokenRatio)} the reasoning: ${quality[o.quality]}, ${spend[o.tokens]}`,
      )
      .join('; ');
    return `Arms against ${h.baseline} (pass@1 ${percent(h.baselinePassRate, 0)}, ${tokens(h.baselineReasoning)} reasoning tokens per sample): ${others || 'no paired comparison'}.`;
  },
};

/** A headline sentence in plain language. */
export function describeHeadline(sentence: HeadlineSentence): string {
  return (TEXT[sentence.kind] as (h: HeadlineSentence) => string)(sentence);
}

/** The headline's sentences, or one saying why an older analysis has none. */
export function headlineLines(headline: readonly HeadlineSentence[] | undefined): string[] {
  if (headline === undefined)
    return ['This analysis predates the headline; rerun `bbench analyze` to get one.'];
  return headline.map(describeHeadline);
}
