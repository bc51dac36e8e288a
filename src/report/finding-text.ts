import type { SpikeSupport } from '../core/spike-record.js';
import type { TierLabel } from '../core/analysis-record.js';
import type {
  Caveat,
  CaveatKind,
  Finding,
  FindingKind,
  OfKind,
  TierOddsRatioValue,
} from '../core/finding-record.js';
import { fixed, formatP, percent } from '../core/format.js';

/**
 * The wording of every finding and caveat kind. The mapped types make each table cover every
 * kind: a kind added to finding-record.ts without an entry here fails the build.
 */
type Wording<U extends { kind: string }> = { [K in U['kind']]: (value: OfKind<U, K>) => string };

const where = (tier: TierLabel) =>
  tier === 'all' ? 'all tasks' : tier === 'untiered' ? 'untiered tasks' : `${tier} tasks`;
const tierRows = (tiers: TierOddsRatioValue[]) =>
  tiers.map((t) => `${t.label} ${fixed(t.oddsRatio)}`).join(', ');

/** Why a hazard cannot support a spike verdict (docs/analysis.md §3). */
const SUPPORT_TEXT = {
  enough: 'enough support',
  too_few_hits: 'fewer than 5 samples stopped there',
  too_few_tasks: 'the hits come from fewer than 3 tasks',
  too_few_reached: 'fewer than 20 samples reached it',
  one_sided_baseline: 'too few lattice neighbours on one side for a baseline',
} as const satisfies Record<SpikeSupport, string>;

