import type { TokenDistribution } from '../core/spike-record.js';

const BARS = ' ▁▂▃▄▅▆▇█';
const WIDTH = 64;

/**
 * The distribution as three lines of text for terminals and Markdown: a bar per column (square-root
 * scaled, so small atoms stay visible), a line marking the configured boundaries (|), scan spikes (*)
 * and predicted periodicity teeth (?), and the token axis.
 */
export function textHistogram(d: TokenDistribution): string[] {
  if (d.bins.length === 0 || d.max === null) return [];
  const span = d.bins.length * d.binWidth;
  const columns = Math.min(WIDTH, d.bins.length);
  const counts = new Array<number>(columns).fill(0);
  for (const b of d.bins)
    counts[Math.min(columns - 1, Math.floor((b.start / span) * columns))]! += b.count + b.truncated;
  const top = Math.sqrt(Math.max(...counts, 1));
  const bars = counts
    .map(
      (c) => BARS[c === 0 ? 0 : Math.max(1, Math.round((Math.sqrt(c) / top) * (BARS.length - 1)))],
    )
    .join('');
  const marks = new Array<string>(columns).fill(' ');
  const symbol = { boundary: '|', scan: '*', predicted: '?' } as const;
  for (const m of d.marks) {
    const col = Math.floor((m.value / span) * columns);
    if (col >= 0 && col < columns && (marks[col] === ' ' || m.kind === 'boundary'))
      marks[col] = symbol[m.kind];
  }
  const right = String(span);
  return [
    bars,
    marks.join(''),
    `0${right.padStart(columns - 1)}`,
    `(${d.binWidth * Math.ceil(d.bins.length / columns)} tokens per column; | boundary, * scan spike, ? predicted tooth)`,
  ];
}
