import type { Analysis } from '../core/analysis-record.js';
import type { BoundaryHazard } from '../core/spike-record.js';
import { fixed, formatP, percent } from '../core/format.js';
import type { ReportTable } from './tables.js';

const p = (x: number | null) => formatP(x).replace('= ', '');

function hazardRow(h: BoundaryHazard): string[] {
  return [
    String(h.boundary),
    `${h.atBoundary} / ${h.reached}`,
    percent(h.hazard),
    `${percent(h.baselineHazard, 2)}${h.baselineMethod === 'pooled' ? ' (pooled)' : ''}`,
    h.hazardRatio === null ? '–' : `${h.hazardRatio.toFixed(1)}×`,
    percent(h.excessMass, 2),
    h.dispersion > 1.05 ? h.dispersion.toFixed(2) : '1',
    p(h.pHolm),
    String(h.distinctTasks),
  ];
}

const HAZARD_HEAD = [
  'value',
  'stopped / reached',
  'hazard',
  'baseline',
  'ratio',
  'excess mass',
  'design effect',
  'adj. p',
  'tasks',
];

/** Tables of the sections that need only reasoning counts: they render for imported logs too. */
export function distributionTables(a: Analysis): ReportTable[] {
  const d = a.distribution;
  const tables: ReportTable[] = [
    {
      title: `Reasoning-token distribution (non-truncated samples with a count; lattice g = ${a.lattice.g})`,
      head: [
        'samples',
        'zeros',
        'mean',
        'median',
        ...d.quantiles.map((q) => `p${Math.round(q.p * 100)}`),
        'max',
      ],
      rows: [
        [
          String(d.samples),
          String(d.zeros),
          fixed(d.mean, 0),
          fixed(d.median, 0),
          ...d.quantiles.map((q) => String(q.value)),
          d.max === null ? '–' : String(d.max),
        ],
      ],
    },
    {
      title: `Hazard at each configured boundary (baseline = median of v ± g … v ± 10g; Holm-adjusted binomial test with the design effect of task clustering)`,
      head: HAZARD_HEAD,
      rows: a.hazards.map(hazardRow),
    },
  ];
  if (a.scan) {
    tables.push({
      title: `Exploratory scan: spikes at BH q = ${a.scan.q} over ${a.scan.tested} values in steps of ${a.scan.step}${a.scan.moreDiscoveries > 0 ? ` (${a.scan.moreDiscoveries} more not listed)` : ''}`,
      head: HAZARD_HEAD.map((h) => (h === 'adj. p' ? 'BH q' : h)),
      rows:
        a.scan.discoveries.length > 0
          ? a.scan.discoveries.map(hazardRow)
          : [['none', '', '', '', '', '', '', '', '']],
    });
  }
  if (a.periodicity) {
    const per = a.periodicity;
    tables.push({
      title: `Periodicity P = ${per.period}, φ = ${per.phase}: summed excess ${percent(per.excess, 2)}, permutation p ${p(per.pValue)} (${per.permutations} random phases); predicted teeth are exploratory`,
      head: ['tooth', 'kind', 'stopped / reached', 'excess mass'],
      rows: per.teeth.map((t) => [
        String(t.value),
        t.kind,
        `${t.count} / ${t.reached}`,
        percent(t.excessMass, 2),
      ]),
    });
  }
  tables.push(truncationTable(a));
  if (a.groups.length > 0) tables.push(groupTable(a));
  return tables;
}

function truncationTable(a: Analysis): ReportTable {
  const t = a.truncation;
  const e = t.effectIncludingTruncated;
  const rows = [
    [
      'truncated samples',
      `${t.samples} (${percent(t.share)})`,
      `${t.signalled} signalled, ${t.outputAtCap} at the output cap, ${t.reasoningAtBudget} at the thinking budget`,
    ],
    [
      'truncated, scored',
      t.scored > 0 ? `${percent(t.passRate)} passed` : '–',
      t.passes === null ? 'no verdicts' : `${t.passes} of ${t.scored}`,
    ],
    ...t.hazardsIncludingTruncated.map((h) => [
      `hazard at ${h.boundary} incl. truncated`,
      percent(h.hazard),
      `${h.atBoundary} / ${h.reached}, adj. p ${p(h.pHolm)}`,
    ]),
  ];
  if (e)
    rows.push([
      'boundary effect incl. truncated',
      e.oddsRatio === null
        ? '–'
        : `OR ${fixed(e.oddsRatio)} [${fixed(e.oddsRatioInterval?.low)}, ${fixed(e.oddsRatioInterval?.high)}]`,
      `CMH p ${p(e.cmhPValue)}, ${e.informativeTasks} informative tasks`,
    ]);
  return {
    title:
      'Truncation and censoring (left out of the primary statistics; sensitivity rows include them)',
    head: ['', 'value', 'detail'],
    rows,
  };
}

function groupTable(a: Analysis): ReportTable {
  return {
    title:
      'Per model (and effort × cli_version × system-prompt hash where known): calls, reasoning tokens, exact hits and hazard at each boundary ("spike": Holm p < 0.05 against the row’s own baseline)',
    head: [
      'model',
      'effort',
      'cli',
      'prompt',
      'calls',
      'mean',
      'median',
      'g',
      ...a.boundaries.map((b) => `at ${b} (hazard)`),
    ],
    rows: a.groups.map((g) => [
      g.scope === 'model' ? g.model : `  ${g.model}`,
      g.effort ?? '–',
      g.cliVersion ?? '–',
      g.systemPromptHash?.slice(0, 8) ?? '–',
      String(g.calls),
      fixed(g.meanTokens, 0),
      fixed(g.medianTokens, 0),
      String(g.lattice),
      ...g.boundaries.map(
        (b) =>
          `${b.exactHits} (${percent(b.hazard, 2)}${b.pHolm !== null && b.pHolm < 0.05 ? ', spike' : ''})`,
      ),
    ]),
  };
}