const FINDING_TEXT: Wording<Finding> = {
  distribution: (f) => {
    const lattice =
      f.latticeGroups.length > 1
        ? `per model (${f.latticeGroups.map((x) => `g = ${x.g} for ${x.models} model(s)`).join(', ')})`
        : f.latticeStatus === 'not_determined'
          ? 'not determined (fewer than 30 non-zero counts)'
          : `g = ${f.g}`;
    return `${f.samples} non-truncated samples carry a reasoning count (median ${fixed(f.median, 0)} tokens, mean ${fixed(f.mean, 0)}); reporting lattice ${lattice}.`;
  },
  'boundary-unreached': (f) => `Boundary ${f.boundary}: no sample reached it.`,
  'boundary-hazard': (f) => {
    const ratio = f.hazardRatio === null ? '' : `, ${f.hazardRatio.toFixed(1)}× the baseline`;
    const verdict =
      f.support !== 'enough'
        ? `not enough data for a spike verdict (${SUPPORT_TEXT[f.support]})`
        : f.spike
          ? 'a spike'
          : 'no spike beyond noise';
    return `Boundary ${f.boundary}: ${f.atBoundary} of ${f.reached} samples that reached it stopped exactly there (hazard ${percent(f.hazard)} vs baseline ${percent(f.baselineHazard)}${ratio}; Holm p ${formatP(f.pHolm)}; ${f.distinctTasks} tasks): ${verdict}.`;
  },
  periodicity: (f) =>
    `Periodicity at P = ${f.period} from φ = ${f.phase}: summed excess ${percent(f.excess, 2)} of samples at the teeth, permutation p ${formatP(f.pValue)} over ${f.permutations} random phases: ${f.periodic ? 'the spikes repeat with this period' : 'no periodic pattern beyond noise'}.`,
  scan: (f) => {
    const mixed = f.lattices.length > 1;
    const steps = mixed
      ? `each lattice group at its own step: ${f.lattices.map((l) => `${l.tested} in steps of ${l.step}`).join(', ')}`
      : `steps of ${f.step}`;
    const unsupported =
      f.belowSupport > 0
        ? ` ${f.belowSupport} further value(s) passed BH on too few hits or tasks (under 5 hits or 3 tasks): not enough data.`
        : '';
    if (f.furtherTotal === 0)
      return `Exploratory scan (${f.tested} values in ${steps}, Benjamini–Hochberg q = ${f.q}): no spike outside the configured boundaries.${unsupported}`;
    const list = f.further
      .map(
        (x) =>
          `${x.boundary} (${x.atBoundary} samples, ${x.distinctTasks} tasks${mixed ? `, g = ${x.step}` : ''})`,
      )
      .join(', ');
    const more = f.furtherTotal > f.further.length ? ', …' : '';
    return `Exploratory scan (${f.tested} values in ${steps}, BH q = ${f.q}): ${f.furtherTotal} further spike(s), at ${list}${more}; exploratory, to be confirmed on new data.${unsupported}`;
  },
  'boundary-effect-untestable': (f) =>
    `On ${where(f.tier)}, no within-task comparison is possible (${f.informativeTasks} informative tasks).`,
  'boundary-effect': (f) => {
    const verdict =
      f.verdict === 'none' ? 'no boundary effect beyond noise' : `aligned samples did ${f.verdict}`;
    const perm = f.permutationP === null ? '' : `, permutation p ${formatP(f.permutationP)}`;
    const holm = f.tier === 'all' ? '' : ' (Holm over tiers)';
    return `On ${where(f.tier)}, aligned samples passed ${percent(f.alignedPassRate)} vs ${percent(f.notAlignedPassRate)} for non-aligned samples of the same tasks; OR ${f.oddsRatio.toFixed(2)} [${f.oddsRatioInterval.low.toFixed(2)}, ${f.oddsRatioInterval.high.toFixed(2)}], CMH p ${formatP(f.cmhPHolm)}${holm}${perm}, ${f.informativeTasks} informative tasks: ${verdict}.`;
  },
  'local-comparison': (f) =>
    `Against samples of the same task that reasoned about as long (±${percent(f.window, 0)} of the boundary), aligned samples passed ${percent(f.alignedPassRate)} vs ${percent(f.notAlignedPassRate)}; OR ${fixed(f.oddsRatio)} [${fixed(f.oddsRatioInterval.low)}, ${fixed(f.oddsRatioInterval.high)}], ${f.informativeTasks} informative task × boundary strata.`,
  'complexity-trend': (f) => {
    const bd =
      f.breslowDayP === null
        ? ''
        : `, Breslow–Day (Tarone) homogeneity p ${formatP(f.breslowDayP)}`;
    const answer = {
      degrades: 'yes, the odds ratio falls as tasks get harder',
      changes: 'the odds ratio changes with tier, but does not fall',
      none: 'no trend beyond noise',
    }[f.verdict];
    return `Do aligned samples degrade more on complex tasks? Per-tier OR ${tierRows(f.tiers)}; trend in log OR across tiers p ${formatP(f.trendP)}${bd}: ${answer}.`;
  },
  'empirical-difficulty': (f) =>
    `By empirical difficulty (held-out half): OR ${tierRows(f.tiers)}; trend p ${formatP(f.trendP)}.`,
  'length-curves': (f) =>
    `Longest against shortest reasoning: pooled over tasks ${percent(f.pooledLongest)} vs ${percent(f.pooledShortest)}; within the same task ${percent(f.withinLongest)} vs ${percent(f.withinShortest)} (rank bins ${f.withinLongestLabel} vs ${f.withinShortestLabel}). The difference between the two is confounding by task difficulty.`,
  'pass-at-1': (f) => {
    const ci = f.interval ? ` [${percent(f.interval.low)}, ${percent(f.interval.high)}]` : '';
    return `Overall pass@1 ${percent(f.value)}${ci} on ${f.tasks} tasks (mean of task rates over every scored answer, truncated included; task-clustered 95% CI).`;
  },
  'arm-comparison': (f) => {
    const pts = (x: number | null) =>
      x === null ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
    const ci = f.passInterval ? ` [${pts(f.passInterval.low)}, ${pts(f.passInterval.high)}]` : '';
    const tci = f.tokenInterval
      ? ` [${fixed(f.tokenInterval.low)}, ${fixed(f.tokenInterval.high)}]`
      : '';
    const quality = {
      better: `${f.arm} is better beyond noise`,
      worse: `${f.arm} is worse beyond noise`,
      same: 'no quality difference beyond noise',
      unknown: 'no paired pass@1 (no shared scored tasks)',
    }[f.quality];
    const tokens = {
      more: `${f.arm} spends more reasoning beyond noise`,
      fewer: `${f.arm} spends less reasoning beyond noise`,
      same: 'no reasoning-length difference beyond noise',
      unknown: 'no paired reasoning counts',
    }[f.tokens];
    return `Arms, ${where(f.tier)}: ${f.arm} against ${f.baseline}: pass@1 ${percent(f.armPassRate)} vs ${percent(f.baselinePassRate)} (Δ ${pts(f.passDelta)} points${ci}, Holm p ${formatP(f.passPHolm)}); reasoning tokens ×${fixed(f.tokenRatio)}${tci} (${fixed(f.armTokens, 0)} vs ${fixed(f.baselineTokens, 0)} per sample, Holm p ${formatP(f.tokenPHolm)}): ${quality}; ${tokens}.`;
  },
  'model-group': (f) => {
    const hits = f.boundaries
      .map(
        (b) =>
          `${b.exactHits} at ${b.boundary} (hazard ${percent(b.hazard, 2)}${b.support !== 'enough' && b.exactHits > 0 ? ', not enough data for a spike verdict' : b.spike ? ', a spike' : ''})`,
      )
      .join(', ');
    const lattice =
      f.latticeStatus === 'silent'
        ? 'reports no reasoning count (every count is 0)'
        : f.latticeStatus === 'not_determined'
          ? 'lattice not determined (fewer than 30 non-zero counts)'
          : `lattice g = ${f.g}`;
    return `${f.model}: ${f.calls} calls, median ${fixed(f.medianTokens, 0)} reasoning tokens; exact hits ${hits}; ${lattice}.`;
  },
};

