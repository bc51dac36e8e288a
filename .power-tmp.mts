import { join } from 'node:path';
import { resolveAnalysisOptions } from './src/analyze/analysis-options.js';
import { analyzeTable } from './src/analyze/analyze-run.js';
import { simulateArmsTable } from './src/cli/arm-validation.js';
import { DEFAULT_SIMULATED_CONFIG, DEFAULT_SCALING } from './src/providers/simulated.js';
import { plantedArms } from './src/providers/simulated-expectation.js';
import { createValidators } from './src/core/schemas.js';
import { loadCorpus } from './src/core/task-loader.js';

const corpus = await loadCorpus('/work/wt/issue-15/tasks/core', createValidators());
const arms = [ { id: 'effort=low', effort: 'low' }, { id: 'effort=high', effort: 'high' } ];
const n = Number(process.argv[2] ?? 15);
const seeds = Number(process.argv[3] ?? 10);
const cx = Number(process.argv[4] ?? 0.6);
const scaling = { ...DEFAULT_SCALING, efforts: { ...DEFAULT_SCALING.efforts,
  low: { ...DEFAULT_SCALING.efforts.low, logit: { ...DEFAULT_SCALING.efforts.low.logit, complex: -cx } },
  high: { ...DEFAULT_SCALING.efforts.high, logit: { ...DEFAULT_SCALING.efforts.high.logit, complex: cx } } } };
const base = { ...DEFAULT_SIMULATED_CONFIG, scaling };
const planted = plantedArms(base, corpus.tasks, arms.map((a) => ({ id: a.id, reasoningEffort: a.effort, thinkingBudget: null })));
const pr = (arm: string, t: string) => planted.find((p) => p.arm === arm && p.tier === t)!;
for (const t of ['all','simple','moderate','complex']) console.log(t, 'planted Δ', ((pr('effort=high',t).passRate - pr('effort=low',t).passRate)*100).toFixed(1), 'ratio', (pr('effort=high',t).meanReasoning/pr('effort=low',t).meanReasoning).toFixed(3));
let ok = 0, cplx = 0, simp = 0, cover = 0, bnd = 0;
const t0 = Date.now();
for (let seed = 1; seed <= seeds; seed++) {
  const config = { ...base, seed };
  const table = simulateArmsTable(corpus.tasks, config, arms, n);
  const a = analyzeTable(table, resolveAnalysisOptions({ runId: 'x', tasks: new Map(corpus.tasks.map((t) => [t.task_id, { tier: t.tier }])), boundaries: config.boundaries, tolerance: 0, ks: [1], planted: null, seed: 1, powerSimulations: 0 }));
  const tier = (t: string) => a.arms!.comparisons[0]!.tiers.find((d) => d.tier === t)!;
  const pl = plantedArms(config, corpus.tasks, arms.map((x) => ({ id: x.id, reasoningEffort: x.effort, thinkingBudget: null })), 100);
  const ratio = pl.find((p) => p.arm === 'effort=high' && p.tier === 'all')!.meanReasoning / pl.find((p) => p.arm === 'effort=low' && p.tier === 'all')!.meanReasoning;
  const c = tier('complex').passPHolm! < 0.05 && tier('complex').passDelta! > 0;
  const s = tier('simple').passPHolm! > 0.05;
  const cv = tier('all').tokenInterval!.low <= ratio && ratio <= tier('all').tokenInterval!.high;
  const b = a.boundaryEffects.find((e) => e.tier === 'complex')!.cmhPHolm! < 0.05;
  cplx += +c; simp += +s; cover += +cv; bnd += +b; ok += +(c && s && cv && b);
  console.log(seed, 'complex Δ', (tier('complex').passDelta!*100).toFixed(1), 'p', tier('complex').passPHolm!.toFixed(3), 'simple p', tier('simple').passPHolm!.toFixed(3), 'cover', cv, 'bnd', b);
}
console.log(`n=${n} cx=${cx}: complex sig ${cplx}/${seeds}, simple ns ${simp}/${seeds}, ratio covered ${cover}/${seeds}, boundary ${bnd}/${seeds}, all ${ok}/${seeds}; ${((Date.now()-t0)/seeds/1000).toFixed(1)} s/seed`);
