import { describe, expect, it } from 'vitest';
import type {
  Caveat,
  CaveatKind,
  Finding,
  FindingKind,
  OfKind,
} from '../../../src/core/finding-record.js';
import { caveatsSchema, findingsSchema } from '../../../src/core/finding-schemas.js';
import { Ajv } from 'ajv';
import {
  CAVEAT_KINDS,
  FINDING_KINDS,
  describeCaveat,
  describeFinding,
} from '../../../src/report/finding-text.js';

/** One example of every kind; the mapped type makes the test fail to compile when a kind is added without one. */
const FINDINGS: { [K in FindingKind]: OfKind<Finding, K> } = {
  distribution: {
    kind: 'distribution',
    samples: 412,
    median: 733,
    mean: 801.4,
    g: 1,
    latticeStatus: 'exact',
    latticeGroups: [{ g: 1, models: 1 }],
  },
  'boundary-unreached': { kind: 'boundary-unreached', boundary: 1552 },
  'boundary-hazard': {
    kind: 'boundary-hazard',
    boundary: 516,
    atBoundary: 37,
    reached: 390,
    hazard: 37 / 390,
    baselineHazard: 0.004,
    hazardRatio: 23.7,
    pHolm: 1e-9,
    distinctTasks: 19,
    support: 'enough',
    spike: true,
  },
  periodicity: {
    kind: 'periodicity',
    period: 518,
    phase: 516,
    excess: 0.071,
    pValue: 0.002,
    permutations: 999,
    periodic: true,
  },
  scan: {
    kind: 'scan',
    tested: 2210,
    step: 1,
    q: 0.05,
    lattices: [{ step: 1, tested: 2210 }],
    further: [{ boundary: 777, atBoundary: 12, distinctTasks: 9, step: 1 }],
    furtherTotal: 3,
    belowSupport: 0,
  },
  'boundary-effect-untestable': {
    kind: 'boundary-effect-untestable',
    tier: 'simple',
    informativeTasks: 2,
  },
  'boundary-effect': {
    kind: 'boundary-effect',
    tier: 'complex',
    alignedPassRate: 0.31,
    notAlignedPassRate: 0.64,
    oddsRatio: 0.27,
    oddsRatioInterval: { low: 0.15, high: 0.48 },
    cmhPHolm: 0.0004,
    permutationP: 0.0002,
    informativeTasks: 41,
    verdict: 'worse',
  },
  'local-comparison': {
    kind: 'local-comparison',
    window: 0.2,
    alignedPassRate: 0.4,
    notAlignedPassRate: 0.55,
    oddsRatio: 0.58,
    oddsRatioInterval: { low: 0.33, high: 1.02 },
    informativeTasks: 23,
  },
  'complexity-trend': {
    kind: 'complexity-trend',
    tiers: [
      { label: 'simple', oddsRatio: 0.98 },
      { label: 'complex', oddsRatio: 0.41 },
    ],
    trendP: 0.013,
    breslowDayP: 0.04,
    verdict: 'degrades',
  },
  'empirical-difficulty': {
    kind: 'empirical-difficulty',
    tiers: [{ label: 'hard', oddsRatio: null }],
    trendP: 0.5,
  },
  'length-curves': {
    kind: 'length-curves',
    pooledShortest: 0.9,
    pooledLongest: 0.35,
    withinShortest: 0.71,
    withinLongest: 0.66,
    withinShortestLabel: '0–20%',
    withinLongestLabel: '80–100%',
  },
  'pass-at-1': { kind: 'pass-at-1', value: 0.625, interval: { low: 0.58, high: 0.67 }, tasks: 156 },
  'arm-comparison': {
    kind: 'arm-comparison',
    tier: 'complex',
    arm: 'effort=high',
    baseline: 'effort=low',
    armPassRate: 0.81,
    baselinePassRate: 0.62,
    passDelta: 0.19,
    passInterval: { low: 0.12, high: 0.26 },
    passPHolm: 0.0004,
    armTokens: 2400,
    baselineTokens: 1000,
    tokenRatio: 2.4,
    tokenInterval: { low: 2.2, high: 2.6 },
    tokenPHolm: 0.0001,
    quality: 'better',
    tokens: 'more',
  },
  'model-group': {
    kind: 'model-group',
    model: 'gpt-5.5',
    calls: 300,
    medianTokens: 820,
    g: 1,
    latticeStatus: 'exact',
    boundaries: [{ boundary: 516, exactHits: 44, hazard: 0.217, support: 'enough', spike: true }],
  },
};

