import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createSampleSelector } from '../../analyze/sample-view.js';
import { BenchError } from '../../core/errors.js';
import type { ExecutionRecord, TaskRecord } from '../../core/records.js';
import { TIERS } from '../../core/records.js';
import { RUN_DEFAULTS } from '../../core/run-defaults.js';
import { forEachRecord, readRecords, runPathsAt } from '../../core/run-dir.js';
import { readManifest } from '../../core/run-manifest.js';
import {
  SHOWN_OUTCOMES,
  type SampleQuery,
  type ShownOutcome,
  type ShownTier,
} from '../../core/sample-view-record.js';
import { createValidators, describeSchemaErrors } from '../../core/schemas.js';
import { renderSampleViewLines, renderSampleViewText } from '../../report/sample-view-text.js';
import type { Command } from '../command.js';
import { renderHelp, type HelpSpec } from '../help.js';
import { choiceOption, HELP_OPTION, intOption, parseOptions, type OptionDefs } from '../options.js';
import { requireRunDirectory } from '../path-checks.js';
import { withRecordedTiers } from '../prepare-tasks.js';
import { loadTasks } from '../shared-options.js';
import { closestName } from '../suggest.js';

const FORMATS = ['terminal', 'json'] as const;
const TIER_NAMES = [...TIERS, 'untiered'] as const;
const DEFAULT_LIMIT = 20;

