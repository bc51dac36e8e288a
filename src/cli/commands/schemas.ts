import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError } from '../../core/errors.js';
import { PUBLISHED_SCHEMAS } from '../../core/schemas.js';
import type { Command } from '../command.js';
import { renderHelp, type HelpSpec } from '../help.js';
import { HELP_OPTION, parseOptions, type OptionDefs } from '../options.js';

const OPTIONS = {
  write: { type: 'string', arg: 'DIR', help: 'write the JSON Schemas of every record to DIR' },
  check: {
    type: 'string',
    arg: 'DIR',
    help: 'check that DIR holds the current schemas (exit 2 when one is stale or missing)',
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const SCHEMAS_HELP: HelpSpec = {
  intro:
    'bbench schemas: publish the JSON Schemas of every record, or check that a directory holds the current ones.',
  usage: ['schemas --write DIR', 'schemas --check DIR'],
  groups: [{ title: 'Options', options: OPTIONS }],
};

export const schemasCommand: Command = {
  options: OPTIONS,
  help: SCHEMAS_HELP,
  async run(argv, io) {
    const { values } = parseOptions(argv, OPTIONS, 'schemas');
    if (values.help) {
      io.stdout(renderHelp(SCHEMAS_HELP));
      return 0;
    }
    if (!values.write && !values.check)
      throw new BenchError(
        'USAGE',
        'bbench schemas: expected --write DIR or --check DIR, received neither',
        'see `bbench schemas --help`',
      );
    const stale: string[] = [];
    for (const [name, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
      const text = `${JSON.stringify(schema, null, 2)}\n`;
      if (values.write) {
        mkdirSync(values.write, { recursive: true });
        writeFileSync(join(values.write, name), text);
      }
      if (values.check) {
        const path = join(values.check, name);
        if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(path);
      }
    }
    if (stale.length > 0)
      throw new BenchError(
        'CONFIG_INVALID',
        `published schemas are out of date: ${stale.join(', ')}`,
        'run `npm run schemas`',
      );
    io.stdout(
      values.write
        ? `Wrote ${Object.keys(PUBLISHED_SCHEMAS).length} schemas to ${values.write}\n`
        : 'Published schemas are current.\n',
    );
    return 0;
  },
};
