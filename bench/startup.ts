/**
 * Start-up of the CLI against a bare `node -e 0`, measured in the same run: `bbench --help` and
 * `bbench --version`, each run `runs` times, interleaved so that load on the machine hits all three
 * alike. Reports medians and spread in milliseconds, and the ratios of the medians.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildIsFresh } from '../bin/build-state.js';
import { spread } from './stats.js';

const BIN = join(import.meta.dirname, '../bin/bbench.js');

function timeOnce(args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - started;
}

export function startupBench(runs: number, log: (line: string) => void): void {
  const contenders = {
    'node -e 0': ['-e', '0'],
    'bbench --help': [BIN, '--help'],
    'bbench --version': [BIN, '--version'],
  } as const;
  const times: Record<keyof typeof contenders, number[]> = {
    'node -e 0': [],
    'bbench --help': [],
    'bbench --version': [],
  };
  for (let i = 0; i < runs; i++)
    for (const [name, args] of Object.entries(contenders))
      times[name as keyof typeof contenders].push(timeOnce([...args]));
  const base = spread(times['node -e 0']).median;
  log(
    `start-up (${runs} runs each, interleaved; ${buildIsFresh() ? 'compiled dist/' : 'dist/ stale or missing: tsx'}):`,
  );
  for (const [name, xs] of Object.entries(times)) {
    const { median, min, max } = spread(xs);
    log(
      `  ${name.padEnd(17)} ${median.toFixed(0).padStart(5)} ms (${min.toFixed(0)}–${max.toFixed(0)})${name === 'node -e 0' ? '' : `  ${(median / base).toFixed(2)}× node -e 0`}`,
    );
  }
}
