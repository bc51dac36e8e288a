import { BenchError, exitCodeFor } from '../core/errors.js';
import type { Command } from './command.js';
import { analyzeCommand, reportCommand } from './commands/analyze.js';
import { compareCommand } from './commands/compare.js';
import { tasksCommand } from './commands/tasks.js';
import { importCommand } from './commands/import.js';
import { execCommand } from './commands/exec.js';
import { demoCommand, runCommand } from './commands/run.js';
import { historyCommand, runsCommand } from './commands/runs.js';
import { sandboxCommand, setupCommand } from './commands/sandbox.js';
import { schemasCommand } from './commands/schemas.js';
import { validateCommand } from './commands/validate.js';
import { processIo, type CliIo } from './io.js';
import { closestName } from './suggest.js';

export const COMMANDS = {
  demo: demoCommand,
  run: runCommand,
  exec: execCommand,
  analyze: analyzeCommand,
  report: reportCommand,
  compare: compareCommand,
  tasks: tasksCommand,
  import: importCommand,
  runs: runsCommand,
  history: historyCommand,
  sandbox: sandboxCommand,
  setup: setupCommand,
  schemas: schemasCommand,
  validate: validateCommand,
} as const satisfies Record<string, Command>;

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return `boundary-bench: do reasoning-token counts pile up at boundaries, and are those answers worse?

Usage: bbench <command> [options]      (bbench <command> --help for its options)

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
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  if (!io) process.on('SIGINT', onSigint);
  const cli = io ?? processIo(controller.signal);
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      cli.stdout(usage());
      return name === undefined ? 2 : 0;
    }
    if (!(name in COMMANDS)) {
      const suggestion = closestName(name, Object.keys(COMMANDS));
      throw new BenchError(
        'USAGE',
        `unknown command '${name}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; expected one of: ${Object.keys(COMMANDS).join(', ')}`,
        'see `bbench --help`',
      );
    }
    return await COMMANDS[name as keyof typeof COMMANDS].run(rest, cli);
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
