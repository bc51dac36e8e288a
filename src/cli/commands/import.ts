import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { BenchError } from '../../core/errors.js';
import { openJsonlAppender, type JsonlAppender } from '../../core/jsonl.js';
import { runPaths, writeFileAtomic, type RunPaths } from '../../core/run-dir.js';
import { RUN_DEFAULTS } from '../../core/run-defaults.js';
import { createValidators } from '../../core/schemas.js';
import { createCodexLogReader } from '../../import/codex-logs.js';
import {
  createSampleNumbering,
  importedExecution,
  importedSample,
  type ImportedCall,
  type SkippedLine,
} from '../../import/imported-sample.js';
import { readTableRow } from '../../import/records-table.js';
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
import { analyzeStage } from '../stages.js';

const KINDS = ['codex-logs', 'records'] as const;
type ImportKind = (typeof KINDS)[number];

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

/** Expands directories to the .jsonl/.csv files under them (sorted, so keys are stable). */
/** An input file and the directory it was found under (null when given as a file), for relative names. */
interface InputFile {
  path: string;
  root: string | null;
}

function inputFiles(paths: readonly string[]): InputFile[] {
  const files: InputFile[] = [];
  const walk = (path: string, root: string | null): void => {
    if (!existsSync(path)) throw new BenchError('USAGE', `bbench import: '${path}' does not exist`);
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry), root ?? path);
    } else if (/\.(jsonl|json|csv)$/i.test(path)) {
      files.push({ path, root });
    }
  };
  for (const p of paths) walk(p, null);
  return files;
}

interface ImportSink {
  add(call: ImportedCall, where: string): void;
  skip(s: SkippedLine): void;
}

async function readCodexFile(
  { path: file, root }: InputFile,
  model: string,
  sink: ImportSink,
): Promise<void> {
  const readLine = createCodexLogReader(file, model, root);
  let n = 0;
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Infinity,
  })) {
    n += 1;
    const result = readLine(line, n);
    if (result === null) continue;
    if ('call' in result) sink.add(result.call, `${file}:${n}`);
    else sink.skip(result.skipped);
  }
}

async function readTableFile(
  file: string,
  sink: ImportSink,
  rowCounter: { n: number },
): Promise<void> {
  const rows: AsyncIterable<{ row: unknown; line: number }> = file.toLowerCase().endsWith('.csv')
    ? (async function* () {
        const parser = createReadStream(file).pipe(
          parseCsv({
            columns: true,
            skip_empty_lines: true,
            trim: true,
            relax_column_count: true,
            info: true,
          }),
        );
        for await (const r of parser as AsyncIterable<{ record: unknown; info: { lines: number } }>)
          yield { row: r.record, line: r.info.lines };
      })()
    : (async function* () {
        let n = 0;
        for await (const line of createInterface({
          input: createReadStream(file),
          crlfDelay: Infinity,
        })) {
          n += 1;
          if (line.trim() === '') continue;
          try {
            yield { row: JSON.parse(line) as unknown, line: n };
          } catch {
            sink.skip({
              where: `${file}:${n}`,
              reason: 'not valid JSON (malformed or truncated line)',
            });
          }
        }
      })();
  for await (const { row, line } of rows) {
    rowCounter.n += 1;
    const result = readTableRow(row, `${file}:${line}`, rowCounter.n);
    if ('call' in result) sink.add(result.call, `${file}:${line}`);
    else sink.skip(result.skipped);
  }
}

/** Imports into fresh files beside the final ones, renamed into place at the end, so a crash leaves no half import. */
async function importInto(
  kind: ImportKind,
  files: readonly InputFile[],
  paths: RunPaths,
  model: string,
  strict: boolean,
) {
  mkdirSync(paths.dir, { recursive: true });
  const partial = (p: string) => `${p}.partial`;
  for (const p of [paths.samples, paths.executions]) rmSync(partial(p), { force: true });
  const samples = openJsonlAppender(partial(paths.samples)).appender;
  let executions: JsonlAppender | null = null;
  const numbering = createSampleNumbering();
  const skipped: SkippedLine[] = [];
  let imported = 0,
    withVerdict = 0;
  const sink: ImportSink = {
    add(call, where) {
      const sample = importedSample(call, numbering(call.taskId, call.conditionId), kind);
      samples.append(sample);
      imported += 1;
      if (call.passed !== null) {
        executions ??= openJsonlAppender(partial(paths.executions)).appender;
        executions.append(importedExecution(sample, call.passed, where));
        withVerdict += 1;
      }
    },
    skip: (s) => skipped.push(s),
  };
  const rowCounter = { n: 0 };
  try {
    for (const file of files) {
      if (kind === 'codex-logs') await readCodexFile(file, model, sink);
      else await readTableFile(file.path, sink, rowCounter);
    }
  } finally {
    samples.close();
    (executions as JsonlAppender | null)?.close();
  }
  if (strict && skipped.length > 0) {
    for (const p of [paths.samples, paths.executions]) rmSync(partial(p), { force: true });
    throw new BenchError(
      'SAMPLES_INVALID',
      `bbench import --strict: ${skipped.length} line(s) could not be imported, so nothing was; ${describeSkipped(skipped)}`,
    );
  }
  renameSync(partial(paths.samples), paths.samples);
  if (withVerdict > 0) renameSync(partial(paths.executions), paths.executions);
  else rmSync(paths.executions, { force: true });
  return { paths, imported, withVerdict, skipped };
}

/** "first 3: a.csv:4: reason; a.csv:9: reason; …" — the first few skipped lines, for stderr and errors. */
function describeSkipped(skipped: readonly SkippedLine[]): string {
  const shown = skipped.slice(0, 5).map((s) => `${s.where}: ${s.reason}`);
  return `first ${shown.length}: ${shown.join('; ')}${skipped.length > shown.length ? `; … ${skipped.length - shown.length} more` : ''}`;
}

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
    if (!KINDS.includes(kind as ImportKind)) {
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
          files: files.map((f) => relative(process.cwd(), f.path) || f.path),
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
