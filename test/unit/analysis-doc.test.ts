import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('docs/analysis.md, the specification the code cites', () => {
  const doc = readFileSync(join(REPO, 'docs/analysis.md'), 'utf8');
  const sections = new Set([...doc.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])));

  it('has every section the code cites (docs/analysis.md §n, §n–m)', () => {
    const cited = new Map<number, string>();
    for (const file of sourceFiles(join(REPO, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /docs\/analysis\.md §(\d+)(?:[–-](\d+))?/g,
      )) {
        const from = Number(m[1]);
        for (let n = from; n <= Number(m[2] ?? from); n++) cited.set(n, file);
      }
    }
    expect(cited.size).toBeGreaterThan(5);
    for (const [n, file] of cited) expect(sections.has(n), `§${n} cited in ${file}`).toBe(true);
  });

  it('cites no spec outside the repository', () => {
    for (const file of sourceFiles(join(REPO, 'src')))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(?<!docs\/analysis\.md)\bANALYSIS\.md/);
  });
});
