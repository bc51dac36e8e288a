import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Tool name, version and git revision, recorded in every manifest so a run can be reproduced. */
export async function toolInfo(): Promise<{
  name: string;
  version: string;
  gitRevision: string | null;
  node: string;
}> {
  const pkg = JSON.parse(readFileSync(`${PACKAGE_ROOT}/package.json`, 'utf8')) as {
    name: string;
    version: string;
  };
  const git = await execa('git', ['rev-parse', 'HEAD'], { cwd: PACKAGE_ROOT, reject: false });
  const dirty = await execa('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: PACKAGE_ROOT,
    reject: false,
  });
  const revision =
    git.exitCode === 0 ? `${git.stdout.trim()}${dirty.stdout.trim() ? '-dirty' : ''}` : null;
  return { name: pkg.name, version: pkg.version, gitRevision: revision, node: process.version };
}
