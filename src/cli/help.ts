import type { OptionDef, OptionDefs } from './options.js';

/** A titled group of options in a command's help (Run options, Sandbox options, ...). */
export interface OptionGroup {
  readonly title: string;
  readonly options: OptionDefs;
}

/** Everything `bbench <command> --help` says; the options come from the same tables the parser reads. */
export interface HelpSpec {
  /** First paragraph: `bbench <command>: what it does`. */
  readonly intro: string;
  /** One line per form, without the leading `bbench `. */
  readonly usage: readonly string[];
  /** Text between the usage and the options (sub-commands, input formats). */
  readonly body?: string;
  readonly groups: readonly OptionGroup[];
  /** Text after the options (exit codes, notes). */
  readonly notes?: string;
}

const FLAG_COLUMN = 24;
const INDENT = ' '.repeat(FLAG_COLUMN + 2);

function flagText(name: string, def: OptionDef): string {
  const short = def.short ? `-${def.short}, ` : '    ';
  const arg = def.type === 'string' ? ` ${def.arg ?? 'VALUE'}` : '';
  return `  ${short}--${name}${arg}`;
}

/** One option as help lines: flags in a column, the text beside it, old spellings (deprecated aliases) at the end. */
export function optionLines(name: string, def: OptionDef): string {
  const flags = flagText(name, def);
  const aliases = def.aliases?.length
    ? ` (deprecated alias${def.aliases.length > 1 ? 'es' : ''}: ${def.aliases.map((a) => `--${a}`).join(', ')})`
    : '';
  const text = `${def.help}${aliases}`.split('\n');
  // A flag too long for its column gets the text on the lines below it, so the column stays straight.
  const head =
    flags.length < FLAG_COLUMN
      ? [`${flags.padEnd(FLAG_COLUMN)}  ${text[0]}`]
      : [flags, `${INDENT}${text[0]}`];
  return [...head, ...text.slice(1).map((line) => `${INDENT}${line}`)].join('\n');
}

export function renderHelp(spec: HelpSpec): string {
  const usage = spec.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}bbench ${u}`);
  const groups = spec.groups
    .filter((g) => Object.keys(g.options).length > 0)
    .map(
      (g) =>
        `${g.title}:\n${Object.entries(g.options)
          .map(([name, def]) => optionLines(name, def))
          .join('\n')}`,
    );
  return `${[spec.intro, usage.join('\n'), spec.body, ...groups, spec.notes]
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) => part.trimEnd())
    .join('\n\n')}\n`;
}

/** Every option a help spec lists, by name (for the parser and for the README check). */
export function allOptions(spec: HelpSpec): OptionDefs {
  return Object.assign({}, ...spec.groups.map((g) => g.options)) as OptionDefs;
}
