import type { Analysis } from '../core/analysis-record.js';

/** Durations as a reader says them: "4 min 12 s", "2 h 5 min". */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

const count = (x: number | null) => (x === null ? 'not reported' : x.toLocaleString('en-US'));
const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');

/**
 * The run's metadata as label/value rows, shown under the headline in every format: models and arms,
 * tasks, samples, dates, duration, tokens, tool version and corpus hash.
 */
export function runInfoRows(analysis: Analysis): [string, string][] {
  const run = analysis.run;
  if (!run) return [['Run', `${analysis.runId} (rerun \`bbench analyze\` for its metadata)`]];
  const arms =
    analysis.arms?.arms.map((a) => {
      const parts = [
        a.effort === null ? null : `effort ${a.effort}`,
        a.budget === null ? null : `budget ${a.budget}`,
        a.systemPromptHash === null ? null : `system prompt ${a.systemPromptHash.slice(0, 8)}`,
      ].filter((p): p is string => p !== null);
      return parts.length > 0 ? `${a.id} (${parts.join(', ')})` : a.id;
    }) ?? [];
  const rows: [string, string][] = [
    ['Run', analysis.runId],
    [
      'Models and arms',
      `${run.models.join(', ') || 'none'}; ${arms.length} arm${arms.length === 1 ? '' : 's'}${arms.length > 0 ? `: ${arms.join(', ')}` : ''}`,
    ],
    ['Tasks', `${run.tasks}${run.corpus ? ` of ${run.corpus.tasks} in the corpus` : ''}`],
    ['Samples', `${count(run.samples)} generated, ${count(run.scored)} with a verdict`],
  ];
  if (run.startedAt !== null)
    rows.push([
      'Dates',
      run.finishedAt === null
        ? `started ${when(run.startedAt)}`
        : `${when(run.startedAt)} → ${when(run.finishedAt)}`,
    ]);
  const wall =
    run.startedAt !== null && run.finishedAt !== null
      ? Date.parse(run.finishedAt) - Date.parse(run.startedAt)
      : null;
  const durations = [
    wall !== null && wall >= 0 ? `${formatDuration(wall)} from start to last record` : null,
    run.modelTimeMs !== null ? `${formatDuration(run.modelTimeMs)} of model time` : null,
  ].filter((d): d is string => d !== null);
  if (durations.length > 0) rows.push(['Duration', durations.join('; ')]);
  rows.push([
    'Tokens',
    `input ${count(run.tokens.input)}; output ${count(run.tokens.output)}, of which reasoning ${count(run.tokens.reasoning)}`,
  ]);
  if (run.tool)
    rows.push([
      'Tool',
      `${run.tool.name} ${run.tool.version}${run.tool.gitRevision ? ` (git ${run.tool.gitRevision.slice(0, 12)})` : ''}`,
    ]);
  if (run.corpus)
    rows.push(['Corpus', `${run.corpus.path} (sha256 ${run.corpus.hash.slice(0, 16)})`]);
  rows.push(['Boundaries', `${analysis.boundaries.join(', ')}; seed ${analysis.seeds.seed}`]);
  return rows;
}
