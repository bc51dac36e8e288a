import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BenchError } from '../../core/errors.js';
import { runPaths, writeFileAtomic } from '../../core/run-dir.js';
import { RUN_DEFAULTS } from '../../core/run-defaults.js';
import { createValidators } from '../../core/schemas.js';
import { requireDirectoryOrAbsent } from '../path-checks.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { renderHelp, type HelpSpec } from '../help.js';
import { ANALYSIS_FORMATS, ANALYSIS_OUTPUT_OPTIONS, printAnalysis } from '../analysis-output.js';
import {
  choiceOption,
  HELP_OPTION,
  numberListOption,
  parseOptions,
  type OptionDefs,
} from '../options.js';
import { analyzeStage } from '../analyze-stage.js';
import {
  describeSkipped,
  importInto,
  inputFiles,
  IMPORT_KINDS,
  type ImportKind,
} from '../import-into-run.js';

const OPTIONS = {
  'run-id': {
    type: 'string',
    arg: 'ID',
    help: 'run directory name under --results (default: import-<kind>)',
  },
  results: { type: 'string', arg: 'DIR', help: 'results directory (default ./results)' },
  model: {
    type: 'string',
    arg: 'NAME',
    help: 'model name for lines that do not say (codex exec --json; default unknown)',
  },
  boundaries: {
    type: 'string',
    arg: 'LIST',
    help: `boundary token counts (default ${RUN_DEFAULTS.boundaries.join(',')})`,
  },
  force: {
    type: 'boolean',
    help: 'replace the data of an existing run id (refused otherwise, exit 2)',
  },
  strict: {
    type: 'boolean',
    help: 'exit 2, importing nothing, when any line is malformed or skipped',
  },
  format: {
    ...ANALYSIS_OUTPUT_OPTIONS.format,
    help: `${ANALYSIS_FORMATS.join(' | ')}: how the analysis is printed, as in analyze (default terminal);\nwith markdown, html or json the summary and files written go to stderr, so stdout holds only the report`,
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print only the essentials: the headline verdict, the summary line and the files written\n(no tables)',
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const IMPORT_HELP: HelpSpec = {
  intro:
    'bbench import: read reasoning-token counts made elsewhere into a run directory and analyse them.',
  usage: [
    'import codex-logs <dir|file.jsonl>... [options]',
    'import records <file.jsonl|file.csv>... [options]',
  ],
  body: `  codex-logs  Codex CLI session logs (~/.codex/sessions/**.jsonl) or \`codex exec --json\` output: one sample
              per model call (token_count's last_token_usage), grouped by model, effort, cli_version and a
              hash of the system prompt. Repeated token_count events are counted once.
  records     a table of {model, task_id?, reasoning_tokens, passed?, finish_reason?} (optional: effort,
              condition, system_prompt_hash, cli_version, output_tokens (reasoning included),
              input_tokens, latency_ms), as JSONL or CSV with a header row. Each model × effort ×
              condition is an arm: the report gives per-arm rows and paired comparisons on tasks.`,
  groups: [{ title: 'Options', options: OPTIONS }],
  notes: `Without verdicts, the report shows the distribution, lattice, hazard and periodicity sections and says
why the others are absent. Skipped (malformed, truncated, repeated) lines are counted and listed with
file:line in import.json, and summarised on stderr. Exit code 2 when nothing could be imported, when the
run id already holds data (without --force), or on any skipped line with --strict.`,
};

export const importCommand: Command = {
  options: OPTIONS,
  help: IMPORT_HELP,
  async run(argv, io: CliIo) {
    const { values, positionals } = parseOptions(argv, OPTIONS, 'import');
    if (values.help) {
      io.stdout(renderHelp(IMPORT_HELP));
      return 0;
    }
    const [kind, ...sources] = positionals;
    if (!IMPORT_KINDS.includes(kind as ImportKind)) {
      throw new BenchError(
        'USAGE',
        `bbench import: expected 'codex-logs' or 'records', received ${kind === undefined ? 'nothing' : `'${kind}'`}`,
        'see `bbench import --help`',
      );
    }
    if (sources.length === 0)
      throw new BenchError(
        'USAGE',
        `bbench import ${kind}: expected at least one file or directory, received none`,
      );
    const files = inputFiles(sources);
    if (files.length === 0)
      throw new BenchError(
        'USAGE',
        `bbench import ${kind}: no .jsonl or .csv files under ${sources.join(', ')}`,
      );
    const runId = values['run-id'] ?? `import-${kind}`;
    if (!/^[A-Za-z0-9._-]+$/.test(runId))
      throw new BenchError(
        'USAGE',
        `option --run-id: expected letters, digits, '.', '_' or '-', received '${runId}'`,
      );
    // Every option is checked before anything is written.
    const format = choiceOption(values.format, 'format', ANALYSIS_FORMATS, 'terminal');
    const boundaries =
      values.boundaries === undefined
        ? undefined
        : numberListOption(values.boundaries, 'boundaries', []);
    requireDirectoryOrAbsent(values.results ?? 'results', 'option --results');
    const paths = runPaths(values.results ?? 'results', runId);
    const dir = paths.dir;
    requireDirectoryOrAbsent(dir, 'option --run-id');
    if (!values.force && existsSync(dir) && readdirSync(dir).length > 0)
      throw new BenchError(
        'RUN_EXISTS',
        `bbench import: run '${runId}' already holds data (${dir}); importing would replace it`,
        'choose another --run-id, or pass --force to replace it',
      );
    const result = await importInto(
      kind as ImportKind,
      files,
      paths,
      values.model ?? 'unknown',
      values.strict === true,
    );
    if (result.skipped.length > 0)
      io.stderr(
        `Skipped ${result.skipped.length} line(s) that could not be imported (${describeSkipped(result.skipped)}); all are listed in ${join(dir, 'import.json')}.\n`,
      );
    writeFileAtomic(
      join(dir, 'import.json'),
      `${JSON.stringify(
        {
          kind,
          importedAt: new Date().toISOString(),
          files: files.map((f) => relative(io.cwd, f.path) || f.path),
          samples: result.imported,
          withVerdict: result.withVerdict,
          skipped: result.skipped.length,
          skippedLines: result.skipped.slice(0, 1000),
        },
        null,
        2,
      )}\n`,
    );
    const summary = `Imported ${result.imported} calls from ${files.length} file(s) into ${dir}; ${result.withVerdict} with verdicts; skipped ${result.skipped.length} line(s)${result.skipped.length ? ` (first: ${result.skipped[0]?.where}: ${result.skipped[0]?.reason}; all in import.json)` : ''}.`;
    if (result.imported === 0)
      throw new BenchError(
        'SAMPLES_INVALID',
        `bbench import ${kind}: nothing could be imported from ${files.length} file(s); skipped ${result.skipped.length} line(s)${result.skipped[0] ? `, first ${result.skipped[0].where}: ${result.skipped[0].reason}` : ''}`,
      );
    const analysis = await analyzeStage(result.paths, createValidators(), new Map(), {
      boundaries,
    });
    let written = `Wrote ${result.paths.analysis}, ${result.paths.reportMarkdown} and ${result.paths.reportHtml}`;
    // The summary line is part of the terminal output; other formats keep stdout to the report alone.
    if (format === 'terminal' || values.quiet) written = `${summary}\n${written}`;
    else io.stderr(`${summary}\n${written}\n`);
    await printAnalysis(io, analysis, { format, quiet: values.quiet === true }, written);
    return 0;
  },
};