const CAVEAT_TEXT: Wording<Caveat> = {
  lattice: (c) => `Reporting lattice: ${c.note}.`,
  'off-lattice-boundaries': (c) => {
    const nearest = c.boundaries
      .map((b) => `${Math.floor(b / c.g) * c.g}/${Math.ceil(b / c.g) * c.g}`)
      .join(', ');
    return `Boundaries ${c.boundaries.join(', ')} are not multiples of the reporting lattice g = ${c.g}, so no reported count can land on them (nearest lattice values: ${nearest}); their hazard rows say nothing about spikes, and a boundary effect cannot be measured at them.`;
  },
  'detected-alignment': (c) =>
    `Alignment uses the spikes detected by the scan (${c.values.join(', ')}), not the configured boundaries: the boundary tests then reuse the data that chose the boundaries, so treat them as exploratory.`,
  'mixed-lattices': (c) =>
    `Models report on different lattices (${c.groups.map((x) => `g = ${x.g}: ${x.models.join(', ')}`).join('; ')}); the scan and the boundary hazards judge each value only against the samples of its own lattice group, so no lattice value is read as a spike; the pooled histogram still mixes them.`,
  'silent-models': (c) =>
    `${c.models.map((m) => `${m.model} (${m.calls} calls)`).join(', ')} reported 0 reasoning tokens for every call, which most likely means no reasoning count at all: left out of the lattice, spikes, hazards, length curves and boundary statistics (their calls count as having no count).`,
  'lattice-not-determined': (c) =>
    `Lattice not determined for ${c.models.join(', ')} (fewer than 30 non-zero counts each): their counts join the coarsest lattice group that holds all of them${c.leftOut.length > 0 ? `; ${c.leftOut.join(', ')} fit no group and are left out of spikes and hazards` : ''}.`,
  'mixed-sources': (c) =>
    `Reasoning counts are ${c.sources.map((s) => `${s.source} (${s.samples})`).join(', ')}: only counts the API reported can show its reporting boundaries; derived counts (output minus visible text) and estimated ones (tokenizer counts of returned reasoning, an undercount) are not comparable with them.`,
  truncation: (c) =>
    `${c.truncated} of ${c.analysable} samples (${percent(c.share)}) were truncated (${c.signalled} signalled a length stop, ${c.outputAtCap} hit the output cap, ${c.reasoningAtBudget} the thinking budget); they are reported apart and left out of the spike and boundary statistics (sensitivity rows include them).`,
  power: (c) => {
    const below =
      c.minDetectableOddsRatio === null
        ? 'any size below 1 (none reached 80% power down to 0.02)'
        : `${fixed(c.minDetectableOddsRatio)} or further from 1`;
    const above =
      c.minDetectableOddsRatioAbove === null
        ? 'none above 1 up to 50'
        : fixed(c.minDetectableOddsRatioAbove);
    return `Minimum detectable effect: with these counts, an odds ratio of ${below} (or ${above}) is detected with ${percent(c.target, 0)} power at α = ${c.alpha}; smaller effects may be missed.`;
  },
  'exploratory-scan': (c) =>
    `The scan over all ${c.tested} values is exploratory (false discovery rate ${c.q}); only the configured boundaries are tested confirmatorily (Holm).`,
  'predicted-teeth': (c) =>
    `Periodicity teeth beyond the configured boundaries (${c.values.join(', ')}) are predictions, shown as exploratory.`,
  'absent-sections': (c) =>
    `${c.sections.length === 1 ? 'Section' : 'Sections'} ${c.sections.join(', ')} absent: ${c.reason}.`,
  'unknown-length': (c) =>
    `${c.samples} samples have no reasoning count; they are "unknown", not "not aligned".`,
  'sandbox-errors': (c) =>
    `${c.samples} samples hit a sandbox infrastructure failure after retries; they are excluded, never counted as failures.`,
  'retried-alone': (c) =>
    `${c.retried} timeouts that used little CPU were run again alone; ${c.changed} got another verdict then (the second verdict stands).`,
  'generation-errors': (c) => `${c.samples} samples failed to generate and have no verdict.`,
  unexecuted: (c) =>
    `${c.samples} generated samples have not been executed yet; rerun the run id to finish them.`,
  'few-informative-tasks': (c) =>
    `Few informative tasks (under ${c.minimum}) for: ${c.tiers.join(', ')}; their odds ratios are not interpretable.`,
  'within-task-comparisons': () =>
    'Boundary comparisons are made within each task (Mantel–Haenszel), because hard tasks both reason longer and fail more; pooled pass rates by alignment are shown for description only.',
  seeds: (c) =>
    `Seeds: ${c.seed} (permutations ${c.permutations}, bootstrap B = ${c.bootstrap}, periodicity phases ${c.periodicityPermutations}, power simulations ${c.powerSimulations}).`,
};

/** The kinds each table covers, for tests that walk every kind. */
export const FINDING_KINDS = Object.keys(FINDING_TEXT) as FindingKind[];
export const CAVEAT_KINDS = Object.keys(CAVEAT_TEXT) as CaveatKind[];

/** A finding in plain language. */
export function describeFinding(finding: Finding): string {
  return (FINDING_TEXT[finding.kind] as (f: Finding) => string)(finding);
}

/** A caveat in plain language. */
export function describeCaveat(caveat: Caveat): string {
  return (CAVEAT_TEXT[caveat.kind] as (c: Caveat) => string)(caveat);
}
