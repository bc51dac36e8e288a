import type { PlantedArm, TierLabel } from '../core/analysis-record.js';
import { TIERS, type TaskRecord } from '../core/records.js';
import type { GenerationCondition } from './provider.js';
import { drawSimulated, type SimulatedModelConfig } from './simulated.js';

type Arm = Pick<GenerationCondition, 'id' | 'reasoningEffort' | 'thinkingBudget'>;

/**
 * What the simulated model planted for each arm on these tasks: the expected pass@1 (mean of task
 * rates, truncated answers failing) and mean reasoning tokens per tier, by Monte Carlo over `draws`
 * fresh samples per task (sample indices the run never uses, so they are independent of its
 * samples). The analysis's arm estimates should bracket these values.
 */
export function plantedArms(
  config: SimulatedModelConfig,
  tasks: readonly Pick<TaskRecord, 'task_id' | 'tier' | 'canonical_solution'>[],
  arms: readonly Arm[],
  draws = 300,
): PlantedArm[] {
  const tiers: TierLabel[] = ['all', ...TIERS.filter((t) => tasks.some((x) => x.tier === t))];
  return arms.flatMap((arm) => {
    const rates = new Map<TierLabel, number[]>(tiers.map((t) => [t, []]));
    const tokens = new Map<TierLabel, { sum: number; n: number }>(
      tiers.map((t) => [t, { sum: 0, n: 0 }]),
    );
    for (const task of tasks) {
      let passes = 0;
      let sum = 0;
      for (let j = 0; j < draws; j++) {
        const d = drawSimulated(config, task, arm.id, 1_000_000 + j, arm);
        if (d.correct === true) passes += 1;
        sum += d.reported;
      }
      for (const tier of ['all', task.tier ?? 'untiered'] as TierLabel[]) {
        rates.get(tier)?.push(passes / draws);
        const t = tokens.get(tier);
        if (t) ((t.sum += sum), (t.n += draws));
      }
    }
    return tiers.map((tier) => {
      const r = rates.get(tier) ?? [];
      const t = tokens.get(tier)!;
      return {
        arm: arm.id,
        tier,
        passRate: r.reduce((s, x) => s + x, 0) / Math.max(1, r.length),
        meanReasoning: t.n > 0 ? t.sum / t.n : 0,
      };
    });
  });
}
