import type { Analysis } from '../core/analysis-record.js';
import { renderHtml } from '../report/html.js';
import { headlineLines } from '../report/headline-text.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import type { CliIo } from './io.js';
import { choiceOption, type OptionDefs } from './options.js';

export const ANALYSIS_FORMATS = ['terminal', 'markdown', 'html', 'json'] as const;

/** `--format` and `-q` for the commands that end with a run's analysis (run, demo, analyze). */
export const ANALYSIS_OUTPUT_OPTIONS = {
  format: {
    type: 'string',
    arg: 'F',
    help: `${ANALYSIS_FORMATS.join(' | ')}: how the report is printed (default terminal; the files\nwritten are the same whatever the format)`,
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print only the essentials: the headline verdict and the files written (no progress,\nno tables)',
  },
} as const satisfies OptionDefs;

/**
 * What a command that analysed a run prints: the report in the chosen format, or with --quiet only
 * the headline and the files written. Everything else (progress, logs) goes to stderr.
 */
export async function printAnalysis(
  io: CliIo,
  analysis: Analysis,
  values: { format?: string; quiet?: boolean },
  written: string,
): Promise<void> {
  const format = choiceOption(values.format, 'format', ANALYSIS_FORMATS, 'terminal');
  if (values.quiet) {
    const headline = headlineLines(analysis.headline)
      .map((l) => `${l}\n`)
      .join('');
    io.stdout(`${headline}${written}\n`);
    return;
  }
  const rendered = {
    terminal: async () => `${renderTerminal(analysis, { color: io.colour })}\n\n${written}`,
    markdown: async () => renderMarkdown(analysis),
    html: () => renderHtml(analysis),
    json: async () => JSON.stringify(analysis, null, 2),
  } as const satisfies Record<(typeof ANALYSIS_FORMATS)[number], () => Promise<string>>;
  io.stdout(`${(await rendered[format]()).trimEnd()}\n`);
}
