import { callArm, type ArmsSection } from '../core/arm-record.js';
import type { Finding } from '../core/finding-record.js';

/**
 * One finding per compared arm on all tasks, and per tier where pass@1 differs beyond noise: which arm
 * is better, which spends more reasoning, and whether each difference is beyond noise (Holm p < α).
 */
export function listArmFindings(section: ArmsSection | null): Finding[] {
  if (!section) return [];
  const out: Finding[] = [];
  const stats = (id: string, tier: string) =>
    section.arms.find((a) => a.id === id)?.tiers.find((t) => t.tier === tier);
  for (const c of section.comparisons) {
    for (const d of c.tiers) {
      const call = callArm(d, section.alpha);
      if (d.tier !== 'all' && call.quality !== 'better' && call.quality !== 'worse') continue;
      const arm = stats(c.arm, d.tier);
      const base = stats(c.baseline, d.tier);
      if (!arm || !base) continue;
      const bounds = (i: { low: number; high: number } | null) =>
        i ? { low: i.low, high: i.high } : null;
      out.push({
        kind: 'arm-comparison',
        tier: d.tier,
        arm: c.arm,
        baseline: c.baseline,
        armPassRate: arm.passRate,
        baselinePassRate: base.passRate,
        passDelta: d.passDelta,
        passInterval: bounds(d.passInterval),
        passPHolm: d.passPHolm,
        armTokens: arm.reasoning.mean,
        baselineTokens: base.reasoning.mean,
        tokenRatio: d.tokenRatio,
        tokenInterval: bounds(d.tokenInterval),
        tokenPHolm: d.tokenPHolm,
        ...call,
      });
    }
  }
  return out;
}
