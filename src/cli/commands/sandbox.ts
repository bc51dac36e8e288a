import { connectEngine } from '../../sandbox/docker-engine.js';
import { DockerSandbox } from '../../sandbox/docker-sandbox.js';
import { BenchError } from '../../core/errors.js';
import type { CanaryResult } from '../../execute/canaries.js';
import type { SandboxDescription } from '../../sandbox/sandbox.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { ensureChromium } from '../browser-setup.js';
import { withSandbox } from '../open-sandbox.js';
import { renderHelp, type HelpSpec } from '../help.js';
import {
  choiceOption,
  HELP_OPTION,
  parseOptions,
  type OptionDefs,
  type OptionValues,
} from '../options.js';
import { SANDBOX_OPTIONS, sandboxChoiceFrom } from '../shared-options.js';
import { printJson } from '../print-json.js';
import {
  sandboxDoctorSchema,
  sandboxPruneSchema,
  type SandboxDoctorReport,
  type SandboxPruneReport,
} from '../../core/sandbox-report-record.js';

const QUIET = {
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print one line (engine, image, canaries) instead of the full description',
  },
} as const satisfies OptionDefs;

const FORMATS = ['json', 'terminal'] as const;
const PRUNE_FORMATS = ['terminal', 'json'] as const;

const SANDBOX_ACTION_OPTIONS = {
  ...QUIET,
  format: {
    type: 'string',
    arg: 'F',
    help: 'doctor: json | terminal (default json, as before, so scripts that read it keep working).\njson: schemas/sandbox-doctor.schema.json, {kind, engine, image, imageId, applied, concurrency,\nsampleLimits, canaries}; terminal: a short summary, one line per canary.\nprune: terminal | json (default terminal). json: schemas/sandbox-prune.schema.json,\n{engines: [{engine, removed}], all}',
  },
  all: {
    type: 'boolean',
    help: 'prune: remove every boundary-bench container, also those of running processes',
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const SETUP_OPTIONS = {
  ...QUIET,
  format: {
    type: 'string',
    arg: 'F',
    help: 'json | terminal (default json), as sandbox doctor',
  },
  browser: {
    type: 'boolean',
    help: 'also make sure headless Chromium is there (installed with apt-get as root on\nDebian), which the HTML report test needs; BBENCH_CHROMIUM overrides the path',
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const OPTIONS = { ...SANDBOX_ACTION_OPTIONS, ...SETUP_OPTIONS, ...SANDBOX_OPTIONS } as const;
type Values = OptionValues<typeof OPTIONS>;

const SANDBOX_COMMAND_HELP: HelpSpec = {
  intro: 'bbench sandbox: check the sandbox, or remove containers left behind.',
  usage: ['sandbox doctor [options]', 'sandbox prune [--all] [options]'],
  body: `  doctor   reach (or, as root on Debian, install and start) each Docker engine, build the sandbox image if it
           is missing, run the canaries, and print the engine, the image, the limits the engine actually
           applied (read back from a container) and every canary verdict.
  prune    remove sandbox containers left behind by runs that are no longer alive (--all: every
           boundary-bench container, also those of running processes).`,
  groups: [
    { title: 'Options', options: SANDBOX_ACTION_OPTIONS },
    { title: 'Sandbox options', options: SANDBOX_OPTIONS },
  ],
};

const SETUP_HELP: HelpSpec = {
  intro:
    'bbench setup: prepare the sandbox (bbench sandbox doctor, briefer with --quiet). npm test runs it first.',
  usage: ['setup [options]'],
  groups: [
    { title: 'Options', options: SETUP_OPTIONS },
    { title: 'Sandbox options', options: SANDBOX_OPTIONS },
  ],
};

/** `sandbox doctor --format terminal`: the engine, image, applied limits and each canary, in a few lines. */
function doctorSummary(description: SandboxDescription, canaries: readonly CanaryResult[]): string {
  const passed = canaries.filter((c) => c.expected.includes(c.verdict)).length;
  return [
    `Sandbox: ${description.kind} on ${description.engine}, image ${description.image} (${description.imageId.slice(0, 19)}), concurrency ${description.concurrency}`,
    `Applied by the engine: ${Object.entries(description.applied)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ')}`,
    `Canaries: ${passed} of ${canaries.length} gave an expected verdict`,
    ...canaries.map(
      (c) =>
        `  ${c.expected.includes(c.verdict) ? 'ok  ' : 'FAIL'} ${c.name}: ${c.verdict} (expected ${c.expected.join(' or ')})${c.retriedAlone ? ', run again alone' : ''}`,
    ),
  ].join('\n');
}

async function doctor(io: CliIo, values: Values): Promise<number> {
  const format = choiceOption(values.format, 'format', FORMATS, 'json');
  const log = (line: string) => io.stderr(`${line}\n`);
  const { choice, limits } = sandboxChoiceFrom(values, io, { 'boundary-bench.command': 'doctor' });
  await withSandbox(
    io.signal,
    { ...choice, concurrency: choice.concurrency ?? 1 },
    limits,
    log,
    async ({ sandbox, canaries }) => {
      const description = await sandbox.describe();
      if (values.quiet) {
        log(
          `Sandbox ready: ${description.engine}, image ${description.image}, ${canaries.length} canaries passed.`,
        );
        return;
      }
      if (format === 'terminal') io.stdout(`${doctorSummary(description, canaries)}\n`);
      else {
        const report: SandboxDoctorReport = {
          ...description,
          sampleLimits: limits,
          canaries: [...canaries],
        };
        printJson(io, sandboxDoctorSchema, report);
      }
    },
  );
  return 0;
}

async function prune(io: CliIo, values: Values): Promise<number> {
  const format = choiceOption(values.format, 'format', PRUNE_FORMATS, 'terminal');
  const { choice } = sandboxChoiceFrom(values, io, {});
  const report: SandboxPruneReport = { engines: [], all: Boolean(values.all) };
  for (const host of choice.dockerHosts) {
    const engine = await connectEngine({
      host,
      tls: choice.tls,
      allowSetup: false,
      log: () => undefined,
    });
    const removed = await DockerSandbox.removeOrphans(engine.docker, {
      includeLive: Boolean(values.all),
    });
    report.engines.push({ engine: engine.address, removed });
    if (format === 'terminal')
      io.stdout(`${engine.address}: removed ${removed} sandbox container(s)\n`);
  }
  if (format === 'json') printJson(io, sandboxPruneSchema, report);
  return 0;
}

export const sandboxCommand: Command = {
  options: { ...SANDBOX_ACTION_OPTIONS, ...SANDBOX_OPTIONS },
  help: SANDBOX_COMMAND_HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(
      argv,
      { ...SANDBOX_ACTION_OPTIONS, ...SANDBOX_OPTIONS },
      'sandbox',
    );
    const [action, ...extra] = positionals;
    if (values.help) {
      io.stdout(renderHelp(SANDBOX_COMMAND_HELP));
      return 0;
    }
    if (extra.length > 0 || (action !== 'doctor' && action !== 'prune')) {
      throw new BenchError(
        'USAGE',
        `bbench sandbox: expected 'doctor' or 'prune', received ${positionals.length ? `'${positionals.join(' ')}'` : 'nothing'}`,
        'see `bbench sandbox --help`',
      );
    }
    return action === 'doctor' ? doctor(io, values) : prune(io, values);
  },
};

export const setupCommand: Command = {
  options: { ...SETUP_OPTIONS, ...SANDBOX_OPTIONS },
  help: SETUP_HELP,
  async run(argv, io) {
    const { values } = parseOptions(argv, { ...SETUP_OPTIONS, ...SANDBOX_OPTIONS }, 'setup');
    if (values.help) {
      io.stdout(renderHelp(SETUP_HELP));
      return 0;
    }
    if (values.browser) {
      const chromium = await ensureChromium(io.env, (line) => io.stderr(`${line}\n`));
      if (!values.quiet) io.stderr(`Chromium: ${chromium}\n`);
    }
    return doctor(io, values);
  },
};
