import { connectEngine } from '../../sandbox/docker-engine.js';
import { DockerSandbox } from '../../sandbox/docker-sandbox.js';
import { BenchError } from '../../core/errors.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { ensureChromium } from '../browser-setup.js';
import { withSandbox } from '../open-sandbox.js';
import { parseOptions } from '../options.js';
import { SANDBOX_HELP, SANDBOX_OPTIONS, sandboxChoiceFrom } from '../shared-options.js';

const OPTIONS = {
  ...SANDBOX_OPTIONS,
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  all: { type: 'boolean' },
  browser: { type: 'boolean' },
} as const;

const SANDBOX_COMMAND_HELP = `bbench sandbox doctor | prune

  doctor   reach (or, as root on Debian, install and start) each Docker engine, build the sandbox image if it
           is missing, run the canaries, and print the engine, the image, the limits the engine actually
           applied (read back from a container) and every canary verdict.
  prune    remove sandbox containers left behind by runs that are no longer alive (--all: every
           boundary-bench container, also those of running processes).

${SANDBOX_HELP}
`;

const SETUP_HELP = `bbench setup: prepare the sandbox (bbench sandbox doctor, briefer with --quiet). npm test runs it first.

      --browser           also make sure headless Chromium is there (installed with apt-get as root on
                          Debian), which the HTML report test needs; BBENCH_CHROMIUM overrides the path

${SANDBOX_HELP}
`;

async function doctor(
  io: CliIo,
  values: ReturnType<typeof parseOptions<typeof OPTIONS>>['values'],
): Promise<number> {
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
      io.stdout(`${JSON.stringify({ ...description, sampleLimits: limits, canaries }, null, 2)}\n`);
    },
  );
  return 0;
}

async function prune(
  io: CliIo,
  values: ReturnType<typeof parseOptions<typeof OPTIONS>>['values'],
): Promise<number> {
  const { choice } = sandboxChoiceFrom(values, io, {});
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
    io.stdout(`${engine.address}: removed ${removed} sandbox container(s)\n`);
  }
  return 0;
}

export const sandboxCommand: Command = {
  help: SANDBOX_COMMAND_HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, OPTIONS, 'sandbox');
    const [action, ...extra] = positionals;
    if (values.help) {
      io.stdout(SANDBOX_COMMAND_HELP);
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
  help: SETUP_HELP,
  async run(argv, io) {
    const { values } = parseOptions(argv, OPTIONS, 'setup');
    if (values.help) {
      io.stdout(SETUP_HELP);
      return 0;
    }
    if (values.browser) {
      const chromium = await ensureChromium(io.env, (line) => io.stderr(`${line}\n`));
      if (!values.quiet) io.stderr(`Chromium: ${chromium}\n`);
    }
    return doctor(io, values);
  },
};
