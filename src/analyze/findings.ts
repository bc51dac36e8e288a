import type {
  Analysis,
  BoundaryEffect,
  BoundaryHazard,
  Complexity,
} from '../core/analysis-record.js';
import { fixed, formatP, percent } from '../core/format.js';
import { describeCaveats } from './caveats.js';
import { spikeVerdict } from './hazard.js';
import { latticeLabel } from './lattice.js';

const ALPHA = 0.05;

type Draft = Omit<Analysis, 'findings' | 'caveats'>;

/** Plain-language findings and caveats, derived only from the numbers already in the analysis. */
export function describeFindings(
  analysis: Draft,
  unexecuted: number,
): { findings: string[]; caveats: string[] } {
  const findings: string[] = [];
  const d = analysis.distribution;
  if (d.samples > 0) {
    findings.push(
      `${d.samples} non-truncated samples carry a reasoning count (median ${fixed(d.median, 0)} tokens, mean ${fixed(d.mean, 0)}); reporting lattice ${analysis.lattice.groups.length > 1 ? `per model (${analysis.lattice.groups.map((x) => `g = ${x.g} for ${x.models.length} model(s)`).join(', ')})` : latticeLabel(analysis.lattice)}.`,
    );
  }
  for (const h of analysis.hazards) findings.push(describeHazard(h));
  if (analysis.periodicity) {
    const p = analysis.periodicity;
    const periodic = p.pValue !== null && p.pValue < ALPHA && p.excess > 0;
    findings.push(
      `Periodicity at P = ${p.period} from φ = ${p.phase}: summed excess ${percent(p.excess, 2)} of samples at the teeth, permutation p ${formatP(p.pValue)} over ${p.permutations} random phases: ${periodic ? 'the spikes repeat with this period' : 'no periodic pattern beyond noise'}.`,
    );
  }
  if (analysis.scan) {
    const s = analysis.scan;
    const extra = s.discoveries.filter((x) => !analysis.boundaries.includes(x.boundary));
    const list = extra
      .slice(0, 8)
      .map(
        (x) =>
          `${x.boundary} (${x.atBoundary} samples, ${x.distinctTasks} tasks${s.lattices.length > 1 ? `, g = ${x.step}` : ''})`,
      )
      .join(', ');
    const steps =
      s.lattices.length > 1
        ? `each lattice group at its own step (${s.lattices.map((l) => `g = ${l.step}: ${l.tested} values`).join(', ')})`
        : `steps of ${s.step}`;
    const unsupported =
      s.belowSupport > 0
        ? ` ${s.belowSupport} further value(s) passed BH with too little support (under 5 hits or 3 tasks): not enough data.`
        : '';
    findings.push(
      extra.length === 0
        ? `Exploratory scan (${s.tested} values in ${steps}, Benjamini–Hochberg q = ${s.q}): no spike outside the configured boundaries.${unsupported}`
        : `Exploratory scan (${s.tested} values in ${steps}, BH q = ${s.q}): ${extra.length + s.moreDiscoveries} further spike(s), at ${list}${extra.length > 8 ? ', …' : ''}; exploratory, to be confirmed on new data.${unsupported}`,
    );
  }
  for (const e of analysis.boundaryEffects) findings.push(describeEffect(e));
  const local = analysis.boundaryEffects.find((e) => e.tier === 'all')?.local;
  if (local?.oddsRatio != null && local.oddsRatioInterval) {
    findings.push(
      `Against samples of the same task that reasoned about as long (±${percent(local.window, 0)} of the boundary), aligned samples passed ${percent(local.alignedPassRate)} vs ${percent(local.notAlignedPassRate)}; OR ${fixed(local.oddsRatio)} [${fixed(local.oddsRatioInterval.low)}, ${fixed(local.oddsRatioInterval.high)}], ${local.informativeTasks} informative task × boundary strata.`,
    );
  }
  if (analysis.complexity) findings.push(...describeComplexity(analysis.complexity));
  const curves = analysis.lengthCurves;
  // Only bins with samples are shown; a missing value is never printed as a figure.
  if (curves && curves.pooled.length > 1 && curves.withinTask.length > 1) {
    const first = curves.pooled[0]!,
      last = curves.pooled.at(-1)!;
    const rFirst = curves.withinTask[0]!,
      rLast = curves.withinTask.at(-1)!;
    findings.push(
      `Longest against shortest reasoning: pooled over tasks ${percent(last.passRate)} vs ${percent(first.passRate)}; within the same task ${percent(rLast.passRate)} vs ${percent(rFirst.passRate)} (rank bins ${rLast.label} vs ${rFirst.label}). The difference between the two is confounding by task difficulty.`,
    );
  }
  const pass1 = analysis.passAtK.find((p) => p.k === 1);
  if (pass1?.value != null) {
    const ci = pass1.interval
      ? ` [${percent(pass1.interval.low)}, ${percent(pass1.interval.high)}]`
      : '';
    findings.push(
      `Overall pass@1 ${percent(pass1.value)}${ci} on ${pass1.tasks} tasks (task-clustered 95% CI).`,
    );
  }
  if (!analysis.hasVerdicts) findings.push(...describeGroups(analysis));
  return { findings, caveats: describeCaveats(analysis, unexecuted) };
}

