import { printAnalysis } from '../analysis-output.js';
import { RUN_DEFAULTS } from '../../core/run-defaults.js';
import { describeTaskFilter } from '../../core/task-filter.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { renderHelp } from '../help.js';
import { planFromDisk, renderPlan } from '../dry-run.js';
import { parseOptions } from '../options.js';
import { generateAndExecute } from '../run-execution.js';
import { allRunOptions, runHelp, type RunCommandName, type RunValues } from '../run-options.js';
import { planRun, startRun } from '../run-plan.js';
import { analyzeStage } from '../analyze-stage.js';

/**
 * `bbench run` and `bbench demo`: plan the run from the options (run-plan.ts), open it on disk,
 * generate and execute (run-execution.ts), then analyse and report.
 */
function makeRunCommand(command: RunCommandName, samplesDefault: number): Command {
  const options = allRunOptions(command, samplesDefault);
  const help = runHelp(command, samplesDefault);
  return {
    options,
    help,
    async run(argv, io) {
      const { values } = parseOptions(argv, options, command);
      if (values.help) {
        io.stdout(renderHelp(help));
        return 0;
      }
      return executeRun(io, values, command, samplesDefault, argv);
    },
  };
}

export const runCommand = makeRunCommand('run', RUN_DEFAULTS.samples.run);
export const demoCommand = makeRunCommand('demo', RUN_DEFAULTS.samples.demo);

async function executeRun(
  io: CliIo,
  values: RunValues,
  command: RunCommandName,
  samplesDefault: number,
  argv: readonly string[],
): Promise<number> {
  const log = values.quiet ? () => undefined : (line: string) => io.stderr(`${line}\n`);
  const plan = await planRun(io, values, command, samplesDefault, log);
  const { settings, tasks, paths, validators, runId, filter, simulated } = plan;
  if (values['dry-run']) {
    const dryRun = await planFromDisk({
      arms: settings.arms,
      tasks,
      samplesPerTask: settings.samplesPerTask,
      paths,
      validators,
      cacheDir: settings.cacheDir,
      prices: settings.prices,
    });
    io.stdout(renderPlan(dryRun, paths.dir));
    return 0;
  }
  const run = await startRun(io, plan, values);
  log(
    `${run.resumed ? 'Resuming' : 'Starting'} run ${runId} in ${paths.dir}: ${tasks.length} tasks${filter ? ` (${describeTaskFilter(filter)})` : ''} × ${settings.arms.length} condition(s) × ${settings.samplesPerTask} samples, model ${run.config.model}${simulated ? ` (planted: ${plan.plant})` : ''}${settings.cacheDir ? `; response cache ${settings.cacheDir}` : ''}.`,
  );
  await generateAndExecute(io, plan, run, values, command, argv, log);

  const analysis = await analyzeStage(paths, validators, plan.tasksById);
  await printAnalysis(
    io,
    analysis,
    values,
    `Wrote ${paths.dir}/ (manifest.json, samples.jsonl, executions.jsonl, analysis.json, report.md, report.html)`,
  );
  return 0;
}
