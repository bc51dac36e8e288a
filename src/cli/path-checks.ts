import { existsSync, statSync } from 'node:fs';
import { BenchError } from '../core/errors.js';

/**
 * A directory option or argument that may not exist yet (it is created) but must not be a file:
 * writing under a file would otherwise fail deep inside with ENOTDIR, reported as an internal error.
 */
export function requireDirectoryOrAbsent(path: string, what: string): void {
  if (existsSync(path) && !statSync(path).isDirectory())
    throw new BenchError(
      'USAGE',
      `${what}: expected a directory, but '${path}' is a file`,
      'name a directory (it is created when missing)',
    );
}

/** A run directory that must already exist and hold a run's records (samples.jsonl). */
export function requireRunDirectory(dir: string, runFiles: string[], command: string): void {
  if (!existsSync(dir))
    throw new BenchError('USAGE', `bbench ${command}: run directory '${dir}' does not exist`);
  if (!statSync(dir).isDirectory())
    throw new BenchError(
      'USAGE',
      `bbench ${command}: expected a run directory, but '${dir}' is a file`,
    );
  if (!runFiles.some((f) => existsSync(f)))
    throw new BenchError(
      'USAGE',
      `bbench ${command}: '${dir}' holds no run (no samples.jsonl or manifest.json); there is nothing to analyse`,
      'name a directory written by `bbench run` or `bbench import`',
    );
}

/** Quotes one argument for a POSIX shell, so a printed command can be pasted back as it is. */
export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9._\/:=,@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
