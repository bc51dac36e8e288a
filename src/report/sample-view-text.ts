import type { SampleQuery, SampleView, ShownSample } from '../core/sample-view-record.js';

const indent = (text: string) =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `    │ ${line}`.trimEnd())
    .join('\n');

/** "task HumanEval/23; verdict fail; aligned yes" — the filters a reader asked for, in their words. */
export function describeQuery(q: SampleQuery): string {
  const parts = [
    q.tasks.length > 0 ? `task ${q.tasks.join(', ')}` : null,
    q.arms.length > 0 ? `arm ${q.arms.join(', ')}` : null,
    q.tiers.length > 0 ? `tier ${q.tiers.join(', ')}` : null,
    q.outcomes.length > 0 ? `verdict ${q.outcomes.join(', ')}` : null,
    q.aligned !== null ? `aligned ${q.aligned ? 'yes' : 'no'}` : null,
    q.boundary !== null ? `boundary ${q.boundary}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join('; ') : 'no filter';
}

function reasoningLine(s: ShownSample): string {
  if (s.reasoningTokens === null) return `not reported (${s.reasoningSource})`;
  const where = s.alignment === 'aligned' ? `aligned at ${s.boundary}` : 'not at a boundary';
  return `${s.reasoningTokens} tokens (${s.reasoningSource}) · ${where}`;
}

function outcomeLine(s: ShownSample): string {
  if (s.outcome === 'generation_error') return `generation error: ${s.generationError ?? ''}`;
  if (s.outcome === 'not_executed') return 'not executed yet (the run was interrupted; rerun it)';
  return s.detail && s.detail !== s.outcome ? `${s.outcome}: ${s.detail}` : s.outcome;
}

function sampleText(s: ShownSample): string {
  const lines = [
    `── ${s.taskId} · arm ${s.arm} · sample ${s.sampleIndex} · tier ${s.tier} ──`,
    `  verdict    ${outcomeLine(s)}`,
    `  reasoning  ${reasoningLine(s)}`,
    `  finish     ${s.finishReason}${s.finishReasonRaw && s.finishReasonRaw !== s.finishReason ? ` (raw: ${s.finishReasonRaw})` : ''}${s.truncated ? ' · truncated (censored: kept out of the primary tests)' : ''}`,
    `  code${s.isFullProgram ? ' (a full program)' : " (the completion, after the task's prompt)"}:`,
    s.code.trim() === '' ? '    (empty)' : indent(s.code),
  ];
  if (s.traceback) lines.push('  traceback:', indent(s.traceback));
  return lines.join('\n');
}

/** `bbench show` in the terminal: what was asked and matched, then each sample in full. */
export function renderSampleViewText(view: SampleView): string {
  const head = [
    `bbench show · run ${view.runId} · ${view.matched} of ${view.total} samples match (${describeQuery(view.query)}); showing ${view.samples.length}`,
    `boundaries ${view.boundaries.join(', ')} · tolerance ${view.tolerance}`,
  ];
  const more =
    view.matched > view.samples.length
      ? [
          `… ${view.matched - view.samples.length} more match: raise --limit (now ${view.query.limit}) or narrow the filters.`,
        ]
      : [];
  return [...head, '', ...view.samples.map(sampleText).flatMap((t) => [t, '']), ...more]
    .join('\n')
    .trimEnd();
}

/** `bbench show -q`: one tab-separated line per sample (task, arm, sample, outcome, reasoning count). */
export function renderSampleViewLines(view: SampleView): string {
  return view.samples
    .map((s) => [s.taskId, s.arm, s.sampleIndex, s.outcome, s.reasoningTokens ?? 'null'].join('\t'))
    .join('\n');
}
