import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allOptions } from '../../../src/cli/help.js';
import { COMMANDS, main } from '../../../src/cli/main.js';
import { SANDBOX_OPTIONS } from '../../../src/cli/shared-options.js';
import { captureIo } from '../../helpers/capture-io.js';

const REPO = join(import.meta.dirname, '../../..');
const NAMES = Object.keys(COMMANDS) as (keyof typeof COMMANDS)[];

describe('help', () => {
  // Golden files: `npx vitest run test/unit/cli/help.test.ts -u` rewrites them after an option changes.
  it.each(NAMES)('bbench %s --help matches its golden file', async (name) => {
    const io = captureIo();
    expect(await main([name, '--help'], io)).toBe(0);
    await expect(io.out()).toMatchFileSnapshot(join(REPO, `test/fixtures/golden/help/${name}.txt`));
  });

  it('bbench --help lists every command', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    await expect(io.out()).toMatchFileSnapshot(join(REPO, 'test/fixtures/golden/help/bbench.txt'));
  });

  it.each(NAMES)('the help of %s lists exactly the options it parses', async (name) => {
    const command = await COMMANDS[name].load();
    expect(Object.keys(allOptions(command.help)).sort()).toEqual(
      Object.keys(command.options).sort(),
    );
  });
});

/** The rows of the README's CLI table, by the command their first cell names. */
function readmeRows(): Map<string, string> {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## The CLI'),
    readme.indexOf('\n## ', readme.indexOf('## The CLI') + 1),
  );
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const name = /^\| `bbench ([a-z]+)/.exec(line)?.[1];
    if (name) rows.set(name, `${rows.get(name) ?? ''}\n${line}`);
  }
  return rows;
}

describe('the README CLI table', () => {
  const rows = readmeRows();
  const sandboxLine =
    /^The \*sandbox options\*:.*$/m.exec(readFileSync(join(REPO, 'README.md'), 'utf8'))?.[0] ?? '';

  it('lists the sandbox options once, exactly', () => {
    const mentioned = [...sandboxLine.matchAll(/--([a-z][a-z0-9-]*)/g)].map((m) => m[1]);
    expect(mentioned.sort()).toEqual(Object.keys(SANDBOX_OPTIONS).sort());
  });

  it('has a row for every command and no other', () => {
    expect([...rows.keys()].sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('names every option of %s, and only options it has', async (name) => {
    const command = await COMMANDS[name].load();
    const options = allOptions(command.help);
    // "the *sandbox options*" stands for the list the README gives once, below the table.
    const row = (rows.get(name) ?? '').replace(/\*sandbox options\*/g, sandboxLine);
    const mentioned = new Set([...row.matchAll(/(?<![\w-])--([a-z][a-z0-9-]*)/g)].map((m) => m[1]));
    const known = new Set(Object.entries(options).flatMap(([n, d]) => [n, ...(d.aliases ?? [])]));
    const expected = Object.keys(options).filter((n) => n !== 'help');
    expect({ missing: expected.filter((n) => !mentioned.has(n)) }).toEqual({ missing: [] });
    expect({ unknown: [...mentioned].filter((n) => !known.has(n!)) }).toEqual({ unknown: [] });
  });
});
