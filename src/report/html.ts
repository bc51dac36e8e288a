import type { Analysis } from '../core/analysis-record.js';
import { histogramSpec, lengthCurvesSpec, passRateSpec } from './analysis-charts.js';
import { renderVegaLiteSvg, type VegaLiteSpec } from './charts/vega-svg.js';
import { frontierSpec } from './frontier-chart.js';
import { describeCaveat, describeFinding } from './finding-text.js';
import { headlineLines } from './headline-text.js';
import { chartHtml, detailsHtml, escapeHtml, htmlPage, tableHtml } from './html-page.js';
import { runInfoRows } from './run-info-text.js';
import { reportTables } from './tables.js';
import { formatPlanted } from './terminal.js';

const list = (items: readonly string[], className = '') =>
  `<ul${className ? ` class="${className}"` : ''}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

/** A chart, or a sentence saying why it is absent (no chart is ever silently dropped). */
async function chartOrReason(
  title: string,
  spec: VegaLiteSpec | null,
  reason: string,
): Promise<string> {
  if (spec === null)
    return `<h2>${escapeHtml(title)}</h2>\n<p class="absent">${escapeHtml(reason)}</p>`;
  return chartHtml({ title, svg: await renderVegaLiteSvg(spec) });
}

function metadataHtml(analysis: Analysis): string {
  const rows = runInfoRows(analysis)
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  return `<section class="meta" id="run"><h2>The run</h2><dl>${rows}</dl></section>`;
}

/**
 * The self-contained HTML report (report.html). It answers first: the headline (one sentence per
 * tier and one on the arms), the run's metadata, the tier × alignment chart and the arms frontier;
 * every detail follows in a collapsed `<details>` section, which opens without any script. Charts
 * are rendered to inline SVG at report time; no scripts and no external resources, so it reads
 * offline and in any mail client or CI artefact viewer.
 */
export async function renderHtml(analysis: Analysis): Promise<string> {
  const absent = (section: string) =>
    analysis.absentSections.find((s) => s.section === section)?.reason;
  const noVerdicts =
    'the run has no verdicts (imported or not executed), so pass rates cannot be computed';
  const tables = reportTables(analysis);
  const body = [
    `<section class="headline" id="answer"><h2>The answer</h2>${list(headlineLines(analysis.headline), 'lead')}</section>`,
    metadataHtml(analysis),
    await chartOrReason(
      'pass@1 by tier × alignment, with 95% intervals',
      passRateSpec(analysis),
      absent('strata') ??
        (analysis.hasVerdicts ? 'no stratum has both a pass rate and an alignment' : noVerdicts),
    ),
    await chartOrReason(
      'Frontier: pass@1 against mean reasoning tokens per sample (log scale), one point per arm, per tier',
      frontierSpec(analysis),
      analysis.hasVerdicts ? 'no arm has both a pass rate and a mean reasoning count' : noVerdicts,
    ),
    detailsHtml(
      `Findings (${analysis.findings.length})`,
      [
        list(analysis.findings.map(describeFinding)),
        ...(analysis.planted
          ? [
              `<p>Planted by the simulated model: preset <code>${escapeHtml(analysis.planted.preset)}</code>, aligned odds ratios ${escapeHtml(formatPlanted(analysis.planted.alignedOddsRatio))}, boundaries ${escapeHtml(analysis.planted.boundaries.join(', '))}.</p>`,
            ]
          : []),
      ],
      'findings',
    ),
    detailsHtml(
      `Caveats (${analysis.caveats.length})`,
      [
        list(analysis.caveats.map(describeCaveat), 'warn'),
        `<p class="lattice"><strong>Reporting lattice:</strong> g = ${analysis.lattice.g}. ${escapeHtml(analysis.lattice.note)}</p>`,
      ],
      'caveats',
    ),
    detailsHtml(
      'Reasoning tokens and length against quality',
      [
        await chartOrReason(
          `Reasoning tokens: histogram, hazard and marked values (boundaries ${analysis.boundaries.join(', ')})`,
          histogramSpec(analysis),
          'no sample has a reasoning-token count',
        ),
        await chartOrReason(
          'Length against quality: pooled and within-task curves with cluster-bootstrap bands',
          lengthCurvesSpec(analysis),
          absent('lengthCurves') ??
            (analysis.hasVerdicts ? 'too few samples with counts for length curves' : noVerdicts),
        ),
        ...(analysis.lengthCurves ? [`<p>${escapeHtml(analysis.lengthCurves.note)}</p>`] : []),
      ],
      'distribution',
    ),
    detailsHtml(`Tables (${tables.length})`, tables.map(tableHtml), 'tables'),
    `<p class="footer">Seeds: analysis ${analysis.seeds.seed}; ${analysis.seeds.permutations} permutations, ${analysis.seeds.bootstrap} bootstrap resamples, ${analysis.seeds.periodicityPermutations} periodicity permutations, ${analysis.seeds.powerSimulations} power simulations.</p>`,
  ];
  return htmlPage(`boundary-bench report: ${analysis.runId}`, body);
}
