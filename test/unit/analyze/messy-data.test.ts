import { describe, expect, it } from 'vitest';
import { analyzeRun } from '../../../src/analyze/analyze-run.js';
import type { SampleRecord } from '../../../src/core/records.js';
import { createRng } from '../../../src/core/rng.js';
import { createValidators } from '../../../src/core/schemas.js';
import { describeFinding } from '../../../src/report/finding-text.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';

/**
 * Real imported data is messier than the simulator (issue 17): models on different reporting
 * lattices side by side, models that report 0 for every call, and few calls per session. Each
 * fixture reproduces one defect of the old analysis.
 */
const validators = createValidators();
const settings = {
  runId: 'messy',
  boundaries: [516, 1034, 1552],
  tolerance: 0,
  ks: [1],
  planted: null,
  permutations: 0,
  bootstrap: 0,
  powerSimulations: 0,
  periodicityPermutations: 0,
};

function call(model: string, task: string, i: number, reasoning: number): SampleRecord {
  return sampleRecord(task, i, {
    key: `${model}/${task}/${i}`,
    reasoningTokens: reasoning,
    request: {
      model,
      maxOutputTokens: null,
      reasoningEffort: null,
      thinkingBudget: null,
      temperature: null,
      systemPromptHash: null,
    },
  });
}

/** A smooth log-normal count with no atom anywhere. */
const smooth = (rng: ReturnType<typeof createRng>) =>
  Math.max(1, Math.round(700 * Math.exp(0.6 * rng.normal())));

describe('a mixture of reporting lattices', () => {
  // 3 models report on a 64-token lattice (about 100 calls each), 20 report exact counts; no atom anywhere.
  const rng = createRng('mixed-lattices', 17);
  const samples: SampleRecord[] = [];
  for (let m = 0; m < 23; m++) {
    const model = m < 3 ? `grid-${m}` : `exact-${m}`;
    for (let i = 0; i < 100; i++) {
      const v = smooth(rng);
      samples.push(call(model, `session-${m}-${i % 25}`, i, m < 3 ? Math.ceil(v / 64) * 64 : v));
    }
  }
  const a = analyzeRun({ ...settings, tasks: new Map(), samples, executions: [] });

  it('gives each model its own lattice and scans each lattice group at its own step', () => {
    expect(validators.analysis(a), JSON.stringify(validators.analysis.errors)).toBe(true);
    const models = a.groups.filter((g) => g.scope === 'model');
    expect(models.filter((g) => g.lattice === 64).map((g) => g.model)).toEqual([
      'grid-0',
      'grid-1',
      'grid-2',
    ]);
    expect(a.lattice.groups.map((x) => [x.g, x.models.length])).toEqual([
      [1, 20],
      [64, 3],
    ]);
    expect(a.scan?.lattices.map((l) => l.step)).toEqual([1, 64]);
  });

  it('never calls a lattice value a spike: no discovery at a multiple of 64, no boundary spike', () => {
    expect(a.scan?.discoveries.filter((d) => d.boundary % 64 === 0)).toEqual([]);
    expect(a.scan?.discoveries).toEqual([]);
    expect(a.hazards.every((h) => h.pHolm === null || h.pHolm > 0.05)).toBe(true);
    expect(a.findings.find((f) => f.kind === 'scan')).toMatchObject({ furtherTotal: 0 });
    const text = a.findings.map(describeFinding).join('\n');
    expect(text).not.toMatch(/further spike/);
    expect(text).toContain(
      'reporting lattice per model (g = 1 for 20 model(s), g = 64 for 3 model(s))',
    );
    expect(a.caveats).toContainEqual({ kind: 'mixed-lattices', groups: a.lattice.groups });
  });
});

