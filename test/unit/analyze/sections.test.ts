import { describe, expect, it } from 'vitest';
import { analyzeRun } from '../../../src/analyze/analyze-run.js';
import { minimumDetectableEffect } from '../../../src/analyze/power.js';
import type { ExecutionRecord, SampleRecord, Tier } from '../../../src/core/records.js';
import { createRng } from '../../../src/core/rng.js';
import { createValidators } from '../../../src/core/schemas.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';

const validators = createValidators();
const base = {
  runId: 'r',
  boundaries: [516, 1034, 1552],
  tolerance: 0,
  ks: [1, 5],
  planted: null,
  permutations: 500,
  bootstrap: 300,
  powerSimulations: 100,
  periodicityPermutations: 199,
};

/** Log-normal lengths; a share `stop` of those reaching each boundary stops there. */
function lengthOf(
  rng: ReturnType<typeof createRng>,
  median: number,
  stop: number,
  boundaries = [516, 1034, 1552],
): number {
  let v = Math.max(1, Math.round(median * Math.exp(0.5 * rng.normal())));
  for (const b of boundaries) if (v >= b && rng.next() < stop) return b;
  return v;
}

describe('a run without verdicts (imported logs)', () => {
  const rng = createRng('imported', 1);
  const samples: SampleRecord[] = [];
  for (let i = 0; i < 600; i++) {
    const model = i % 2 === 0 ? 'gpt-5.5' : 'gpt-5.3-codex';
    samples.push(
      sampleRecord(`session-${i % 30}`, i, {
        reasoningTokens: lengthOf(rng, 700, model === 'gpt-5.5' ? 0.2 : 0),
        request: {
          model,
          maxOutputTokens: null,
          reasoningEffort: i % 4 < 2 ? 'high' : 'medium',
          thinkingBudget: null,
          temperature: null,
          systemPromptHash: 'abc',
        },
        usageRaw: { cli_version: '0.50.0' },
      }),
    );
  }
  const analysis = analyzeRun({ ...base, tasks: new Map(), samples, executions: [] });

  it('reports distribution, lattice, hazards, periodicity and the per-group table, and says why the rest is absent', () => {
    expect(validators.analysis(analysis), JSON.stringify(validators.analysis.errors)).toBe(true);
    expect(analysis.hasVerdicts).toBe(false);
    expect(analysis.absentSections.map((a) => a.section).sort()).toEqual([
      'boundaryEffects',
      'complexity',
      'lengthCurves',
      'passAtK',
      'power',
      'strata',
    ]);
    expect(analysis.absentSections[0]?.reason).toMatch(/no verdicts/);
    expect(analysis.distribution.samples).toBe(600);
    expect(analysis.distribution.bins.reduce((a, b) => a + b.count, 0)).toBe(600);
    expect(
      analysis.distribution.marks.filter((m) => m.kind === 'boundary').map((m) => m.value),
    ).toEqual([516, 1034, 1552]);
    expect(analysis.hazards[0]?.pHolm).toBeLessThan(1e-6);
    expect(analysis.periodicity?.pValue).toBeLessThan(0.05);
    expect(
      analysis.periodicity?.teeth
        .filter((t) => t.kind === 'predicted')
        .map((t) => t.value)
        .slice(0, 2),
    ).toEqual([2070, 2588]);
    expect(analysis.findings).toContainEqual(
      expect.objectContaining({ kind: 'model-group', model: 'gpt-5.5', calls: 300 }),
    );
  });

  it('splits the per-group table by model, then by effort × cli_version × prompt hash', () => {
    const rows = analysis.groups;
    expect(rows.filter((r) => r.scope === 'model').map((r) => r.model)).toEqual([
      'gpt-5.3-codex',
      'gpt-5.5',
    ]);
    const detail = rows.filter((r) => r.scope === 'detail' && r.model === 'gpt-5.5');
    expect(detail.map((r) => r.effort).sort()).toEqual(['high', 'medium']);
    expect(detail.every((r) => r.cliVersion === '0.50.0' && r.systemPromptHash === 'abc')).toBe(
      true,
    );
    const codex = rows.find((r) => r.scope === 'model' && r.model === 'gpt-5.3-codex')!;
    const spiky = rows.find((r) => r.scope === 'model' && r.model === 'gpt-5.5')!;
    expect(spiky.calls).toBe(300);
    expect(spiky.boundaries[0]!.exactHits).toBeGreaterThan(20);
    expect(spiky.boundaries[0]!.hazard!).toBeGreaterThan(
      10 * (codex.boundaries[0]!.hazard ?? 0.001),
    );
    expect(detail.reduce((a, r) => a + r.calls, 0)).toBe(300);
    // Each model gets its own spike test against its own baseline.
    expect(spiky.boundaries[0]!.pHolm!).toBeLessThan(1e-6);
    // Two of the codex model's 300 calls coincide at 516 by chance (p ≈ 0.04; the family-wise rate of such
    // false spikes at 300 calls is 1.5%, measured over 2,000 simulated sets): nothing like a planted atom.
    expect(codex.boundaries[0]!.pHolm!).toBeGreaterThan(1e-3);
  });
});