const OPTIONS = {
  task: {
    type: 'string',
    multiple: true,
    arg: 'IDS',
    help: 'only these task ids (comma-separated, or repeat the option)',
  },
  verdict: {
    type: 'string',
    multiple: true,
    arg: 'V',
    help: `only these outcomes (comma-separated, or repeat the option): ${SHOWN_OUTCOMES.slice(0, 5).join(' | ')} |\n${SHOWN_OUTCOMES.slice(5).join(' | ')}`,
  },
  aligned: {
    type: 'string',
    arg: 'yes|no',
    help:
      'only samples whose reasoning count is (yes) or is not (no) at a boundary, within the\n' +
      "run's tolerance; samples without a count are left out",
  },
  boundary: {
    type: 'string',
    arg: 'V',
    help: 'only samples whose count is at boundary V (with --aligned no: not at V)',
  },
  arm: {
    type: 'string',
    multiple: true,
    arg: 'IDS',
    help: 'only these arms (condition ids, as in the report; comma-separated or repeated)',
  },
  tier: {
    type: 'string',
    multiple: true,
    arg: 'T',
    help: `only tasks of these tiers: ${TIER_NAMES.join(' | ')}`,
  },
  limit: {
    type: 'string',
    arg: 'N',
    help: `print at most N samples, the first in the order task, arm, sample (default ${DEFAULT_LIMIT})`,
  },
  format: {
    type: 'string',
    arg: 'F',
    help: 'terminal | json (default terminal; text is the same as terminal); json is\nschemas/sample-view.schema.json',
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print one tab-separated line per sample: task, arm, sample index, verdict, reasoning\ncount (null when not reported); no code, no header; overrides --format',
  },
  tasks: {
    type: 'string',
    arg: 'PATH',
    help: "the corpus, for the tiers, when it has moved since the run (default: the run's tasks path)",
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const HELP: HelpSpec = {
  intro:
    "bbench show: print a run's samples with their verdicts: each sample's code, reasoning count and its\nsource, finish reason, verdict and traceback.",
  usage: ['show <results/run-id> [options]'],
  body: 'The filters combine (a sample must pass every one); a list matches any of its values. A task or\narm the run does not hold is an error that lists the ones it does.',
  groups: [{ title: 'Options', options: OPTIONS }],
  notes:
    'Examples: bbench show results/demo --verdict fail --aligned yes --tier complex\n          bbench show results/demo --task avatar-initials --boundary 516 --format json',
};

/** "a,b" and ["a,b", "c"] → ["a", "b", "c"]: every list option takes commas and repetition alike. */
const listOf = (values: string[] | undefined) =>
  (values ?? []).flatMap((v) => v.split(',').map((x) => x.trim())).filter((x) => x !== '');

function choices<C extends string>(
  values: string[] | undefined,
  name: string,
  valid: readonly C[],
) {
  return listOf(values).map((v) => choiceOption(v, name, valid, valid[0]!));
}

function checkNames(option: 'task' | 'arm', asked: readonly string[], known: readonly string[]) {
  const unknown = asked.filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  const suggestion = closestName(unknown[0]!, known);
  const listed = known.slice(0, 30);
  throw new BenchError(
    'USAGE',
    `option --${option}: the run has no ${option} ${unknown.map((u) => `'${u}'`).join(', ')}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; its ${option}s are: ${listed.join(', ')}${known.length > listed.length ? `, and ${known.length - listed.length} more` : ''}`,
    `pick one of the run's ${option}s`,
  );
}

function parseQuery(
  values: ReturnType<typeof parseOptions<typeof OPTIONS>>['values'],
): SampleQuery {
  const aligned =
    values.aligned === undefined
      ? null
      : choiceOption(values.aligned, 'aligned', ['yes', 'no'] as const, 'yes') === 'yes';
  return {
    tasks: listOf(values.task),
    outcomes: choices<ShownOutcome>(values.verdict, 'verdict', SHOWN_OUTCOMES),
    aligned,
    boundary: values.boundary === undefined ? null : intOption(values.boundary, 'boundary', 0, 0),
    arms: listOf(values.arm),
    tiers: choices<ShownTier>(values.tier, 'tier', TIER_NAMES),
    limit: intOption(values.limit, 'limit', DEFAULT_LIMIT, 1, 1_000_000),
  };
}

export const showCommand: Command = {
  options: OPTIONS,
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, OPTIONS, 'show');
    if (values.help) {
      io.stdout(renderHelp(HELP));
      return 0;
    }
    const [dir, ...extra] = positionals;
    if (dir === undefined || extra.length > 0)
      throw new BenchError(
        'USAGE',
        `bbench show: expected exactly one run directory, received ${positionals.length === 0 ? 'none' : positionals.join(' ')}`,
        'see `bbench show --help`',
      );
    const format =
      values.format === 'text'
        ? 'terminal'
        : choiceOption(values.format, 'format', FORMATS, 'terminal');
    const query = parseQuery(values);
    const paths = runPathsAt(resolve(io.cwd, dir));
    requireRunDirectory(paths.dir, [paths.samples, paths.manifest], 'show');
    const validators = createValidators();
    // An imported directory has samples but no manifest: the default boundaries, and no tiers.
    const manifest = existsSync(paths.manifest) ? readManifest(paths, validators.manifest) : null;
    const tasksPath = values.tasks ?? manifest?.config.tasksPath;
    let tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier'>> = new Map();
    if (tasksPath !== undefined && existsSync(tasksPath))
      tasks = withRecordedTiers(
        (
          await loadTasks(tasksPath, validators, {
            plus: manifest?.corpus.plus ?? false,
            cwd: io.cwd,
          })
        ).byId,
        manifest,
      );
    else if (tasksPath !== undefined)
      io.stderr(
        `bbench show: the corpus ${tasksPath} is not here, so tasks show no tier (pass --tasks PATH)\n`,
      );
    const executions: ExecutionRecord[] = await readRecords(paths.executions, validators.execution);
    const selector = createSampleSelector(
      {
        runId: manifest?.runId ?? basename(paths.dir),
        tasks,
        executions,
        boundaries: manifest?.config.boundaries ?? RUN_DEFAULTS.boundaries,
        tolerance: manifest?.config.tolerance ?? RUN_DEFAULTS.tolerance,
      },
      query,
    );
    await forEachRecord(paths.samples, validators.sample, (s) => selector.offer(s));
    const { view, tasks: runTasks, arms } = selector.finish();
    checkNames('task', query.tasks, runTasks);
    checkNames('arm', query.arms, [...new Set([...(manifest?.config.conditions ?? []), ...arms])]);
    if (values.quiet) {
      const lines = renderSampleViewLines(view);
      io.stdout(lines === '' ? '' : `${lines}\n`);
    } else if (format === 'json') {
      if (!validators.sampleView(view))
        throw new BenchError(
          'INTERNAL',
          `the samples shown do not match their own schema: ${describeSchemaErrors(validators.sampleView.errors)}`,
        );
      io.stdout(`${JSON.stringify(view, null, 2)}\n`);
    } else io.stdout(`${renderSampleViewText(view)}\n`);
    return 0;
  },
};
