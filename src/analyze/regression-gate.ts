import type { Comparison, GateResult, RatioChange } from '../core/comparison-record.js';
import { formatP, percent } from '../core/format.js';

/** The `--fail-on` rules: each names the change that should fail a CI pipeline. */
export const GATE_KINDS = {
  'pass1-drop': 'pass@1 over all shared tasks fell by more than X points, with sign-flip p below α',
  'tier-drop': 'pass@1 of any tier fell by more than X points, with sign-flip p below α',
  'hazard-above': "run B's hazard at any boundary is above X (a share, e.g. 0.05)",
  'hazard-rise':
    'the hazard at any boundary rose by more than X points, with two-proportion p below α',
  'lattice-change': 'the reporting lattice g changed (takes no value)',
  'tokens-rise':
    'mean reasoning tokens rose by more than X percent, with swap-permutation p below α',
  'cost-rise':
    'cost per solved task rose by more than X percent, with swap-permutation p below α (needs prices)',
} as const satisfies Record<string, string>;

export type GateKind = keyof typeof GATE_KINDS;

export interface GateRule {
  kind: GateKind;
  /** Points for drops and rises, a share for hazard-above; null for lattice-change. */
  threshold: number | null;
}

type Check = (c: Comparison, threshold: number) => { crossed: boolean; detail: string };

const CHECKS = {
  'pass1-drop': (c, x) => {
    const d = c.deltas.find((e) => e.tier === 'all' && e.k === 1);
    if (!d || d.delta === null || d.pValue === null)
      return { crossed: false, detail: 'no pass@1 difference could be computed' };
    return {
      crossed: -d.delta * 100 > x && d.pValue < c.alpha,
      detail: `Δ pass@1 ${(d.delta * 100).toFixed(1)} points, p ${formatP(d.pValue)}`,
    };
  },
  'tier-drop': (c, x) => {
    const rows = c.deltas.filter(
      (e) => e.tier !== 'all' && e.k === 1 && e.delta !== null && e.pValue !== null,
    );
    const worst = rows.filter((e) => -(e.delta ?? 0) * 100 > x && (e.pValue ?? 1) < c.alpha);
    return {
      crossed: worst.length > 0,
      detail:
        rows
          .map((e) => `${e.tier} ${((e.delta ?? 0) * 100).toFixed(1)} (p ${formatP(e.pValue)})`)
          .join('; ') || 'no tiers',
    };
  },
  'hazard-above': (c, x) => {
    const over = c.hazards.filter((h) => h.b.hazard !== null && h.b.hazard > x);
    return {
      crossed: over.length > 0,
      detail:
        c.hazards.map((h) => `${h.boundary}: ${percent(h.b.hazard)}`).join('; ') || 'no boundaries',
    };
  },
  'hazard-rise': (c, x) => {
    const risen = c.hazards.filter(
      (h) => h.delta !== null && h.delta * 100 > x && h.pValue !== null && h.pValue < c.alpha,
    );
    return {
      crossed: risen.length > 0,
      detail:
        c.hazards
          .map(
            (h) =>
              `${h.boundary}: ${percent(h.a.hazard)} → ${percent(h.b.hazard)} (p ${formatP(h.pValue)})`,
          )
          .join('; ') || 'no boundaries',
    };
  },
  'lattice-change': (c) => ({
    crossed: c.lattice.changed,
    detail: `g ${c.lattice.a} → ${c.lattice.b}`,
  }),
  'tokens-rise': (c, x) => ratioRise(c.lengthCost.reasoningTokens, x, c.alpha, 'reasoning tokens'),
  'cost-rise': (c, x) =>
    c.lengthCost.costPerSolved === null
      ? { crossed: false, detail: 'no cost: give prices for both runs (--prices)' }
      : ratioRise(c.lengthCost.costPerSolved, x, c.alpha, 'cost per solved task'),
} as const satisfies Record<GateKind, Check>;

/** A ratio B/A above 1 + X% whose swap p is below α. */
function ratioRise(r: RatioChange, x: number, alpha: number, what: string) {
  if (r.ratio === null || r.pValue === null)
    return { crossed: false, detail: `no ${what} ratio could be computed` };
  return {
    crossed: (r.ratio - 1) * 100 > x && r.pValue < alpha,
    detail: `${what} ×${r.ratio.toFixed(2)}${r.interval ? ` [${r.interval.low.toFixed(2)}, ${r.interval.high.toFixed(2)}]` : ''}, p ${formatP(r.pValue)}`,
  };
}

/** Evaluates every rule; the CLI turns any crossed rule into the REGRESSION exit code. */
export function evaluateGate(comparison: Comparison, rules: readonly GateRule[]): GateResult[] {
  return rules.map((rule) => {
    const { crossed, detail } = CHECKS[rule.kind](comparison, rule.threshold ?? 0);
    return {
      rule: rule.threshold === null ? rule.kind : `${rule.kind}=${rule.threshold}`,
      crossed,
      detail,
    };
  });
}