describe('truncation and censoring', () => {
  it('flags output at the cap and reasoning at the budget, keeps them out of the hazards, and shows them in the sensitivity row', () => {
    const samples = [
      ...Array.from({ length: 40 }, (_, i) =>
        sampleRecord('t', i, { reasoningTokens: 400 + i * 10 }),
      ),
      sampleRecord('t', 100, { reasoningTokens: 516, outputTokens: 4000 }),
      sampleRecord('t', 101, {
        reasoningTokens: 516,
        request: {
          model: 'm',
          maxOutputTokens: null,
          reasoningEffort: null,
          thinkingBudget: 516,
          temperature: null,
          systemPromptHash: null,
        },
      }),
    ];
    const a = analyzeRun({
      ...base,
      tasks: new Map(),
      samples,
      executions: samples.map((s) => executionRecord(s, 'pass')),
    });
    expect(a.truncation).toMatchObject({
      samples: 2,
      outputAtCap: 1,
      reasoningAtBudget: 1,
      signalled: 0,
      scored: 2,
      passes: 2,
    });
    expect(a.hazards[0]?.atBoundary).toBe(0);
    expect(a.truncation.hazardsIncludingTruncated[0]?.atBoundary).toBe(2);
  });

  it('says when reasoning counts come from mixed sources', () => {
    const samples = Array.from({ length: 40 }, (_, i) =>
      sampleRecord('t', i, {
        reasoningTokens: 400 + i,
        reasoningSource: i < 30 ? 'reported' : 'estimated',
      }),
    );
    const a = analyzeRun({ ...base, tasks: new Map(), samples, executions: [] });
    expect(a.counts.bySource).toEqual({ reported: 30, derived: 0, estimated: 10, none: 0 });
    expect(a.caveats).toContainEqual({
      kind: 'mixed-sources',
      sources: [
        { source: 'reported', samples: 30 },
        { source: 'estimated', samples: 10 },
      ],
    });
  });
});

describe('the exploratory scan', () => {
  it('finds an unconfigured spike with BH and nothing else; a 64-token grid gives no discovery off the grid', () => {
    const rng = createRng('scan', 3);
    const lengths = Array.from({ length: 3000 }, () => lengthOf(rng, 900, 0.25, [777]));
    const samples = lengths.map((v, i) => sampleRecord(`t${i % 40}`, i, { reasoningTokens: v }));
    const a = analyzeRun({ ...base, tasks: new Map(), samples, executions: [] });
    expect(a.scan?.discoveries.map((d) => d.boundary)).toEqual([777]);
    expect(a.scan?.discoveries[0]?.distinctTasks).toBe(40);
    expect(a.distribution.marks.find((m) => m.kind === 'scan')?.value).toBe(777);

    const grid = lengths.map((v, i) =>
      sampleRecord(`t${i % 40}`, i, {
        reasoningTokens: Math.ceil(lengthOf(rng, 900, 0) / 64) * 64,
      }),
    );
    const g = analyzeRun({ ...base, tasks: new Map(), samples: grid, executions: [] });
    expect(g.lattice.g).toBe(64);
    expect(g.scan?.step).toBe(64);
    expect(g.scan?.discoveries).toEqual([]);
    expect(g.hazards.every((h) => h.atBoundary === 0)).toBe(true);
    expect(g.caveats).toContainEqual({
      kind: 'off-lattice-boundaries',
      boundaries: [516, 1034, 1552],
      g: 64,
    });
  });
});

/** Tasks that differ in difficulty: harder ones reason longer and fail more; within a task length does nothing. */
function confounded(seed: number, alignedOddsRatio = 1) {
  const rng = createRng('confounded', seed);
  const tasks = new Map<string, { tier: Tier }>();
  const samples: SampleRecord[] = [];
  const executions: ExecutionRecord[] = [];
  for (let t = 0; t < 45; t++) {
    const tier = (['simple', 'moderate', 'complex'] as const)[t % 3]!;
    const difficulty = t / 45;
    tasks.set(`task-${t}`, { tier });
    for (let i = 0; i < 30; i++) {
      const length = lengthOf(rng, 400 + 1200 * difficulty, 0.2);
      const aligned = [516, 1034, 1552].includes(length);
      const odds =
        ((0.95 - 0.7 * difficulty) / (0.05 + 0.7 * difficulty)) * (aligned ? alignedOddsRatio : 1);
      const s = sampleRecord(`task-${t}`, i, { reasoningTokens: length });
      samples.push(s);
      executions.push(executionRecord(s, rng.next() < odds / (1 + odds) ? 'pass' : 'fail'));
    }
  }
  return analyzeRun({ ...base, tasks, samples, executions });
}

