import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError } from '../../core/errors.js';
import { createRng } from '../../core/rng.js';
import { TIERS, type TaskRecord } from '../../core/records.js';
import { MUTANTS_FILE } from '../../core/task-loader.js';
import { tasksReportSchema } from '../../core/tasks-report-record.js';
import { printJson } from '../print-json.js';
import { GATE, gateTask, type GateResult } from '../../execute/task-gate.js';
import {
  QUALITY_LIMITS,
  measureTaskQuality,
  type TaskQuality,
} from '../../execute/task-quality.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { withSandbox } from '../open-sandbox.js';
import { renderHelp, type HelpSpec } from '../help.js';
import {
  choiceOption,
  HELP_OPTION,
  intOption,
  parseOptions,
  type OptionDefs,
  type OptionValues,
} from '../options.js';
import { createProgress } from '../progress.js';
import {
  BUNDLED_TASKS,
  FILTER_OPTIONS,
  SANDBOX_OPTIONS,
  loadTasks,
  sandboxChoiceFrom,
} from '../shared-options.js';
import { parseTaskFilter, selectTasks as selectFiltered } from '../../core/task-filter.js';
import { prepareTasks } from '../prepare-tasks.js';
import {
  measuredTierTable,
  perTaskTable,
  tasksJson,
  tierSummary,
  type Measured,
} from './tasks-summary.js';

const FORMATS = ['terminal', 'json'] as const;

const TASKS_OPTIONS = {
  tasks: {
    type: 'string',
    arg: 'PATH',
    help: 'task folder, or a HumanEval, MBPP or EvalPlus file (default: the bundled corpus);\nstats prints the tier of each task that declares none (tier source: measured)',
  },
  plus: {
    type: 'boolean',
    help: 'EvalPlus corpora: validate against the base and the extra (plus) inputs',
  },
  all: { type: 'boolean', help: 'every task (the default)' },
  sample: {
    type: 'string',
    arg: 'N',
    help: 'a seeded sample of N tasks (--seed N, default 1)',
  },
  seed: { type: 'string', arg: 'N', help: 'seed of --sample (default 1)' },
  'write-timeouts': {
    type: 'boolean',
    help: "validate: record each task's limit as timeout_s in task.json",
  },
  write: { type: 'boolean', help: `mutants: store each task's killed mutants in ${MUTANTS_FILE}` },
  format: {
    type: 'string',
    arg: 'F',
    help: 'stats, validate: terminal | json (default terminal). json (schemas/tasks-report.schema.json):\n{action, tasks: [{taskId, declaredTier, measuredTier, score, features, notMeasured, problems; validate\nalso mutationScore, mutants, referenceMs, timeoutMs, passed}], tiers: [{tier, measured, declared;\nvalidate also passing}]}; the exit code is the same in either format',
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print only the essentials: the problems found and the verdict line (no progress, no\ntables); with --format json, the JSON alone',
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

/** The task filters of run and exec; --only is also repeatable here, as it always was for tasks. */
const TASK_FILTERS = {
  only: {
    type: 'string',
    multiple: true,
    arg: 'IDS',
    help: 'only these task ids (comma-separated, or repeat the option)',
  },
  tag: FILTER_OPTIONS.tag,
  tier: FILTER_OPTIONS.tier,
  limit: FILTER_OPTIONS.limit,
} as const satisfies OptionDefs;

const OPTIONS = {
  ...TASKS_OPTIONS,
  ...TASK_FILTERS,
  ...SANDBOX_OPTIONS,
} as const satisfies OptionDefs;

const HELP: HelpSpec = {
  intro: 'bbench tasks: measure the corpus in the Docker sandbox.',
  usage: ['tasks stats [options]', 'tasks validate [options]', 'tasks mutants --write [options]'],
  body: `  stats     the tier each reference measures (ast features: cyclomatic complexity, nesting, statements,
            helpers, loops, recursion, and the edge-case classes the spec names) against the declared one,
            and the distribution. Exit 2 when a declared tier disagrees.
  validate  the quality gate, per task: the prompt holds the signature and does not leak the solution; the
            reference passes three times in fresh interpreters; the tests kill at least ${GATE.minMutationScore * 100}% of the
            mutants that behave differently from the reference; the declared tier is the measured one.
            Prints per-tier mutation scores and reference runtimes. Exit 2 when a task fails.
            --write-timeouts records each task's limit, max(${GATE.timeoutFloorMs / 1000} s, ${GATE.timeoutFactor}× its reference), as timeout_s in task.json.
  mutants   --write stores each task's killed mutants (whole programs) in ${MUTANTS_FILE}: the simulated
            model's wrong answers.`,
  groups: [
    { title: 'Options', options: TASKS_OPTIONS },
    {
      title: 'Task filters (they combine; --sample then samples what they leave)',
      options: TASK_FILTERS,
    },
    { title: 'Sandbox options', options: SANDBOX_OPTIONS },
  ],
};

type Values = OptionValues<typeof OPTIONS>;

/** The task filters, as run and exec apply them (repeated --only ids join the list), then --sample. */
function selectTasks(
  tasks: readonly TaskRecord[],
  values: Values,
  corpusPath: string,
): TaskRecord[] {
  const filter = parseTaskFilter({ ...values, only: values.only?.join(',') });
  const filtered = selectFiltered(tasks, filter, corpusPath);
  if (values.sample === undefined || values.all) return filtered;
  const n = intOption(values.sample, 'sample', 10, 1);
  const rng = createRng('tasks-sample', intOption(values.seed, 'seed', 1, 0));
  const shuffled = [...filtered];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as TaskRecord, shuffled[i] as TaskRecord];
  }
  return shuffled.slice(0, n).sort((a, b) => (a.task_id < b.task_id ? -1 : 1));
}

