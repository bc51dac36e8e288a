import type { HelpSpec } from './help.js';
import type { CliIo } from './io.js';
import type { OptionDefs } from './options.js';

/**
 * A CLI command: the option table it parses, its help (whose option groups are parts of that same
 * table; a unit test checks they cover it), and what it does. Returns the exit code.
 */
export interface Command {
  options: OptionDefs;
  help: HelpSpec;
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