describe('sections that need verdicts', () => {
  const a = confounded(5);

  it('are all present and valid', () => {
    expect(validators.analysis(a), JSON.stringify(validators.analysis.errors)).toBe(true);
    expect(a.absentSections).toEqual([]);
    expect(a.seeds).toMatchObject({ seed: 1, permutations: 500, bootstrap: 300 });
  });

  it('length curves: the pooled curve falls with length, the within-task curve does not (confounding by difficulty)', () => {
    const pooled = a.lengthCurves!.pooled;
    const within = a.lengthCurves!.withinTask;
    expect(pooled[0]!.passRate! - pooled.at(-1)!.passRate!).toBeGreaterThan(0.2);
    expect(Math.abs(within[0]!.passRate! - within.at(-1)!.passRate!)).toBeLessThan(0.12);
    expect(pooled[0]!.band!.low).toBeLessThan(pooled[0]!.passRate!);
    expect(within.every((p) => p.band !== null)).toBe(true);
  });

  it('pass@k has a task-clustered interval and a seeded task bootstrap, the same on every run', () => {
    const p1 = a.passAtK[0]!;
    expect(p1.interval!.low).toBeLessThan(p1.value!);
    expect(p1.bootstrapInterval!.low).toBeLessThan(p1.value!);
    expect(p1.bootstrapInterval!.high).toBeGreaterThan(p1.value!);
    expect(confounded(5).passAtK[0]!.bootstrapInterval).toEqual(p1.bootstrapInterval);
  });

  it('the boundary effect has a permutation p and a local comparison; nothing planted, nothing found', () => {
    const all = a.boundaryEffects.find((e) => e.tier === 'all')!;
    expect(all.permutationP).toBeGreaterThan(0.01);
    expect(all.local?.window).toBe(0.2);
    expect(all.local?.informativeTasks).toBeGreaterThan(5);
  });

  it('complexity: per-tier rows, Breslow–Day and trend; empirical difficulty from the held-out half', () => {
    expect(a.complexity?.tiers.map((t) => t.label)).toEqual(['simple', 'moderate', 'complex']);
    expect(a.complexity?.breslowDay?.df).toBe(2);
    expect(a.complexity?.trend?.pValue).toBeGreaterThan(0.001);
    expect(a.complexity?.empirical?.tiers.map((t) => t.label)).toEqual(['easy', 'medium', 'hard']);
  });

  it('a planted degradation is found by CMH, the permutation test and the local comparison', () => {
    const planted = confounded(6, 0.2).boundaryEffects.find((e) => e.tier === 'all')!;
    expect(planted.oddsRatioInterval!.high).toBeLessThan(1);
    expect(planted.permutationP).toBeLessThan(0.01);
    expect(planted.local!.oddsRatio!).toBeLessThan(0.6);
  });
});

describe('power by simulation on the observed design', () => {
  it('detects smaller effects with more samples, and agrees with the normal approximation', () => {
    const design = (n: number) =>
      Array.from({ length: 40 }, () => ({ a: n, b: n, c: 3 * n, d: 3 * n }));
    const small = minimumDetectableEffect(design(5), 200, 1)!;
    const large = minimumDetectableEffect(design(20), 200, 1)!;
    expect(small.minDetectableOddsRatio!).toBeLessThan(1);
    expect(large.minDetectableOddsRatio!).toBeGreaterThan(small.minDetectableOddsRatio!);
    expect(large.minDetectableOddsRatioAbove!).toBeGreaterThan(1);
    // log OR SE ≈ 1/√Σ w with w = 1/(1/(m·¼) + 1/(3m·¼)): MDE ≈ exp(−2.8 · SE).
    const se = 1 / Math.sqrt(40 / (1 / (20 * 2 * 0.25) + 1 / (60 * 2 * 0.25)));
    expect(Math.log(large.minDetectableOddsRatio!)).toBeCloseTo(-2.8 * se, 1);
  });
});

describe('alignment to detected spikes (docs/analysis.md §4, when asked)', () => {
  it('uses the scan’s discoveries as the boundary set and says so', () => {
    const rng = createRng('detected', 4);
    const samples: SampleRecord[] = [];
    const executions: ExecutionRecord[] = [];
    for (let i = 0; i < 3000; i++) {
      const s = sampleRecord(`t${i % 40}`, i, { reasoningTokens: lengthOf(rng, 900, 0.25, [777]) });
      samples.push(s);
      executions.push(
        executionRecord(s, rng.next() < (s.reasoningTokens === 777 ? 0.4 : 0.8) ? 'pass' : 'fail'),
      );
    }
    const configured = analyzeRun({ ...base, tasks: new Map(), samples, executions });
    expect(configured.alignedTo).toEqual({ source: 'configured', values: [516, 1034, 1552] });
    const detected = analyzeRun({
      ...base,
      tasks: new Map(),
      samples,
      executions,
      alignTo: 'detected',
    });
    expect(detected.alignedTo).toEqual({ source: 'detected', values: [777] });
    expect(detected.boundaryEffects[0]?.oddsRatioInterval?.high).toBeLessThan(1);
    expect(detected.caveats).toContainEqual({ kind: 'detected-alignment', values: [777] });
    expect(validators.analysis(detected)).toBe(true);
  });
});
