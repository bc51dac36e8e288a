import {
  callArm,
  type ArmDelta,
  type ArmCall,
  type ArmsSection,
  type ArmTierStats,
} from '../core/arm-record.js';
import { fixed, formatP, percent } from '../core/format.js';

const points = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

const QUALITY_WORDS = {
  better: 'better beyond noise',
  worse: 'worse beyond noise',
  same: 'no difference beyond noise',
  unknown: 'no paired pass@1 (no shared scored tasks)',
} as const satisfies Record<ArmCall['quality'], string>;

const TOKEN_WORDS = {
  more: 'spends more reasoning beyond noise',
  fewer: 'spends less reasoning beyond noise',
  same: 'no reasoning-length difference beyond noise',
  unknown: 'no paired reasoning counts',
} as const satisfies Record<ArmCall['tokens'], string>;

/** "pass@1 83.3% vs 50.0% (Δ +33.3 points [+0.0, +50.0], Holm p = 0.500)" */
export function describeArmDelta(d: ArmDelta, arm: ArmTierStats, base: ArmTierStats): string {
  const ci = d.passInterval
    ? ` [${points(d.passInterval.low)}, ${points(d.passInterval.high)}]`
    : '';
  const tci = d.tokenInterval
    ? ` [${fixed(d.tokenInterval.low)}, ${fixed(d.tokenInterval.high)}]`
    : '';
  return (
    `pass@1 ${percent(arm.passRate)} vs ${percent(base.passRate)} (Δ ${points(d.passDelta)} points${ci}, Holm p ${formatP(d.passPHolm)}); ` +
    `reasoning tokens ×${fixed(d.tokenRatio)}${tci} (${fixed(arm.reasoning.mean, 0)} vs ${fixed(base.reasoning.mean, 0)} per sample, Holm p ${formatP(d.tokenPHolm)})`
  );
}

/**
 * One finding per compared arm and tier where something is beyond noise, plus the overall line of
 * every arm: which is better, which costs more, and whether the difference is beyond noise.
 */
export function describeArms(section: ArmsSection | null): string[] {
  if (!section || section.comparisons.length === 0) return [];
  const out: string[] = [];
  const stats = (id: string, tier: string) =>
    section.arms.find((a) => a.id === id)?.tiers.find((t) => t.tier === tier);
  for (const c of section.comparisons) {
    for (const d of c.tiers) {
      const call = callArm(d, section.alpha);
      if (d.tier !== 'all' && call.quality !== 'better' && call.quality !== 'worse') continue;
      const arm = stats(c.arm, d.tier);
      const base = stats(c.baseline, d.tier);
      if (!arm || !base) continue;
      const scope = d.tier === 'all' ? 'all tasks' : `${d.tier} tasks`;
      out.push(
        `Arms, ${scope}: ${c.arm} against ${c.baseline}: ${describeArmDelta(d, arm, base)}: ${QUALITY_WORDS[call.quality]}; ${TOKEN_WORDS[call.tokens]}.`,
      );
    }
  }
  return out;
}
