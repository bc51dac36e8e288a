import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analysis } from '../../core/analysis-record.js';
import { BenchError } from '../../core/errors.js';
import { runPathsAt } from '../../core/run-dir.js';
import { countRunRecords, RUN_STATUSES, runStatus } from '../../core/run-status.js';
import { readManifest } from '../../core/run-manifest.js';
import { createValidators, type RecordValidators } from '../../core/schemas.js';
import { buildHistory, type History } from '../../report/history-series.js';
import { historyNotes, historyTable } from '../../report/history-table.js';
import { htmlPage, tableHtml } from '../../report/html-page.js';
import { renderHistoryHtml } from '../../report/run-history-html.js';
import { listingFigures, runsTable, type RunListing } from '../../report/run-history.js';
import { renderMarkdownTable, renderTerminalTable } from '../../report/table-render.js';
import type { ReportTable } from '../../report/tables.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { renderHelp, type HelpSpec } from '../help.js';
import { choiceOption, HELP_OPTION, parseOptions, type OptionDefs } from '../options.js';

const FORMATS = ['terminal', 'markdown', 'json', 'html'] as const;
const OPTIONS = {
  results: { type: 'string', arg: 'DIR', help: 'the results directory (default ./results)' },
  model: {
    type: 'string',
    arg: 'PREFIX',
    help: 'only runs whose model spec starts with PREFIX (e.g. openai:gpt-5)',
  },
  format: {
    type: 'string',
    arg: 'F',
    help: `${FORMATS.join(' | ')} (default terminal; history's html charts pass@1 and reasoning tokens by run; json: history gives {runs, points, breaks})`,
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print only each run id and its status, tab-separated, one run a line, oldest first\n(history: the runs of the series); overrides --format',
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const help = (command: 'runs' | 'history'): HelpSpec => ({
  intro: `bbench ${command}: ${
    command === 'runs'
      ? 'list the runs in a results directory with status, model, conditions, date, tasks, samples,\ncorpus hash, pass@1 and boundary hazard.'
      : 'the trend of pass@1, mean reasoning tokens and the boundary hazard across the runs (model versions)\nwhose model starts with a prefix, per arm, with 95% CIs. The series breaks, with a note, where the\ncorpus, the boundaries or the task count change.'
  }`,
  usage: [`${command} ${command === 'history' ? '--model PREFIX ' : ''}[options]`],
  groups: [{ title: 'Options', options: OPTIONS }],
  notes: `Figures come from each run's analysis.json; a run without one shows "not analysed" (run \`bbench analyze\`).${
    command === 'runs'
      ? `\nThe status comes from the manifest and the records:\n${Object.entries(RUN_STATUSES)
          .map(([name, meaning]) => `  ${name.padEnd(15)} ${meaning}`)
          .join('\n')}`
      : ''
  }`,
});

/** Every run directory under `dir` (those with a manifest.json), oldest first, with its status and counts. */
async function listRuns(
  dir: string,
  validators: RecordValidators,
  modelPrefix: string | undefined,
): Promise<RunListing[]> {
  if (!existsSync(dir))
    throw new BenchError(
      'USAGE',
      `option --results: ${dir} does not exist`,
      'pass the directory your runs were written to (bbench run --results)',
    );
  const runs: RunListing[] = [];
  for (const name of readdirSync(dir).sort()) {
    const paths = runPathsAt(join(dir, name));
    if (!existsSync(paths.manifest)) continue;
    const manifest = readManifest(paths, validators.manifest);
    if (modelPrefix !== undefined && !manifest.config.model.startsWith(modelPrefix)) continue;
    let analysis: Analysis | null = null;
    if (existsSync(paths.analysis)) {
      const parsed: unknown = JSON.parse(readFileSync(paths.analysis, 'utf8'));
      // An analysis from another tool version is shown as "not analysed" rather than misread.
      if (validators.analysis(parsed)) analysis = parsed;
    }
    const counts = await countRunRecords(paths);
    runs.push({
      runId: manifest.runId,
      status: runStatus(manifest, counts, analysis !== null),
      samples: counts.samples,
      tasks: counts.tasks,
      model: manifest.config.model,
      conditions: manifest.config.conditions,
      createdAt: manifest.createdAt,
      corpusHash: manifest.corpus.hash,
      boundaries: analysis?.boundaries ?? manifest.config.boundaries,
      ...listingFigures(analysis),
    });
  }
  return runs.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

async function render(
  table: ReportTable,
  runs: RunListing[],
  history: History | null,
  format: (typeof FORMATS)[number],
  io: CliIo,
): Promise<string> {
  if (format === 'json') return JSON.stringify(history ? { runs, ...history } : runs, null, 2);
  const notes = history ? historyNotes(history) : [];
  if (format === 'html')
    return history
      ? renderHistoryHtml('boundary-bench: history', history)
      : htmlPage('boundary-bench: runs', [tableHtml(table)]);
  if (format === 'markdown')
    return [
      `## ${table.title}\n\n${renderMarkdownTable(table)}`,
      ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
    ].join('\n');
  return [table.title, renderTerminalTable(table, { colour: io.colour }), ...notes].join('\n');
}

function listingCommand(command: 'runs' | 'history'): Command {
  return {
    options: OPTIONS,
    help: help(command),
    async run(argv, io) {
      const { values, positionals } = parseOptions(argv, OPTIONS, command);
      if (values.help) {
        io.stdout(renderHelp(help(command)));
        return 0;
      }
      if (positionals.length > 0)
        throw new BenchError(
          'USAGE',
          `bbench ${command}: takes no arguments, received ${positionals.join(' ')}`,
          `use --results DIR; see \`bbench ${command} --help\``,
        );
      if (command === 'history' && !values.model)
        throw new BenchError(
          'USAGE',
          'bbench history: option --model PREFIX is required',
          'e.g. bbench history --model openai:gpt-5',
        );
      const format = choiceOption(values.format, 'format', FORMATS, 'terminal');
      const runs = await listRuns(
        resolve(io.cwd, values.results ?? 'results'),
        createValidators(),
        values.model,
      );
      if (values.quiet) {
        io.stdout(runs.map((r) => `${r.runId}\t${r.status}\n`).join(''));
        return 0;
      }
      if (runs.length === 0) {
        io.stdout(
          `No runs${values.model ? ` with a model starting '${values.model}'` : ''} in ${values.results ?? 'results'}.\n`,
        );
        return 0;
      }
      const history = command === 'history' ? buildHistory(runs) : null;
      const table = history ? historyTable(history) : runsTable(runs);
      io.stdout(`${await render(table, runs, history, format, io)}\n`);
      return 0;
    },
  };
}

export const runsCommand = listingCommand('runs');
export const historyCommand = listingCommand('history');
