import type { Analysis } from '../core/analysis-record.js';
import type { DrillDownSample, DrillDownTier, TaskRow } from '../core/drill-down-record.js';
import { percent } from '../core/format.js';
import { detailsHtml, escapeHtml } from './html-page.js';

const TIER_NAMES = {
  simple: 'Simple tasks',
  moderate: 'Moderate tasks',
  complex: 'Complex tasks',
  all: 'All tasks',
  untiered: 'Untiered tasks',
} as const;

/** The anchor of a task's row in the per-task table (ids keep to letters, digits, - and _). */
export const taskAnchor = (taskId: string) => `task-${taskId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const rate = (passes: number, n: number) => (n === 0 ? '–' : percent(passes / n, 0));

function sampleHtml(label: string, s: DrillDownSample): string {
  const summary = `${label}: ${s.conditionId} #${s.sampleIndex} · ${s.reasoningTokens} reasoning tokens (${s.reasoningSource}) · finish ${s.finishReason} · ${s.verdict}: ${s.detail}`;
  const traceback =
    s.traceback === null
      ? s.verdict === 'pass'
        ? ''
        : '<p class="absent">No traceback kept (records written before tracebacks were).</p>'
      : `<p><strong>Traceback</strong> (its last lines)</p><pre class="traceback">${escapeHtml(s.traceback)}</pre>`;
  return `<details class="sample"><summary>${escapeHtml(summary)}</summary>
<p><strong>Code</strong>${s.codeTruncated ? ' (first part)' : ''}</p><pre class="code">${escapeHtml(s.code)}</pre>
${traceback}</details>`;
}

function tierHtml(t: DrillDownTier): string {
  const pairs = t.pairs.map(
    (p) =>
      `<div class="pair"><h3><a href="#${taskAnchor(p.taskId)}">${escapeHtml(p.taskId)}</a></h3>
${sampleHtml('Stopped at a boundary, failed', p.alignedFailure)}
${sampleHtml('Not at a boundary, passed', p.notAlignedPass)}</div>`,
  );
  const shown =
    t.candidateTasks > t.pairs.length ? ` (${t.pairs.length} of ${t.candidateTasks} tasks)` : '';
  return detailsHtml(
    `${TIER_NAMES[t.tier]}: aligned failures and non-aligned passes of the same tasks${shown}`,
    pairs,
    `samples-${t.tier}`,
    'tier',
  );
}

/**
 * Samples a reader can open, per tier: an aligned failure and a non-aligned pass of the same task,
 * each with its code, reasoning count and source, finish reason, verdict and traceback. Collapsed;
 * each task links to its row in the per-task table.
 */
export function drillDownHtml(analysis: Analysis): string {
  const tiers = analysis.drillDown;
  const content =
    tiers === undefined
      ? ['<p class="absent">This analysis has no samples to open; rerun `bbench analyze`.</p>']
      : tiers.length === 0
        ? [
            `<p class="absent">No task has both a sample that stopped at a boundary and failed and one that did not and passed${analysis.hasVerdicts ? '' : ' (the run has no verdicts)'}.</p>`,
          ]
        : tiers.map(tierHtml);
  return detailsHtml('Samples to open: failures at a boundary beside passes', content, 'samples');
}

function taskRowHtml(r: TaskRow): string {
  const cells = [
    r.taskId,
    r.tier,
    String(r.scored),
    rate(r.passes, r.scored),
    `${rate(r.alignedPasses, r.aligned)} (${r.aligned})`,
    `${rate(r.notAlignedPasses, r.notAligned)} (${r.notAligned})`,
    String(r.truncated),
  ];
  return `<tr id="${taskAnchor(r.taskId)}">${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
}

/** The per-task table, each row an anchor the drill-down links to. */
export function taskTableHtml(analysis: Analysis): string {
  const rows = analysis.tasks ?? [];
  if (rows.length === 0) return '';
  const head = [
    'task',
    'tier',
    'scored',
    'pass rate',
    'aligned: pass rate (n)',
    'not aligned: pass rate (n)',
    'truncated',
  ];
  return detailsHtml(
    `Per task (${rows.length})`,
    [
      '<p>Scored samples per task; the aligned and not-aligned columns count the non-truncated samples with a reasoning count, as the boundary test does.</p>',
      `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.map(taskRowHtml).join('\n')}\n</tbody></table>`,
    ],
    'tasks',
  );
}
