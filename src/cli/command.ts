import type { CliIo } from './io.js';

/** A CLI command: its full help, and what it does. Returns the exit code. */
export interface Command {
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/**
 * A command as the registry knows it: the one-line summary `bbench --help` prints, and a loader, so
 * that a command's module (and the heavy libraries behind it: dockerode, vega, gpt-tokenizer, ajv)
 * is imported only when that command runs.
 */
export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}
