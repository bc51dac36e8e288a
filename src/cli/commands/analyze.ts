import { headlineLines } from '../../report/headline-text.js';
import { resolve } from 'node:path';
import { ANALYSIS_FORMATS, ANALYSIS_OUTPUT_OPTIONS, printAnalysis } from '../analysis-output.js';
import { existsSync, readFileSync } from 'node:fs';
import { ANALYSIS_DEFAULTS } from '../../analyze/analysis-options.js';
import { BenchError } from '../../core/errors.js';
import type { TaskRecord } from '../../core/records.js';
import { runPathsAt, type RunPaths } from '../../core/run-dir.js';
import { readManifest } from '../../core/run-manifest.js';
import { createValidators, describeSchemaErrors } from '../../core/schemas.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderHtml } from '../../report/html.js';
import { renderTerminal } from '../../report/terminal.js';
import type { Command } from '../command.js';
import { renderHelp, type HelpSpec } from '../help.js';
import {
  choiceOption,
  HELP_OPTION,
  intOption,
  numberListOption,
  parseOptions,
  type OptionDefs,
} from '../options.js';
import { loadTasks } from '../shared-options.js';
import { readPricesOption } from '../prices-option.js';
import { analyzeStage } from '../analyze-stage.js';
import { withRecordedTiers } from '../prepare-tasks.js';
import { requireRunDirectory } from '../path-checks.js';

function runDirArgument(positionals: string[], command: string, cwd: string): RunPaths {
  const [dir, ...extra] = positionals;
  if (!dir || extra.length > 0) {
    throw new BenchError(
      'USAGE',
      `bbench ${command}: expected exactly one run directory, received ${positionals.length === 0 ? 'none' : positionals.join(' ')}`,
      `see \`bbench ${command} --help\``,
    );
  }
  return runPathsAt(resolve(cwd, dir));
}

const ANALYZE_OPTIONS = {
  boundaries: { type: 'string', arg: 'LIST', help: "boundary token counts (default: the run's)" },
  tolerance: {
    type: 'string',
    arg: 'N',
    help: "alignment tolerance in tokens (default: the run's)",
  },
  k: { type: 'string', arg: 'LIST', help: "pass@k values (default: the run's)" },
  tasks: {
    type: 'string',
    arg: 'PATH',
    help: "the corpus, when it has moved since the run (default: the run's tasks path;\nnone for an imported directory without a manifest: tasks are then untiered)",
  },
  seed: {
    type: 'string',
    arg: 'N',
    help: `seed of permutations, bootstraps and simulations (default: the run's, else ${ANALYSIS_DEFAULTS.seed})`,
  },
  period: {
    type: 'string',
    arg: 'N',
    help: `periodicity period P (default ${ANALYSIS_DEFAULTS.period})`,
  },
  phase: {
    type: 'string',
    arg: 'N',
    help: `periodicity phase φ (default ${ANALYSIS_DEFAULTS.phase})`,
  },
  permutations: {
    type: 'string',
    arg: 'N',
    help: `within-task permutations R (default ${ANALYSIS_DEFAULTS.permutations})`,
  },
  bootstrap: {
    type: 'string',
    arg: 'N',
    help: `task-bootstrap replicates B (default ${ANALYSIS_DEFAULTS.bootstrap})`,
  },
  'align-to': {
    type: 'string',
    arg: 'SET',
    help: 'configured (default) or detected: count samples as aligned at the spikes the\nexploratory scan found instead of the configured boundaries',
  },
  'baseline-arm': {
    type: 'string',
    arg: 'ID',
    help: 'the arm the others are compared against (default: the first arm, i.e. the\nlowest effort or budget of the first model)',
  },
  prices: {
    type: 'string',
    arg: 'FILE',
    help: 'prices per model for cost per solved task: {"<model>": {"input": X, "output": Y,\n"reasoning": Z}} in US dollars per 1M tokens, or a run config with "prices"\n(default: the run config\'s prices; none are built in)',
  },
  ...ANALYSIS_OUTPUT_OPTIONS,
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const ANALYZE_HELP: HelpSpec = {
  intro:
    "bbench analyze: recompute analysis.json and report.md from a run directory's records (or from samples.jsonl\nalone, for imported logs), and print the report.",
  usage: ['analyze <results/run-id> [options]'],
  groups: [{ title: 'Options', options: ANALYZE_OPTIONS }],
};

export const analyzeCommand: Command = {
  options: ANALYZE_OPTIONS,
  help: ANALYZE_HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, ANALYZE_OPTIONS, 'analyze');
    if (values.help) {
      io.stdout(renderHelp(ANALYZE_HELP));
      return 0;
    }
    choiceOption(values.format, 'format', ANALYSIS_FORMATS, 'terminal');
    const paths = runDirArgument(positionals, 'analyze', io.cwd);
    requireRunDirectory(paths.dir, [paths.samples, paths.manifest], 'analyze');
    // An imported directory (samples.jsonl only) has no manifest and, unless told, no corpus.
    const validators = createValidators();
    const manifest = existsSync(paths.manifest) ? readManifest(paths, validators.manifest) : null;
    const tasksPath = values.tasks ?? manifest?.config.tasksPath;
    const byId =
      tasksPath === undefined
        ? new Map<string, TaskRecord>()
        : (
            await loadTasks(tasksPath, validators, {
              plus: manifest?.corpus.plus ?? false,
              cwd: io.cwd,
            })
          ).byId;
    const optionalInt = (value: string | undefined, name: string, min: number) =>
      value === undefined ? undefined : intOption(value, name, 0, min);
    const analysis = await analyzeStage(paths, validators, withRecordedTiers(byId, manifest), {
      baselineArm: values['baseline-arm'],
      prices: values.prices === undefined ? undefined : readPricesOption(values.prices, validators),
      boundaries:
        values.boundaries === undefined
          ? undefined
          : numberListOption(values.boundaries, 'boundaries', []),
      tolerance: optionalInt(values.tolerance, 'tolerance', 0),
      ks: values.k === undefined ? undefined : numberListOption(values.k, 'k', []),
      seed: optionalInt(values.seed, 'seed', 0),
      period: optionalInt(values.period, 'period', 0),
      phase: optionalInt(values.phase, 'phase', 0),
      permutations: optionalInt(values.permutations, 'permutations', 0),
      bootstrap: optionalInt(values.bootstrap, 'bootstrap', 0),
      alignTo:
        values['align-to'] === undefined
          ? undefined
          : choiceOption(
              values['align-to'],
              'align-to',
              ['configured', 'detected'] as const,
              'configured',
            ),
    });
    await printAnalysis(
      io,
      analysis,
      values,
      `Wrote ${paths.analysis}, ${paths.reportMarkdown} and ${paths.reportHtml}`,
    );
    return 0;
  },
};