const CAVEATS: { [K in CaveatKind]: OfKind<Caveat, K> } = {
  lattice: { kind: 'lattice', note: 'g = 64: 100% of 300 non-zero counts are multiples of 64' },
  'off-lattice-boundaries': { kind: 'off-lattice-boundaries', boundaries: [516], g: 64 },
  'detected-alignment': { kind: 'detected-alignment', values: [777] },
  'mixed-lattices': {
    kind: 'mixed-lattices',
    groups: [
      { g: 1, models: ['gpt-5.5'] },
      { g: 64, models: ['o3'] },
    ],
  },
  'silent-models': { kind: 'silent-models', models: [{ model: 'local-vllm', calls: 120 }] },
  'lattice-not-determined': {
    kind: 'lattice-not-determined',
    models: ['gpt-5.4'],
    leftOut: [],
  },
  'mixed-sources': {
    kind: 'mixed-sources',
    sources: [
      { source: 'reported', samples: 30 },
      { source: 'estimated', samples: 10 },
    ],
  },
  truncation: {
    kind: 'truncation',
    truncated: 7,
    analysable: 70,
    share: 0.1,
    signalled: 5,
    outputAtCap: 2,
    reasoningAtBudget: 1,
  },
  power: {
    kind: 'power',
    minDetectableOddsRatio: 0.61,
    minDetectableOddsRatioAbove: null,
    target: 0.8,
    alpha: 0.05,
  },
  'exploratory-scan': { kind: 'exploratory-scan', tested: 2210, q: 0.05 },
  'predicted-teeth': { kind: 'predicted-teeth', values: [2070, 2588] },
  'absent-sections': {
    kind: 'absent-sections',
    sections: ['passAtK', 'strata'],
    reason: 'no verdicts',
  },
  'unknown-length': { kind: 'unknown-length', samples: 4 },
  'sandbox-errors': { kind: 'sandbox-errors', samples: 3 },
  'retried-alone': { kind: 'retried-alone', retried: 6, changed: 2 },
  'generation-errors': { kind: 'generation-errors', samples: 8 },
  unexecuted: { kind: 'unexecuted', samples: 9 },
  'few-informative-tasks': { kind: 'few-informative-tasks', tiers: ['simple'], minimum: 5 },
  'within-task-comparisons': { kind: 'within-task-comparisons' },
  seeds: {
    kind: 'seeds',
    seed: 20261130,
    permutations: 10000,
    bootstrap: 2000,
    periodicityPermutations: 999,
    powerSimulations: 200,
  },
};

const ajv = new Ajv({ allErrors: true, strict: false, discriminator: true });
const validFindings = ajv.compile(findingsSchema);
const validCaveats = ajv.compile(caveatsSchema);

describe('findings and caveats as typed values', () => {
  it('words every finding kind from its own data', () => {
    expect([...FINDING_KINDS].sort()).toEqual(Object.keys(FINDINGS).sort());
    const text = Object.values(FINDINGS).map(describeFinding);
    expect(new Set(text).size).toBe(text.length);
    expect(describeFinding(FINDINGS['boundary-hazard'])).toBe(
      'Boundary 516: 37 of 390 samples that reached it stopped exactly there (hazard 9.5% vs baseline 0.4%, 23.7× the baseline; Holm p < 0.001; 19 tasks): a spike.',
    );
    expect(describeFinding(FINDINGS['boundary-effect'])).toContain(
      'OR 0.27 [0.15, 0.48], CMH p < 0.001 (Holm over tiers), permutation p < 0.001, 41 informative tasks: aligned samples did worse.',
    );
    expect(describeFinding({ ...FINDINGS['boundary-effect'], verdict: 'none' })).toMatch(
      /no boundary effect beyond noise\.$/,
    );
    expect(
      describeFinding({ ...FINDINGS['boundary-hazard'], support: 'too_few_hits', spike: false }),
    ).toMatch(/not enough data for a spike verdict \(fewer than 5 samples stopped there\)\.$/);
    expect(describeFinding(FINDINGS.scan)).toContain(
      '3 further spike(s), at 777 (12 samples, 9 tasks), …',
    );
    expect(describeFinding({ ...FINDINGS.scan, further: [], furtherTotal: 0 })).toContain(
      'no spike outside the configured boundaries',
    );
    expect(describeFinding(FINDINGS['complexity-trend'])).toContain(
      'Per-tier OR simple 0.98, complex 0.41; trend in log OR across tiers p = 0.013, Breslow–Day (Tarone) homogeneity p = 0.040: yes, the odds ratio falls',
    );
  });

  it('words an arm comparison: which arm is better, which costs more, beyond noise or not', () => {
    expect(describeFinding(FINDINGS['arm-comparison'])).toBe(
      'Arms, complex tasks: effort=high against effort=low: pass@1 81.0% vs 62.0% (Δ +19.0 points [+12.0, +26.0], Holm p < 0.001); reasoning tokens ×2.40 [2.20, 2.60] (2400 vs 1000 per sample, Holm p < 0.001): effort=high is better beyond noise; effort=high spends more reasoning beyond noise.',
    );
    expect(
      describeFinding({ ...FINDINGS['arm-comparison'], quality: 'same', tokens: 'same' }),
    ).toMatch(/no quality difference beyond noise; no reasoning-length difference beyond noise\.$/);
  });

  it('words every caveat kind from its own data', () => {
    expect([...CAVEAT_KINDS].sort()).toEqual(Object.keys(CAVEATS).sort());
    const text = Object.values(CAVEATS).map(describeCaveat);
    expect(new Set(text).size).toBe(text.length);
    expect(describeCaveat(CAVEATS['off-lattice-boundaries'])).toContain(
      'Boundaries 516 are not multiples of the reporting lattice g = 64, so no reported count can land on them (nearest lattice values: 512/576)',
    );
    expect(describeCaveat(CAVEATS['mixed-sources'])).toMatch(
      /^Reasoning counts are reported \(30\), estimated \(10\):/,
    );
    expect(describeCaveat(CAVEATS.power)).toContain(
      '0.61 or further from 1 (or none above 1 up to 50)',
    );
  });

  it('publishes a schema that accepts every kind and rejects an unknown kind or a missing field', () => {
    expect(validFindings(Object.values(FINDINGS)), JSON.stringify(validFindings.errors)).toBe(true);
    expect(validCaveats(Object.values(CAVEATS)), JSON.stringify(validCaveats.errors)).toBe(true);
    expect(validFindings([{ kind: 'rumour', text: 'aligned samples did worse' }])).toBe(false);
    const { verdict: _dropped, ...noVerdict } = FINDINGS['boundary-effect'];
    expect(validFindings([noVerdict])).toBe(false);
    expect(validFindings.errors?.some((e) => e.params && 'missingProperty' in e.params)).toBe(true);
    expect(validCaveats([{ ...CAVEATS.seeds, extra: 1 }])).toBe(false);
  });
});