function describeHazard(h: BoundaryHazard): string {
  if (h.hazard === null || h.baselineHazard === null)
    return `Boundary ${h.boundary}: no sample reached it.`;
  const ratio = h.hazardRatio === null ? '' : `, ${h.hazardRatio.toFixed(1)}× the baseline`;
  const verdict = spikeVerdict(h, ALPHA);
  return `Boundary ${h.boundary}: ${h.atBoundary} of ${h.reached} samples that reached it stopped exactly there (hazard ${percent(h.hazard)} vs baseline ${percent(h.baselineHazard)}${ratio}; Holm p ${formatP(h.pHolm)}; ${h.distinctTasks} tasks): ${verdict === 'spike' ? 'a spike' : verdict === 'no spike' ? 'no spike beyond noise' : `not enough data for a spike verdict (${SUPPORT_TEXT[h.support]})`}.`;
}

const GROUP_VERDICT = {
  spike: ', a spike',
  'no spike': '',
  'not enough data': ', not enough data for a spike verdict',
} as const;

/** Why a hazard cannot support a spike verdict (ANALYSIS.md §3). */
const SUPPORT_TEXT = {
  enough: 'enough support',
  too_few_hits: 'fewer than 5 samples stopped there',
  too_few_tasks: 'the hits come from fewer than 3 tasks',
  too_few_reached: 'fewer than 20 samples reached it',
  one_sided_baseline: 'too few lattice neighbours on one side for a baseline',
} as const satisfies Record<BoundaryHazard['support'], string>;

function where(tier: string): string {
  return tier === 'all' ? 'all tasks' : tier === 'untiered' ? 'untiered tasks' : `${tier} tasks`;
}

function describeEffect(e: BoundaryEffect): string {
  if (
    e.oddsRatio === null ||
    e.oddsRatioInterval === null ||
    e.alignedPassRate === null ||
    e.notAlignedPassRate === null
  ) {
    return `On ${where(e.tier)}, no within-task comparison is possible (${e.informativeTasks} informative tasks).`;
  }
  const significant =
    e.cmhPHolm !== null &&
    e.cmhPHolm < ALPHA &&
    (e.oddsRatioInterval.high < 1 || e.oddsRatioInterval.low > 1);
  const verdict = significant
    ? `aligned samples did ${e.oddsRatio < 1 ? 'worse' : 'better'}`
    : 'no boundary effect beyond noise';
  const perm = e.permutationP === null ? '' : `, permutation p ${formatP(e.permutationP)}`;
  return `On ${where(e.tier)}, aligned samples passed ${percent(e.alignedPassRate)} vs ${percent(e.notAlignedPassRate)} for non-aligned samples of the same tasks; OR ${e.oddsRatio.toFixed(2)} [${e.oddsRatioInterval.low.toFixed(2)}, ${e.oddsRatioInterval.high.toFixed(2)}], CMH p ${formatP(e.cmhPHolm)}${e.tier === 'all' ? '' : ' (Holm over tiers)'}${perm}, ${e.informativeTasks} informative tasks: ${verdict}.`;
}

function describeComplexity(c: Complexity): string[] {
  const out: string[] = [];
  if (c.trend) {
    const rows = c.tiers.map((t) => `${t.label} ${fixed(t.oddsRatio)}`).join(', ');
    const degrades = c.trend.pValue < ALPHA && (c.trend.slopeLogOr ?? 0) < 0;
    out.push(
      `Do aligned samples degrade more on complex tasks? Per-tier OR ${rows}; trend in log OR across tiers p ${formatP(c.trend.pValue)}${c.breslowDay ? `, Breslow–Day (Tarone) homogeneity p ${formatP(c.breslowDay.pValue)}` : ''}: ${degrades ? 'yes, the odds ratio falls as tasks get harder' : c.trend.pValue < ALPHA ? 'the odds ratio changes with tier, but does not fall' : 'no trend beyond noise'}.`,
    );
  }
  if (c.empirical?.trend) {
    const rows = c.empirical.tiers.map((t) => `${t.label} ${fixed(t.oddsRatio)}`).join(', ');
    out.push(
      `By empirical difficulty (held-out half): OR ${rows}; trend p ${formatP(c.empirical.trend.pValue)}.`,
    );
  }
  return out;
}

function describeGroups(analysis: Draft): string[] {
  return analysis.groups
    .filter((g) => g.scope === 'model')
    .map((g) => {
      const hits = g.boundaries
        .map(
          (b) =>
            `${b.exactHits} at ${b.boundary} (hazard ${percent(b.hazard, 2)}${GROUP_VERDICT[spikeVerdict(b, ALPHA)]})`,
        )
        .join(', ');
      return `${g.model}: ${g.calls} calls, median ${fixed(g.medianTokens, 0)} reasoning tokens; exact hits ${hits}; ${g.latticeStatus === 'silent' || g.latticeStatus === 'not_determined' ? latticeLabel({ g: g.lattice, status: g.latticeStatus }) : `lattice g = ${g.lattice}`}.`;
    });
}
