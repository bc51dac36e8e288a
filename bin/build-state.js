// What the compiled CLI in dist/ was built from, so that bin/bbench.js never runs a stale build.
// The signature lists every source file under src/ with its size and modification time: editing,
// adding, removing or checking out a file changes it. Listing about 200 files costs a few ms.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const STAMP = join(ROOT, 'dist', 'build-stamp.json');

/** One line per .ts file under src/: path, size, mtime. Python and other assets are read from src/ at run time. */
export function sourceSignature(root = ROOT) {
  const lines = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const s = statSync(path);
        lines.push(`${path.slice(root.length)} ${s.size} ${s.mtimeMs}`);
      }
    }
  };
  walk(join(root, 'src'));
  return lines.sort().join('\n');
}

/** Whether dist/ holds a build of exactly the sources now in src/. */
export function buildIsFresh(root = ROOT) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, 'dist', 'build-stamp.json'), 'utf8'));
    return stamp.signature === sourceSignature(root);
  } catch {
    return false;
  }
}
