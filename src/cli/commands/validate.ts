import { BenchError } from '../../core/errors.js';
import { renderTerminalTable } from '../../report/table-render.js';
import type { Command } from '../command.js';
import { renderHelp, type HelpSpec } from '../help.js';
import { choiceOption, HELP_OPTION, intOption, parseOptions, type OptionDefs } from '../options.js';
import { createProgress } from '../progress.js';
import { BUNDLED_TASKS, loadTasks } from '../shared-options.js';
import { DEFAULT_VALIDATION_ODDS_RATIO, runValidation } from '../simulation-validation.js';
import { checkTargets } from '../validation-targets.js';
import { checkArmTargets, runArmValidation } from '../arm-validation.js';
import type { TargetCheck } from '../validation-records.js';

const FORMATS = ['terminal', 'json'] as const;

const OPTIONS = {
  replications: {
    type: 'string',
    short: 'r',
    arg: 'N',
    help: 'experiments with the planted effect, and as many under the null (default 2000);\nthe lattice experiment gets a tenth of that',
  },
  samples: {
    type: 'string',
    short: 'n',
    arg: 'N',
    help: 'samples per task in each experiment (default 20)',
  },
  'odds-ratio': {
    type: 'string',
    arg: 'X',
    help: `the planted odds ratio for coverage and power (default ${DEFAULT_VALIDATION_ODDS_RATIO}: about 80% power on\nthe bundled corpus)`,
  },
  seed: { type: 'string', arg: 'N', help: 'base seed (default 7)' },
  'arm-replications': {
    type: 'string',
    arg: 'N',
    help: 'experiments for the arm statistics: two arms with the planted scaling curve\n(effort low against high), and as many with two identical arms (default 400)',
  },
  tasks: {
    type: 'string',
    arg: 'PATH',
    help: 'the corpus whose task ids and tiers the experiments use (default: the bundled corpus,\ntasks/core)',
  },
  format: {
    type: 'string',
    arg: 'F',
    help: `${FORMATS.join(' | ')} (default terminal): json prints the measurements as JSON`,
  },
  json: { type: 'boolean', help: 'deprecated alias of --format json' },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print only the verdict: one line, plus one per missed target (no progress, no table);\noverrides --format; the exit code is the same',
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const HELP: HelpSpec = {
  intro: `bbench validate: validate the analysis by simulation, without the sandbox.

Runs many simulated experiments with the simulated model's generator (verdicts drawn from its planted
correctness model), analyses each with the real pipeline, and measures: the coverage of the MH odds-ratio
95% interval, the CMH rejection rate under the null, power at a planted odds ratio against the analysis's
own prediction, that a 64-token reporting lattice with no boundary effect is reported as g = 64 and
never as boundary spikes, and that exact counts without spikes rarely give a spike finding. Each target
is widened by 3.5 Monte Carlo standard errors. Exit code 1 when a target is missed.`,
  usage: ['validate [options]'],
  groups: [{ title: 'Options', options: OPTIONS }],
};

const percentText = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `validate -q`: whether every target was met, and each one missed with what was measured against what was accepted. */
export function validationVerdict(checks: readonly TargetCheck[]): string[] {
  const missed = checks.filter((c) => !c.ok);
  if (missed.length === 0) return [`Validation by simulation: all ${checks.length} targets met.`];
  return [
    `Validation by simulation: ${missed.length} of ${checks.length} targets MISSED.`,
    ...missed.map(
      (c) =>
        `MISSED ${c.name}: measured ${percentText(c.measured)}, accepted ${percentText(c.accepted[0])}–${percentText(c.accepted[1])} (target ${c.target})`,
    ),
  ];
}

export const validateCommand: Command = {
  options: OPTIONS,
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, OPTIONS, 'validate');
    if (values.help) {
      io.stdout(renderHelp(HELP));
      return 0;
    }
    const format = values.json
      ? 'json'
      : choiceOption(values.format, 'format', FORMATS, 'terminal');
    if (positionals.length > 0)
      throw new BenchError(
        'USAGE',
        `bbench validate takes no arguments, received ${positionals.join(' ')}`,
        'see `bbench validate --help`',
      );
    const replications = intOption(values.replications, 'replications', 2000, 10, 1_000_000);
    const oddsRatio =
      values['odds-ratio'] === undefined
        ? DEFAULT_VALIDATION_ODDS_RATIO
        : Number(values['odds-ratio']);
    if (!(oddsRatio > 0) || oddsRatio === 1) {
      throw new BenchError(
        'USAGE',
        `option --odds-ratio: expected a positive number other than 1, received '${values['odds-ratio']}'`,
      );
    }
    const { corpus } = await loadTasks(values.tasks ?? BUNDLED_TASKS, undefined, { cwd: io.cwd });
    const plan = {
      replications: {
        effect: replications,
        null: replications,
        lattice: Math.max(10, Math.round(replications / 10)),
      },
      samplesPerTask: intOption(values.samples, 'samples', 20, 2, 10_000),
      plantedOddsRatio: oddsRatio,
      seed: intOption(values.seed, 'seed', 7, 0),
    };
    const total = plan.replications.effect + plan.replications.null + plan.replications.lattice;
    const progress = values.quiet ? null : createProgress(io, 'validate', total);
    const result = runValidation(corpus.tasks, plan, (done) => progress?.update(done));
    progress?.finish(
      total,
      `${corpus.tasks.length} tasks × ${plan.samplesPerTask} samples per experiment`,
    );
    const armPlan = {
      replications: intOption(values['arm-replications'], 'arm-replications', 400, 10, 1_000_000),
      samplesPerTask: 10,
      seed: plan.seed,
      resamples: 1000,
      truthDraws: 40,
    };
    const armProgress = values.quiet
      ? null
      : createProgress(io, 'validate arms', 2 * armPlan.replications);
    const arms = runArmValidation(corpus.tasks, armPlan, (done) => armProgress?.update(done));
    armProgress?.finish(
      2 * armPlan.replications,
      `${corpus.tasks.length} tasks × 2 arms × ${armPlan.samplesPerTask} samples per experiment`,
    );
    const checks = [...checkTargets(result), ...checkArmTargets(arms)];
    if (values.quiet) io.stdout(`${validationVerdict(checks).join('\n')}\n`);
    else if (format === 'json') io.stdout(`${JSON.stringify({ result, arms, checks }, null, 2)}\n`);
    else {
      const table = renderTerminalTable(
        {
          head: ['check', 'measured', 'target', 'accepted (±3.5 SE)', ''],
          rows: checks.map((c) => [
            c.name,
            percentText(c.measured),
            c.target,
            `${(c.accepted[0] * 100).toFixed(1)}–${(c.accepted[1] * 100).toFixed(1)}%`,
            c.ok ? 'ok' : 'MISSED',
          ]),
          align: ['left', 'right'],
        },
        { colour: io.colour },
      );
      io.stdout(
        `Validation by simulation: ${plan.replications.effect} experiments with OR ${oddsRatio} planted in every tier, ${plan.replications.null} under the null, ${plan.replications.lattice} with a 64-token lattice and no boundary effect; ${result.seconds.toFixed(1)} s.\n` +
          `Coverage ${result.coverage.hits}/${result.coverage.trials} (local comparison ${result.localCoverage.hits}/${result.localCoverage.trials}); power ${result.power.hits}/${result.power.trials} (predicted ${result.predictedPower === null ? '–' : `${(result.predictedPower * 100).toFixed(1)}%`}); ` +
          `type-I ${result.typeOneError.hits}/${result.typeOneError.trials} (permutation test ${result.permutationTypeOneError.hits}/${result.permutationTypeOneError.trials}, Breslow–Day ${result.homogeneityTypeOneError.hits}/${result.homogeneityTypeOneError.trials}, trend ${result.trendTypeOneError.hits}/${result.trendTypeOneError.trials}); lattice g = 64 in ${result.lattice.detected64}/${result.lattice.replications}, boundary spikes in ${result.lattice.boundarySpikeFindings}, scan discoveries in ${result.lattice.scanDiscoveries}; exact counts without spikes: boundary spikes in ${result.exactNoSpikes.boundarySpikeFindings}, scan discoveries in ${result.exactNoSpikes.scanDiscoveries}; geometric-mean OR ${result.meanOddsRatio.toFixed(3)}.\n` +
          `Arms: ${armPlan.replications} experiments with effort low against high (planted Δ pass@1 ${(arms.truePassDelta * 100).toFixed(2)} points, mean estimate ${(arms.meanPassDelta * 100).toFixed(2)}; planted token ratio ${arms.trueTokenRatio.toFixed(3)}, mean estimate ${arms.meanTokenRatio.toFixed(3)}) and ${armPlan.replications} with two identical arms; ${arms.seconds.toFixed(1)} s.\n${table}\n`,
      );
    }
    const missed = checks.filter((c) => !c.ok);
    if (missed.length > 0)
      throw new BenchError(
        'INTERNAL',
        `validation missed ${missed.length} target(s): ${missed.map((c) => c.name).join('; ')}`,
        'the analysis does not behave as its statistics promise; do not trust its p-values or intervals until fixed',
      );
    return 0;
  },
};
