import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering of STYLE.md, checked on import lines: core imports nothing internal; providers and
 * sandbox import only core; a stage imports core and interfaces, never a vendor file or another stage;
 * analyze and report are pure (no node: I/O); only cli reads process.env or prints.
 */
const SRC = join(import.meta.dirname, '../../src');
const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  providers: ['core', 'providers'],
  sandbox: ['core', 'sandbox'],
  generate: ['core', 'generate', 'providers/provider', 'providers/batch-client'],
  execute: ['core', 'execute', 'sandbox/sandbox'],
  analyze: ['core', 'analyze'],
  report: ['core', 'report'],
  import: ['core', 'import'],
  cli: [
    'core',
    'providers',
    'sandbox',
    'generate',
    'execute',
    'analyze',
    'report',
    'import',
    'cli',
  ],
  types: [],
};
const PURE = ['analyze', 'report', 'import'];

/**
 * URLs go through the package root (`../../src/…`) so that they hold from src/ and from dist/; read
 * from src/, `../../src/x` is `../x`.
 */
const urlInSrc = (spec: string) => spec.replace(/^\.\.\/\.\.\/src\//, '../');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('architecture', () => {
  const sources = files(SRC).map((path) => ({
    path,
    rel: relative(SRC, path),
    text: readFileSync(path, 'utf8'),
  }));

  it('keeps every import inside its layer', () => {
    const violations: string[] = [];
    for (const { path, rel, text } of sources) {
      const layer = rel.split('/')[0] ?? '';
      // Multi-line imports, `import type` and `export … from` included: [^;]* spans line breaks.
      // Dynamic import('…') too: the CLI loads commands and heavy modules lazily.
      const found = [
        ...text.matchAll(/^(?:import|export)\b[^;]*?\sfrom\s+'(\.[^']+)';/gm),
        ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
        // Files read through a URL (the Python programs sent to the sandbox): the path up to any `${…}`.
        ...text.matchAll(/new URL\(\s*[`'](\.[^`'$]+)[^)]*import\.meta\.url/g),
      ];
      for (const match of found) {
        const target = relative(SRC, join(path, '..', urlInSrc(match[1] ?? ''))).replace(
          /\.js$/,
          '',
        );
        // A URL that leaves src/ (package.json, tasks/, sandboxes/) is not an import.
        if (target.startsWith('..')) continue;
        const allowed = ALLOWED[layer] ?? [];
        if (!allowed.some((prefix) => target === prefix || target.startsWith(`${prefix}/`)))
          violations.push(`${rel} imports ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps analyze and report pure, and leaves printing and the environment to the cli', () => {
    const violations: string[] = [];
    for (const { rel, text } of sources) {
      const layer = rel.split('/')[0] ?? '';
      if (PURE.includes(layer) && /from 'node:(fs|child_process|net|http)/.test(text))
        violations.push(`${rel} does I/O`);
      if (layer !== 'cli' && /console\.(log|error)|process\.(stdout|stderr)\.write/.test(text))
        violations.push(`${rel} prints`);
      if (layer !== 'cli' && /process\.env/.test(text))
        violations.push(`${rel} reads the environment`);
      if (layer !== 'cli' && /process\.(cwd|argv|chdir)\b/.test(text))
        violations.push(`${rel} reads the working directory or argv`);
    }
    expect(violations).toEqual([]);
  });

  it('renders every table through report/table-render (one cli-table3 set-up, one Markdown writer)', () => {
    const violations = sources
      .filter(({ rel }) => rel !== join('report', 'table-render.ts'))
      .flatMap(({ rel, text }) => [
        ...(/from 'cli-table3'/.test(text) ? [`${rel} sets up cli-table3`] : []),
        ...(/-{3,}:?\s*\|/.test(text) ? [`${rel} writes a Markdown rule row`] : []),
      ]);
    expect(violations).toEqual([]);
  });

  it('takes every exit code from exitCodeFor (no command returns or exits with a bare non-zero number)', () => {
    const exitCodeLike =
      /\breturn\s+[1-9]\d*\s*;|\breturn\s+[^;\n]*\?\s*[1-9]\d*\s*:|\breturn\s+[^;\n]*:\s*[1-9]\d*\s*;|process\.exit\(\s*[1-9]/g;
    const violations = sources
      .filter(
        ({ rel }) => rel.startsWith(join('cli', 'commands')) || rel === join('cli', 'main.ts'),
      )
      .flatMap(({ rel, text }) => [...text.matchAll(exitCodeLike)].map((m) => `${rel}: ${m[0]}`));
    expect(violations).toEqual([]);
  });

  it('has no module-level mutable state', () => {
    const violations = sources
      .filter(({ text }) => /^(export )?let /m.test(text))
      .map(({ rel }) => rel);
    expect(violations).toEqual([]);
  });
});
