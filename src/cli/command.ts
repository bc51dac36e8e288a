import type { CliIo } from './io.js';

/** A CLI command: its one-line summary, its full help, and what it does. Returns the exit code. */
export interface Command {
  summary: string;
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
