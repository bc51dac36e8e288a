import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsFresh, sourceSignature } from '../../../bin/build-state.js';

// bin/bbench.js runs dist/ only when this says the build matches src/; otherwise it runs the sources.
describe('the compiled CLI is never stale', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

  function built(): string {
    const root = `${mkdtempSync(join(tmpdir(), 'bb-build-'))}/`;
    roots.push(root);
    mkdirSync(join(root, 'src/cli'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'src/cli/main.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src/cli/io.ts'), 'export const b = 2;\n');
    writeFileSync(
      join(root, 'dist/build-stamp.json'),
      JSON.stringify({ signature: sourceSignature(root) }),
    );
    return root;
  }

  it('is fresh right after a build, and stale without one', () => {
    const root = built();
    expect(buildIsFresh(root)).toBe(true);
    rmSync(join(root, 'dist'), { recursive: true });
    expect(buildIsFresh(root)).toBe(false);
  });

  it('goes stale when a source is edited (even to the same size), added or removed', () => {
    const edited = built();
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(edited, 'src/cli/io.ts'), later, later);
    expect(buildIsFresh(edited)).toBe(false);

    const added = built();
    writeFileSync(join(added, 'src/cli/new.ts'), 'export {};\n');
    expect(buildIsFresh(added)).toBe(false);

    const removed = built();
    rmSync(join(removed, 'src/cli/io.ts'));
    expect(buildIsFresh(removed)).toBe(false);
  });

  it('ignores files that are not TypeScript sources (Python assets are read from src/ itself)', () => {
    const root = built();
    writeFileSync(join(root, 'src/cli/runner.py'), 'print(1)\n');
    expect(buildIsFresh(root)).toBe(true);
  });
});
