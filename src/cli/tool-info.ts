import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { sha256 } from '../core/hash.js';
import type { ToolInfo } from '../core/run-manifest.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Tool name, version, git revision, the installed versions of the runtime dependencies and the
 * lockfile hash, recorded in every manifest so a run can be reproduced.
 */
export async function toolInfo(): Promise<Required<ToolInfo>> {
  const pkg = JSON.parse(readFileSync(`${PACKAGE_ROOT}/package.json`, 'utf8')) as {
    name: string;
    version: string;
    dependencies?: Record<string, string>;
  };
  const git = await execa('git', ['rev-parse', 'HEAD'], { cwd: PACKAGE_ROOT, reject: false });
  const dirty = await execa('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: PACKAGE_ROOT,
    reject: false,
  });
  const revision =
    git.exitCode === 0 ? `${git.stdout.trim()}${dirty.stdout.trim() ? '-dirty' : ''}` : null;
  const lockfile = `${PACKAGE_ROOT}/package-lock.json`;
  return {
    name: pkg.name,
    version: pkg.version,
    gitRevision: revision,
    node: process.version,
    dependencies: installedVersions(Object.keys(pkg.dependencies ?? {})),
    lockfileHash: existsSync(lockfile) ? sha256(readFileSync(lockfile, 'utf8')) : null,
  };
}

/** The version actually installed (node_modules), not the range package.json asks for. */
function installedVersions(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      const path = `${PACKAGE_ROOT}/node_modules/${name}/package.json`;
      const version = existsSync(path)
        ? (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version
        : 'not installed';
      return [name, version];
    }),
  );
}
