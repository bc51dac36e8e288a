import type { HelpSpec } from './help.js';
import type { CliIo } from './io.js';
import type { OptionDefs } from './options.js';

/**
 * A CLI command: its one-line summary, the option table it parses, its help (whose option groups
 * are parts of that same table; a unit test checks they cover it), and what it does.
 */
export interface Command {
  summary: string;
  options: OptionDefs;
  help: HelpSpec;
  run(argv: string[], io: CliIo): Promise<number>;
}
