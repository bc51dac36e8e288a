import type { Analysis } from '../core/analysis-record.js';
import type { BoundaryEffect, Complexity } from '../core/verdict-record.js';
import type { Finding, TierOddsRatioValue } from '../core/finding-record.js';
import { listCaveats } from './caveats.js';
import { spikeVerdict } from './hazard.js';

const ALPHA = 0.05;
/** How many further scan discoveries a finding lists by value. */
const LISTED_DISCOVERIES = 8;

type Draft = Omit<Analysis, 'findings' | 'caveats'>;

/** The findings and caveats, as typed values derived only from the numbers already in the analysis. */
export function listFindings(
  analysis: Draft,
  unexecuted: number,
): { findings: Finding[]; caveats: Analysis['caveats'] } {
  const findings: Finding[] = [];
  const d = analysis.distribution;
  if (d.samples > 0)
    findings.push({
      kind: 'distribution',
      samples: d.samples,
      median: d.median,
      mean: d.mean,
      g: analysis.lattice.g,
      latticeStatus: analysis.lattice.status,
      latticeGroups: analysis.lattice.groups.map((x) => ({ g: x.g, models: x.models.length })),
    });
  for (const h of analysis.hazards) {
    findings.push(
      h.hazard === null || h.baselineHazard === null
        ? { kind: 'boundary-unreached', boundary: h.boundary }
        : {
            kind: 'boundary-hazard',
            boundary: h.boundary,
            atBoundary: h.atBoundary,
            reached: h.reached,
            hazard: h.hazard,
            baselineHazard: h.baselineHazard,
            hazardRatio: h.hazardRatio,
            pHolm: h.pHolm,
            distinctTasks: h.distinctTasks,
            support: h.support,
            spike: spikeVerdict(h, ALPHA) === 'spike',
          },
    );
  }
  if (analysis.periodicity) {
    const { period, phase, excess, pValue, permutations } = analysis.periodicity;
    const periodic = pValue !== null && pValue < ALPHA && excess > 0;
    findings.push({ kind: 'periodicity', period, phase, excess, pValue, permutations, periodic });
  }
  if (analysis.scan) {
    const s = analysis.scan;
    const extra = s.discoveries.filter((x) => !analysis.boundaries.includes(x.boundary));
    findings.push({
      kind: 'scan',
      tested: s.tested,
      step: s.step,
      q: s.q,
      lattices: s.lattices.map(({ step, tested }) => ({ step, tested })),
      further: extra
        .slice(0, LISTED_DISCOVERIES)
        .map(({ boundary, atBoundary, distinctTasks, step }) => ({
          boundary,
          atBoundary,
          distinctTasks,
          step,
        })),
      furtherTotal: extra.length + s.moreDiscoveries,
      belowSupport: s.belowSupport,
    });
  }
  for (const e of analysis.boundaryEffects) findings.push(effectFinding(e));
  const local = analysis.boundaryEffects.find((e) => e.tier === 'all')?.local;
  if (local?.oddsRatio != null && local.oddsRatioInterval) {
    findings.push({
      kind: 'local-comparison',
      window: local.window,
      alignedPassRate: local.alignedPassRate,
      notAlignedPassRate: local.notAlignedPassRate,
      oddsRatio: local.oddsRatio,
      oddsRatioInterval: bounds(local.oddsRatioInterval),
      informativeTasks: local.informativeTasks,
    });
  }
  if (analysis.complexity) findings.push(...complexityFindings(analysis.complexity));
  const curves = analysis.lengthCurves;
  // Only bins with samples are shown; a missing value is never quoted as a figure.
  const pooledFirst = curves?.pooled[0]?.passRate ?? null;
  const pooledLast = curves?.pooled.at(-1)?.passRate ?? null;
  const withinFirst = curves?.withinTask[0];
  const withinLast = curves?.withinTask.at(-1);
  if (
    curves &&
    curves.pooled.length > 1 &&
    curves.withinTask.length > 1 &&
    pooledFirst !== null &&
    pooledLast !== null &&
    withinFirst?.passRate != null &&
    withinLast?.passRate != null
  ) {
    findings.push({
      kind: 'length-curves',
      pooledShortest: pooledFirst,
      pooledLongest: pooledLast,
      withinShortest: withinFirst.passRate,
      withinLongest: withinLast.passRate,
      withinShortestLabel: withinFirst.label,
      withinLongestLabel: withinLast.label,
    });
  }
  const pass1 = analysis.passAtK.find((p) => p.k === 1);
  if (pass1?.value != null) {
    findings.push({
      kind: 'pass-at-1',
      value: pass1.value,
      interval: pass1.interval ? bounds(pass1.interval) : null,
      tasks: pass1.tasks,
    });
  }
  if (!analysis.hasVerdicts) findings.push(...groupFindings(analysis));
  return { findings, caveats: listCaveats(analysis, unexecuted) };
}

const bounds = ({ low, high }: { low: number; high: number }) => ({ low, high });

function effectFinding(e: BoundaryEffect): Finding {
  if (
    e.oddsRatio === null ||
    e.oddsRatioInterval === null ||
    e.alignedPassRate === null ||
    e.notAlignedPassRate === null
  ) {
    return {
      kind: 'boundary-effect-untestable',
      tier: e.tier,
      informativeTasks: e.informativeTasks,
    };
  }
  const significant =
    e.cmhPHolm !== null &&
    e.cmhPHolm < ALPHA &&
    (e.oddsRatioInterval.high < 1 || e.oddsRatioInterval.low > 1);
  return {
    kind: 'boundary-effect',
    tier: e.tier,
    alignedPassRate: e.alignedPassRate,
    notAlignedPassRate: e.notAlignedPassRate,
    oddsRatio: e.oddsRatio,
    oddsRatioInterval: bounds(e.oddsRatioInterval),
    cmhPHolm: e.cmhPHolm,
    permutationP: e.permutationP,
    informativeTasks: e.informativeTasks,
    verdict: !significant ? 'none' : e.oddsRatio < 1 ? 'worse' : 'better',
  };
}

const tierValues = (tiers: Complexity['tiers']): TierOddsRatioValue[] =>
  tiers.map((t) => ({ label: t.label, oddsRatio: t.oddsRatio }));

function complexityFindings(c: Complexity): Finding[] {
  const out: Finding[] = [];
  if (c.trend) {
    const trendP = c.trend.pValue;
    const degrades = trendP < ALPHA && (c.trend.slopeLogOr ?? 0) < 0;
    out.push({
      kind: 'complexity-trend',
      tiers: tierValues(c.tiers),
      trendP,
      breslowDayP: c.breslowDay?.pValue ?? null,
      verdict: degrades ? 'degrades' : trendP < ALPHA ? 'changes' : 'none',
    });
  }
  if (c.empirical?.trend)
    out.push({
      kind: 'empirical-difficulty',
      tiers: tierValues(c.empirical.tiers),
      trendP: c.empirical.trend.pValue,
    });
  return out;
}

function groupFindings(analysis: Draft): Finding[] {
  return analysis.groups
    .filter((g) => g.scope === 'model')
    .map((g) => ({
      kind: 'model-group',
      model: g.model,
      calls: g.calls,
      medianTokens: g.medianTokens,
      g: g.lattice,
      latticeStatus: g.latticeStatus,
      boundaries: g.boundaries.map((b) => ({
        boundary: b.boundary,
        exactHits: b.exactHits,
        hazard: b.hazard,
        support: b.support,
        spike: spikeVerdict(b, ALPHA) === 'spike',
      })),
    }));
}
