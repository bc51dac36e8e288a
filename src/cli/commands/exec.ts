import { passAtK } from '../../analyze/pass-at-k.js';
import { BenchError } from '../../core/errors.js';
import { percent } from '../../core/format.js';
import { writeFileAtomic } from '../../core/run-dir.js';
import { sampleKey, type ExecutionRecord } from '../../core/records.js';
import { readHumanEvalSamples } from '../../core/humaneval-samples.js';
import { runExecute } from '../../execute/run-execute.js';
import {
  formatProfile,
  profileExecution,
  type SampleProfile,
} from '../../execute/execute-profile.js';
import { limitsWithTimeout } from '../../execute/reference-timeouts.js';
import { resolveTaskTimeout } from '../../execute/task-timeout.js';
import type { Corpus } from '../../core/task-loader.js';
import { execSummarySchema, type ExecSummary } from '../../core/exec-summary-record.js';
import { printJson } from '../print-json.js';
import { prepareTasksIn } from '../prepare-tasks.js';
import { join } from 'node:path';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { withSandbox } from '../open-sandbox.js';
import { renderHelp, type HelpSpec } from '../help.js';
import {
  choiceOption,
  HELP_OPTION,
  numberListOption,
  parseOptions,
  type OptionDefs,
} from '../options.js';
import { createProgress } from '../progress.js';
import {
  FILTER_OPTIONS,
  SANDBOX_OPTIONS,
  loadTasks,
  sandboxChoiceFrom,
} from '../shared-options.js';
import { parseTaskFilter, selectTasks } from '../../core/task-filter.js';

/** The reference harness (openai/human-eval) uses a 3 s timeout; so do we here, to give its verdicts. */
const REFERENCE_TIMEOUT = '3s';
const FORMATS = ['terminal', 'json'] as const;

const EXEC_SANDBOX_OPTIONS = {
  ...SANDBOX_OPTIONS,
  timeout: {
    ...SANDBOX_OPTIONS.timeout,
    help: `wall-clock limit per sample, such as 10s or 500ms (default ${REFERENCE_TIMEOUT}, as the reference harness;\na bare number is ms, the old unit)`,
  },
} as const satisfies OptionDefs;