const FORMATS = ['terminal', 'markdown', 'html', 'json'] as const;
const REPORT_OPTIONS = {
  format: {
    type: 'string',
    arg: 'F',
    help: `${FORMATS.join(' | ')} (default terminal)`,
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print only the headline verdict, one sentence a line (no tables); overrides --format',
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const REPORT_HELP: HelpSpec = {
  intro:
    "bbench report: render a run's analysis.json (validated against its schema) without recomputing it.",
  usage: ['report <results/run-id> [options]'],
  groups: [{ title: 'Options', options: REPORT_OPTIONS }],
};

export const reportCommand: Command = {
  options: REPORT_OPTIONS,
  help: REPORT_HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, REPORT_OPTIONS, 'report');
    if (values.help) {
      io.stdout(renderHelp(REPORT_HELP));
      return 0;
    }
    const format = choiceOption(values.format, 'format', FORMATS, 'terminal');
    const paths = runDirArgument(positionals, 'report', io.cwd);
    if (!existsSync(paths.analysis))
      throw new BenchError(
        'USAGE',
        `${paths.analysis} does not exist`,
        `run \`bbench analyze ${paths.dir}\` first`,
      );
    const validators = createValidators();
    let analysis: unknown;
    try {
      analysis = JSON.parse(readFileSync(paths.analysis, 'utf8'));
    } catch (error) {
      throw new BenchError(
        'RECORD_INVALID',
        `${paths.analysis}: not valid JSON (${(error as Error).message})`,
      );
    }
    if (!validators.analysis(analysis)) {
      throw new BenchError(
        'RECORD_INVALID',
        `${paths.analysis}: ${describeSchemaErrors(validators.analysis.errors)}`,
        `rerun \`bbench analyze ${paths.dir}\``,
      );
    }
    if (values.quiet) {
      io.stdout(
        headlineLines(analysis.headline)
          .map((l) => `${l}\n`)
          .join(''),
      );
      return 0;
    }
    const rendered = {
      terminal: async () => renderTerminal(analysis, { color: io.colour }),
      markdown: async () => renderMarkdown(analysis),
      html: () => renderHtml(analysis),
      json: async () => JSON.stringify(analysis, null, 2),
    } as const satisfies Record<(typeof FORMATS)[number], () => Promise<string>>;
    io.stdout(`${(await rendered[format]()).trimEnd()}\n`);
    return 0;
  },
};