describe('a model that reports 0 for every call', () => {
  const rng = createRng('silent', 17);
  const samples: SampleRecord[] = [];
  for (let i = 0; i < 200; i++) samples.push(call('speaks', `t${i % 20}`, i, smooth(rng)));
  for (let i = 0; i < 100; i++) samples.push(call('silent', `t${i % 20}`, 1000 + i, 0));
  const executions = samples.map((s, i) => executionRecord(s, i % 3 === 0 ? 'fail' : 'pass'));
  const a = analyzeRun({ ...settings, tasks: new Map(), samples, executions });

  it('is named as reporting no reasoning count, not as an exact reporter', () => {
    expect(validators.analysis(a), JSON.stringify(validators.analysis.errors)).toBe(true);
    const row = a.groups.find((g) => g.scope === 'model' && g.model === 'silent');
    expect(row?.latticeStatus).toBe('silent');
    expect(a.lattice.leftOut).toEqual([{ model: 'silent', status: 'silent', nonZeroCounts: 0 }]);
    expect(a.lattice.nonZeroCounts).toBe(200);
  });

  it('is kept out of the distribution and the length curves (its zeros do not fill the shortest bin)', () => {
    expect(a.caveats).toContainEqual({
      kind: 'silent-models',
      models: [{ model: 'silent', calls: 100 }],
    });
    expect(a.distribution.samples).toBe(200);
    expect(a.distribution.zeros).toBe(0);
    const pooled = a.lengthCurves?.pooled ?? [];
    expect(pooled.reduce((n, p) => n + p.samples, 0)).toBe(200);
  });
});

describe('a spike needs support', () => {
  it('one session with calls of 0, 516 and 0 reasoning tokens is not enough data', () => {
    const samples = [0, 516, 0].map((r, i) => call('gpt-5.5', 'codex/sample.jsonl', i, r));
    const a = analyzeRun({ ...settings, tasks: new Map(), samples, executions: [] });
    expect(validators.analysis(a), JSON.stringify(validators.analysis.errors)).toBe(true);
    const row = a.groups.find((g) => g.scope === 'model')!;
    expect(row.boundaries[0]).toMatchObject({
      boundary: 516,
      exactHits: 1,
      support: 'too_few_hits',
    });
    expect(a.hazards[0]?.support).toBe('too_few_hits');
    expect(a.findings.find((f) => f.kind === 'model-group')).toMatchObject({
      latticeStatus: 'not_determined',
      boundaries: [{ boundary: 516, exactHits: 1, support: 'too_few_hits', spike: false }, {}, {}],
    });
    const text = a.findings.map(describeFinding).join('\n');
    expect(text).not.toMatch(/a spike(?! verdict)/);
    expect(text).toContain('1 at 516 (hazard 100.00%, not enough data for a spike verdict)');
    expect(text).toContain('lattice not determined');
    expect(row.latticeStatus).toBe('not_determined');
  });
});

describe('within-task length curves with few samples per task', () => {
  it('use as many rank bins as samples per task, none empty, and print no missing value', () => {
    // 60 tasks × 5 samples: ten rank bins would leave half of them empty (5 ranks per task).
    const rng = createRng('few-per-task', 17);
    const samples: SampleRecord[] = [];
    for (let t = 0; t < 60; t++)
      for (let i = 0; i < 5; i++) samples.push(call('m', `t${t}`, i, smooth(rng)));
    const executions = samples.map((s) => executionRecord(s, rng.next() < 0.7 ? 'pass' : 'fail'));
    const a = analyzeRun({ ...settings, tasks: new Map(), samples, executions });
    expect(validators.analysis(a), JSON.stringify(validators.analysis.errors)).toBe(true);
    const curves = a.lengthCurves!;
    expect(curves.withinTaskBins).toBe(5);
    // One sample per task in each bin, give or take a tie within a task.
    expect(curves.withinTask).toHaveLength(5);
    expect(curves.withinTask.every((p) => Math.abs(p.samples - 60) <= 3)).toBe(true);
    expect(curves.withinTask.reduce((n, p) => n + p.samples, 0)).toBe(300);
    expect(curves.withinTask.every((p) => p.passRate !== null)).toBe(true);
    const finding = a.findings.find((f) => f.kind === 'length-curves');
    expect(finding).toMatchObject({ withinShortestLabel: '0–20%', withinLongestLabel: '80–100%' });
    expect(describeFinding(finding!)).not.toMatch(/–(?!\d)/);
  });
});