const EXEC_OPTIONS = {
  tasks: {
    type: 'string',
    arg: 'PATH',
    help: 'the problems: a task folder, or a HumanEval, MBPP or EvalPlus file (required)',
  },
  plus: {
    type: 'boolean',
    help: 'EvalPlus corpora: base and extra (plus) inputs (default: base inputs only)',
  },
  cache: {
    type: 'string',
    arg: 'DIR',
    help: "where EvalPlus's expected outputs are cached per corpus hash (default results/.cache)",
  },
  'no-cache': { type: 'boolean', help: 'compute them again and keep nothing' },
  'samples-file': {
    type: 'string',
    arg: 'FILE',
    aliases: ['samples'],
    help: 'the samples to execute (required)',
  },
  out: {
    type: 'string',
    arg: 'FILE',
    help: 'write one JSON line per sample: task_id, sample_index, verdict, passed, detail\n(the file is replaced, never appended to)',
  },
  k: {
    type: 'string',
    arg: 'LIST',
    help: 'pass@k values (default 1,10,100; a value is null when a task has fewer than k samples)',
  },
  format: {
    type: 'string',
    arg: 'F',
    help: 'terminal | json (default terminal). json (schemas/exec-summary.schema.json): {samples, tasks,\nsandboxErrors, starved, passAtK: [{k, value, nullReason}]}, value null (with the reason) when a task\nhas fewer than k samples',
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print only the essentials: the summary (counts and pass@k, or the JSON), no progress bar and\nno sandbox log',
  },
  profile: {
    type: 'boolean',
    help: "print where the samples' time went, in ms per sample and phase (Node, Docker stream,\nworker, the sample's CPU and run-queue wait), on stderr",
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const OPTIONS = {
  ...EXEC_OPTIONS,
  ...FILTER_OPTIONS,
  ...EXEC_SANDBOX_OPTIONS,
} as const satisfies OptionDefs;

const HELP: HelpSpec = {
  intro:
    'bbench exec: execute a HumanEval-style samples file as it is, in the Docker sandbox, and print pass@k.',
  usage: ['exec --tasks <tasks.jsonl[.gz]|dir> --samples-file <samples.jsonl[.gz]> [options]'],
  body: 'Each samples line is {"task_id", "completion"} (appended to the task\'s prompt, as the reference\nharness does) or {"task_id", "solution"} (a full program). Samples of a task are numbered in file order.\nEvalPlus corpora (HumanEval+, MBPP+) are judged as EvalPlus does: outputs against the canonical\nsolution\'s on every input, each input within max(4 s, 4x the canonical runtime).',
  groups: [
    { title: 'Options', options: EXEC_OPTIONS },
    { title: 'Task filters (they combine)', options: FILTER_OPTIONS },
    { title: 'Sandbox options', options: EXEC_SANDBOX_OPTIONS },
  ],
};

export const execCommand: Command = {
  options: OPTIONS,
  help: HELP,
  async run(argv, io) {
    const { values } = parseOptions(argv, OPTIONS, 'exec');
    if (values.help) {
      io.stdout(renderHelp(HELP));
      return 0;
    }
    if (!values.tasks)
      throw new BenchError(
        'USAGE',
        'option --tasks is required: the problems file or task folder',
        'see `bbench exec --help`',
      );
    if (!values['samples-file'])
      throw new BenchError(
        'USAGE',
        'option --samples-file is required: the samples file to execute',
        'see `bbench exec --help`',
      );
    const ks = numberListOption(values.k, 'k', [1, 10, 100]);
    const format = choiceOption(values.format, 'format', FORMATS, 'terminal');
    const { corpus, byId } = await loadTasks(values.tasks, undefined, {
      plus: Boolean(values.plus),
      cwd: io.cwd,
    });
    const filter = parseTaskFilter(values);
    const selected = new Set(
      selectTasks(corpus.tasks, filter, corpus.source).map((t) => t.task_id),
    );
    // Samples of tasks left out by the filters are not executed (and not counted).
    const samples = (await readHumanEvalSamples(values['samples-file'], byId)).filter((s) =>
      selected.has(s.taskId),
    );
    const summary = await executeSamplesFile(io, values, corpus, samples, ks);
    if (format === 'json') printJson(io, execSummarySchema, summary);
    else io.stdout(renderExecSummary(summary));
    return 0;
  },
};

async function executeSamplesFile(
  io: CliIo,
  values: {
    out?: string;
    quiet?: boolean;
    profile?: boolean;
    cache?: string;
    'no-cache'?: boolean;
  } & Parameters<typeof sandboxChoiceFrom>[0],
  loaded: Corpus,
  samples: Awaited<ReturnType<typeof readHumanEvalSamples>>,
  ks: number[],
): Promise<ExecSummary> {
  const log = values.quiet ? () => undefined : (line: string) => io.stderr(`${line}\n`);
  const { choice, limits } = sandboxChoiceFrom(
    { ...values, timeout: values.timeout ?? REFERENCE_TIMEOUT },
    io,
    { 'boundary-bench.command': 'exec' },
  );
  const verdicts = new Map<string, ExecutionRecord>();
  // --out is replaced, never appended to: a second run over the same file must not double its lines.
  const outLines: string[] = [];
  const progress = values.quiet ? null : createProgress(io, 'execute', samples.length);
  const profiles: SampleProfile[] = [];
  let executeMs = 0;
  let slots = 1;
  await withSandbox(io.signal, choice, limits, log, async (opened) => {
    const { sandbox, concurrency } = opened;
    // EvalPlus tasks: the expected outputs first (cached per corpus hash), in the same sandbox.
    const corpus = await prepareTasksIn(opened, io, loaded, {
      cacheDir: values['no-cache'] ? null : (values.cache ?? join('results', '.cache')),
      measureTiers: false,
      log,
    });
    slots = concurrency;
    const started = performance.now();
    await runExecute({
      tasks: new Map(corpus.tasks.map((t) => [t.task_id, t])),
      samples,
      done: new Set(),
      sandbox,
      limits,
      // EvalPlus tasks carry the limit EvalPlus's rule gives them, unless --timeout says otherwise.
      limitsFor: (task) =>
        limitsWithTimeout(
          limits,
          resolveTaskTimeout({
            flagMs: values.timeout === undefined ? undefined : limits.timeoutMs,
            defaultMs: limits.timeoutMs,
            taskMs: task.timeoutMs,
            measuredMs: undefined,
          }).timeoutMs,
        ),
      concurrency,
      maxAttempts: 3,
      total: samples.length,
      write: (record) => verdicts.set(record.key, record),
      onProgress: (p) => progress?.update(p.done, `${p.passed} passed`),
      signal: io.signal,
      ...(values.profile ? { onSampleProfile: (p: SampleProfile) => profiles.push(p) } : {}),
    });
    executeMs = performance.now() - started;
  });
  if (io.signal.aborted) throw new BenchError('INTERRUPTED', 'interrupted during execution');
  progress?.finish(verdicts.size);
  const perTask = new Map<string, { n: number; c: number }>();
  let sandboxErrors = 0;
  let starved = 0;
  // Written in input order, so the output lines up with the samples file whatever the finishing order.
  for (const sample of samples) {
    const record = verdicts.get(sampleKey(sample.taskId, sample.conditionId, sample.sampleIndex));
    if (!record) continue;
    outLines.push(
      JSON.stringify({
        task_id: sample.taskId,
        sample_index: sample.sampleIndex,
        verdict: record.verdict,
        passed: record.verdict === 'pass',
        detail: record.detail,
      }),
    );
    if (record.verdict === 'sandbox_error') {
      sandboxErrors += 1;
      starved += record.infraReason === 'starved' ? 1 : 0;
      continue;
    }
    const entry = perTask.get(sample.taskId) ?? { n: 0, c: 0 };
    entry.n += 1;
    entry.c += record.verdict === 'pass' ? 1 : 0;
    perTask.set(sample.taskId, entry);
  }
  if (values.profile)
    io.stderr(`${formatProfile(profileExecution(profiles, executeMs, slots)).join('\n')}\n`);
  if (values.out) writeFileAtomic(values.out, outLines.map((l) => `${l}\n`).join(''));
  return {
    samples: samples.length,
    tasks: perTask.size,
    sandboxErrors,
    starved,
    passAtK: ks.map((k) => {
      const p = passAtK(perTask, k);
      return { k, value: p.value, nullReason: p.value === null ? (p.nullReason ?? null) : null };
    }),
  };
}

function renderExecSummary(s: ExecSummary): string {
  const lines = s.passAtK.map(
    (p) =>
      `pass@${p.k}: ${p.value === null ? `null (${p.nullReason})` : `${p.value.toFixed(4)} (${percent(p.value)})`}`,
  );
  return `${s.samples} samples of ${s.tasks} tasks executed${s.sandboxErrors ? `, ${s.sandboxErrors} sandbox errors excluded${s.starved ? ` (${s.starved} starved by machine load)` : ''}` : ''}\n${lines.join('\n')}\n`;
}
