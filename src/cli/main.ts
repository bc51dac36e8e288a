import { readFileSync } from 'node:fs';
import { BenchError, exitCodeFor } from '../core/errors.js';
import type { CommandEntry } from './command.js';
import { processIo, type CliIo } from './io.js';
import { closestName } from './suggest.js';

// Each command's module is imported on first use: `bbench --help` and `--version` load nothing else,
// and a command loads only the libraries it needs.
export const COMMANDS = {
  demo: {
    summary: 'run the simulated model on the bundled corpus, end to end',
    load: async () => (await import('./commands/run.js')).demoCommand,
  },
  run: {
    summary: 'generate, execute, analyse and report a run',
    load: async () => (await import('./commands/run.js')).runCommand,
  },
  exec: {
    summary: 'execute a HumanEval-style samples file and print pass@k',
    load: async () => (await import('./commands/exec.js')).execCommand,
  },
  analyze: {
    summary: "recompute a run's analysis from its records",
    load: async () => (await import('./commands/analyze.js')).analyzeCommand,
  },
  report: {
    summary: "render a run's analysis as terminal tables, Markdown, HTML or JSON",
    load: async () => (await import('./commands/analyze.js')).reportCommand,
  },
  show: {
    summary: "print a run's samples: code, reasoning count, finish reason, verdict and traceback",
    load: async () => (await import('./commands/show.js')).showCommand,
  },
  compare: {
    summary: 'paired comparison of two runs, with a CI gate (--fail-on)',
    load: async () => (await import('./commands/compare.js')).compareCommand,
  },
  tasks: {
    summary:
      'measure the corpus in the sandbox: tiers (stats), the quality gate (validate), mutants',
    load: async () => (await import('./commands/tasks.js')).tasksCommand,
  },
  import: {
    summary: 'import Codex CLI logs or a table of reasoning-token counts, and analyse them',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  runs: {
    summary: 'list the runs in a results directory',
    load: async () => (await import('./commands/runs.js')).runsCommand,
  },
  history: {
    summary: 'pass@1 and boundary hazard across model versions',
    load: async () => (await import('./commands/runs.js')).historyCommand,
  },
  sandbox: {
    summary:
      'sandbox doctor (engine, image, applied limits, canaries) and prune (leftover containers)',
    load: async () => (await import('./commands/sandbox.js')).sandboxCommand,
  },
  setup: {
    summary: 'prepare the Docker engine and sandbox image, and run the canaries (sandbox doctor)',
    load: async () => (await import('./commands/sandbox.js')).setupCommand,
  },
  schemas: {
    summary: 'write or check the published JSON Schemas',
    load: async () => (await import('./commands/schemas.js')).schemasCommand,
  },
  validate: {
    summary: 'validate the statistics by simulation (coverage, type-I error, power, lattice)',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
} as const satisfies Record<string, CommandEntry>;

/** The package version, read from package.json (two levels up from both src/cli and dist/cli). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    name: string;
    version: string;
  };
  return `${pkg.name} ${pkg.version}`;
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return `boundary-bench: do reasoning-token counts pile up at boundaries, and are those answers worse?

Usage: bbench <command> [options]      (bbench <command> --help for its options; bbench --version)

Commands:
${lines.join('\n')}

Exit codes: 0 ok · 1 internal error · 2 bad input (options, tasks, samples, records) · 3 Docker engine or
image unavailable · 4 sandbox canary failed (no verdict trusted) · 5 a compare --fail-on rule crossed ·
130 interrupted
`;
}

/** The composition root: picks the command, runs it, and turns any harness error into a message and an exit code. */
export async function main(argv: string[], io?: CliIo): Promise<number> {
  const controller = new AbortController();
  const onSigint = () => {
    // A second Ctrl-C does not wait for the stages to wind down.
    if (controller.signal.aborted)
      process.exit(exitCodeFor(new BenchError('INTERRUPTED', 'interrupted twice')));
    controller.abort();
  };
  if (!io) process.on('SIGINT', onSigint);
  const cli = io ?? processIo(controller.signal);
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      cli.stdout(usage());
      if (name === undefined)
        throw new BenchError('USAGE', 'no command given', 'pick one of the commands listed above');
      return 0;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
      cli.stdout(`${packageVersion()}\n`);
      return 0;
    }
    if (!(name in COMMANDS)) {
      const suggestion = closestName(name, Object.keys(COMMANDS));
      throw new BenchError(
        'USAGE',
        `unknown command '${name}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; expected one of: ${Object.keys(COMMANDS).join(', ')}`,
        'see `bbench --help`',
      );
    }
    const command = await COMMANDS[name as keyof typeof COMMANDS].load();
    return await command.run(rest, cli);
  } catch (error) {
    cli.stderr(describeError(error));
    return exitCodeFor(error);
  } finally {
    if (!io) process.off('SIGINT', onSigint);
  }
}

function describeError(error: unknown): string {
  if (error instanceof BenchError) {
    return `\nbbench: error ${error.code}: ${error.message}\n${error.remedy ? `  what to do: ${error.remedy}\n` : ''}`;
  }
  const e = error as Error;
  return `\nbbench: internal error: ${e?.stack ?? String(error)}\n  this is a bug in boundary-bench; please report it with the command you ran\n`;
}
