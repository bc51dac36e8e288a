import type { Analysis } from '../core/analysis-record.js';
import type { Finding, OfKind } from '../core/finding-record.js';
import type { HeadlineSentence } from '../core/headline-record.js';

type Effect = OfKind<Finding, 'boundary-effect'> | OfKind<Finding, 'boundary-effect-untestable'>;

const TIER_ORDER = ['simple', 'moderate', 'complex', 'untiered', 'all'] as const;

/**
 * The headline: one sentence per tier on the boundary effect (all tasks when the corpus has a
 * single tier or none), then one on the arms. It repeats numbers the findings and the arms section
 * already hold, so the headline can never disagree with the details below it.
 */
export function listHeadline(
  analysis: Pick<Analysis, 'hasVerdicts' | 'arms' | 'hazards' | 'distribution'>,
  findings: readonly Finding[],
): HeadlineSentence[] {
  const out: HeadlineSentence[] = [];
  if (!analysis.hasVerdicts) {
    out.push({
      kind: 'no-verdicts',
      samples: analysis.distribution.samples,
      boundaryHits: analysis.hazards.reduce((sum, h) => sum + h.atBoundary, 0),
    });
  } else {
    const effects = findings.filter(
      (f): f is Effect => f.kind === 'boundary-effect' || f.kind === 'boundary-effect-untestable',
    );
    const tiers = effects.filter((f) => f.tier !== 'all');
    // With one tier, its row and the `all` row say the same thing: keep the `all` row.
    const shown = tiers.length > 1 ? tiers : effects.filter((f) => f.tier === 'all');
    shown.sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier));
    for (const f of shown)
      out.push(
        f.kind === 'boundary-effect'
          ? {
              kind: 'tier-effect',
              tier: f.tier,
              alignedPassRate: f.alignedPassRate,
              notAlignedPassRate: f.notAlignedPassRate,
              oddsRatio: f.oddsRatio,
              oddsRatioInterval: f.oddsRatioInterval,
              informativeTasks: f.informativeTasks,
              verdict: f.verdict,
            }
          : { kind: 'tier-untestable', tier: f.tier, informativeTasks: f.informativeTasks },
      );
  }
  const arms = armsSentence(analysis.arms, findings);
  if (arms) out.push(arms);
  return out;
}

function armsSentence(arms: Analysis['arms'], findings: readonly Finding[]) {
  if (!arms || arms.arms.length === 0) return null;
  const allTasks = (id: string) =>
    arms.arms.find((a) => a.id === id)?.tiers.find((t) => t.tier === 'all');
  const bounds = (i: { low: number; high: number } | null | undefined) =>
    i ? { low: i.low, high: i.high } : null;
  if (arms.arms.length === 1) {
    const only = arms.arms[0]!;
    const all = allTasks(only.id);
    return {
      kind: 'one-arm',
      arm: only.id,
      passRate: all?.passRate ?? null,
      passInterval: bounds(all?.passInterval),
      meanReasoning: all?.reasoning.mean ?? null,
      tasks: all?.tasks ?? 0,
    } satisfies HeadlineSentence;
  }
  const base = allTasks(arms.baseline);
  return {
    kind: 'arms',
    baseline: arms.baseline,
    baselinePassRate: base?.passRate ?? null,
    baselineReasoning: base?.reasoning.mean ?? null,
    others: findings
      .filter((f): f is OfKind<Finding, 'arm-comparison'> => f.kind === 'arm-comparison')
      .filter((f) => f.tier === 'all')
      .map((f) => ({
        arm: f.arm,
        passRate: f.armPassRate,
        passDelta: f.passDelta,
        passInterval: f.passInterval,
        tokenRatio: f.tokenRatio,
        quality: f.quality,
        tokens: f.tokens,
      })),
  } satisfies HeadlineSentence;
}