/** The optional per-task input generator (EvalPlus-style) beside a folder task. */
function inputsSource(task: TaskRecord): string | null {
  const path = join(task.source, 'inputs.py');
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

async function measureAll(
  io: CliIo,
  values: Values,
  tasks: readonly TaskRecord[],
  featuresOnly: boolean,
): Promise<Measured[]> {
  const log = values.quiet ? () => undefined : (line: string) => io.stderr(`${line}\n`);
  const { choice } = sandboxChoiceFrom(values, io, { 'boundary-bench.command': 'tasks' });
  const progress = values.quiet
    ? null
    : createProgress(io, featuresOnly ? 'measure' : 'validate', tasks.length);
  const out: Measured[] = [];
  await withSandbox(io.signal, choice, QUALITY_LIMITS, log, async ({ sandbox, concurrency }) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.max(1, concurrency) }, async () => {
        while (next < tasks.length && !io.signal.aborted) {
          const task = tasks[next++] as TaskRecord;
          const measured = await measureTaskQuality(sandbox, task, inputsSource(task), {
            featuresOnly,
          });
          out.push({ task, measured, gate: gateTask(task, measured) });
          progress?.update(
            out.length,
            `${out.filter((m) => m.gate.problems.length > 0).length} failing`,
          );
        }
      }),
    );
  });
  progress?.finish(out.length);
  if (io.signal.aborted) throw new BenchError('INTERRUPTED', 'interrupted while measuring tasks');
  return out.sort((a, b) => (a.task.task_id < b.task.task_id ? -1 : 1));
}

function failures(results: readonly GateResult[]): string[] {
  return results
    .filter((r) => r.problems.length > 0)
    .flatMap((r) => r.problems.map((p) => `  ${r.taskId}: ${p}`));
}

async function validate(io: CliIo, values: Values, tasks: readonly TaskRecord[]): Promise<number> {
  const measured = await measureAll(io, values, tasks, false);
  const json = values.format === 'json';
  // With --format json stdout holds the JSON alone; the sentences go to stderr.
  const say = json ? (text: string) => io.stderr(text) : (text: string) => io.stdout(text);
  if (json) printJson(io, tasksReportSchema, tasksJson(measured, 'validate'));
  else if (!values.quiet)
    io.stdout(`${perTaskTable(measured)}\n\n${tierSummary(measured, true)}\n`);
  const bad = failures(measured.map((m) => m.gate));
  // A blank line parts the verdict from the tables; without tables (-q) there is nothing to part.
  const gap = values.quiet ? '' : '\n';
  if (values['write-timeouts']) {
    let written = 0;
    for (const { task, gate } of measured) {
      const metaPath = join(task.source, 'task.json');
      if (gate.timeoutMs === null || !existsSync(metaPath)) continue;
      const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>;
      writeFileSync(
        metaPath,
        `${JSON.stringify({ ...meta, timeout_s: gate.timeoutMs / 1000 }, null, 2)}\n`,
      );
      written += 1;
    }
    say(`Wrote timeout_s into ${written} task.json file(s).\n`);
  }
  if (bad.length > 0) {
    const failing = measured.filter((m) => m.gate.problems.length > 0);
    say(
      `${gap}${bad.length} problem(s) in ${failing.length} of ${measured.length} task(s):\n${bad.join('\n')}\n`,
    );
    // The table and the problems above are the report; the error gives the exit code (2, bad tasks).
    throw new BenchError(
      'TASKS_INVALID',
      `${failing.length} of ${measured.length} task(s) fail the quality gate: ${failing.map((m) => m.task.task_id).join(', ')}`,
      'fix the tests or prompts named above, or drop those tasks from the corpus',
    );
  }
  say(`${gap}All ${measured.length} task(s) pass the gate.\n`);
  return 0;
}

