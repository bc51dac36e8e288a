import { join } from 'node:path';
import { execa } from 'execa';

export const REPO = join(import.meta.dirname, '../..');

/** Runs the real CLI as a user would (node bin/bbench.js …), never throwing on a non-zero exit. */
export function bbench(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
) {
  return execa('node', [join(REPO, 'bin/bbench.js'), ...args], {
    cwd: options.cwd ?? REPO,
    env: { NO_COLOR: '1', ...options.env },
    reject: false,
    timeout: options.timeoutMs ?? 600_000,
  });
}