async function stats(io: CliIo, values: Values, tasks: readonly TaskRecord[]): Promise<number> {
  const measured = await measureAll(io, values, tasks, true);
  const json = values.format === 'json';
  const say = json ? (text: string) => io.stderr(text) : (text: string) => io.stdout(text);
  const undeclared = measured.filter((m) => m.task.tier === null);
  if (json) printJson(io, tasksReportSchema, tasksJson(measured, 'stats'));
  else if (!values.quiet) {
    if (undeclared.length > 0) io.stdout(`${measuredTierTable(undeclared)}\n\n`);
    io.stdout(`${tierSummary(measured, false)}\n`);
  }
  const disagree = measured.filter(
    (m) =>
      m.gate.measuredTier !== null &&
      m.gate.declaredTier !== null &&
      m.gate.measuredTier !== m.gate.declaredTier,
  );
  const unmeasured = measured.filter((m) => m.gate.measuredTier === null);
  for (const m of [...disagree, ...unmeasured])
    say(
      `  ${m.task.task_id}: ${m.gate.problems.find((p) => p.startsWith('declared') || p.startsWith('not measured')) ?? ''}\n`,
    );
  const counts = TIERS.map(
    (t) => `${measured.filter((m) => m.gate.measuredTier === t).length} ${t}`,
  ).join(', ');
  const source =
    undeclared.length === measured.length
      ? 'tier source: measured (the corpus declares none)'
      : undeclared.length > 0
        ? `tier source: declared for ${measured.length - undeclared.length}, measured for ${undeclared.length}`
        : 'tier source: declared';
  say(
    `${measured.length} tasks: ${counts}; ${source}; ${disagree.length} declared tier(s) disagree with the measurement.\n`,
  );
  if (disagree.length + unmeasured.length > 0)
    throw new BenchError(
      'TASKS_INVALID',
      `${disagree.length} task(s) declare a tier their measurement disagrees with, and ${unmeasured.length} could not be measured`,
      'see the tasks listed above; correct their declared tier or fix what stopped the measurement',
    );
  return 0;
}

async function mutants(io: CliIo, values: Values, tasks: readonly TaskRecord[]): Promise<number> {
  if (!values.write)
    throw new BenchError(
      'USAGE',
      'bbench tasks mutants: expected --write (it writes mutants.json into each task folder)',
    );
  const measured = await measureAll(io, values, tasks, false);
  let written = 0;
  for (const { task, measured: m } of measured) {
    if (!('quality' in m) || !existsSync(join(task.source, 'task.json'))) continue;
    writeFileSync(
      join(task.source, MUTANTS_FILE),
      `${JSON.stringify({ generatedBy: 'bbench tasks mutants --write', mutants: m.quality.wrong }, null, 1)}\n`,
    );
    written += 1;
  }
  io.stdout(
    `Wrote ${MUTANTS_FILE} into ${written} task folder(s) (${measured.reduce((n, m) => n + ('quality' in m.measured ? m.measured.quality.wrong.length : 0), 0)} mutants).\n`,
  );
  return 0;
}

const ACTIONS = { stats, validate, mutants } as const satisfies Record<
  string,
  (io: CliIo, values: Values, tasks: readonly TaskRecord[]) => Promise<number>
>;

export const tasksCommand: Command = {
  options: OPTIONS,
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, OPTIONS, 'tasks');
    if (values.help) {
      io.stdout(renderHelp(HELP));
      return 0;
    }
    const [action, ...extra] = positionals;
    if (extra.length > 0 || !(action !== undefined && action in ACTIONS)) {
      throw new BenchError(
        'USAGE',
        `bbench tasks: expected one of ${Object.keys(ACTIONS).join(', ')}, received ${positionals.length ? `'${positionals.join(' ')}'` : 'nothing'}`,
        'see `bbench tasks --help`',
      );
    }
    // Checked before the sandbox opens: a misspelt format must not cost a measurement.
    choiceOption(values.format, 'format', FORMATS, 'terminal');
    const loaded = await loadTasks(values.tasks ?? BUNDLED_TASKS, undefined, {
      plus: Boolean(values.plus),
      cwd: io.cwd,
    });
    // validate and mutants run the tests: an EvalPlus task's test needs its expected outputs first.
    const corpus =
      action === 'stats'
        ? loaded.corpus
        : await prepareTasks(io, loaded.corpus, {
            values,
            cacheDir: join('results', '.cache'),
            measureTiers: false,
            log: values.quiet ? () => undefined : (line) => io.stderr(`${line}\n`),
          });
    return ACTIONS[action as keyof typeof ACTIONS](
      io,
      values,
      selectTasks(corpus.tasks, values, corpus.source),
    );
  },
};
