import { existsSync } from 'node:fs';
import { execa } from 'execa';
import { BenchError } from '../core/errors.js';

/** Where Debian, Ubuntu and Chrome put a Chromium-family browser; `BBENCH_CHROMIUM` overrides. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

/**
 * The flags the HTML report check launches Chromium with: headless, no GPU, and nothing that phones
 * home, so a page that needs the network shows up as a failed request instead of being fetched.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** The path of a Chromium-family browser, or null when none is installed. */
export function findChromium(env: Readonly<Record<string, string | undefined>>): string | null {
  const override = env.BBENCH_CHROMIUM;
  if (override) return existsSync(override) ? override : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Finds Chromium, installing Debian's `chromium` package when it is missing and we are root with
 * apt-get (the CI machine); elsewhere it says exactly what is missing.
 */
export async function ensureChromium(
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<string> {
  const found = findChromium(env);
  if (found) return found;
  if (env.BBENCH_CHROMIUM) {
    throw new BenchError(
      'BROWSER_MISSING',
      `BBENCH_CHROMIUM is '${env.BBENCH_CHROMIUM}', but no file exists there`,
      'point BBENCH_CHROMIUM at a Chromium or Chrome binary, or unset it',
    );
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new BenchError(
      'BROWSER_MISSING',
      `no Chromium found (looked for ${CANDIDATES.join(', ')}); the HTML report test opens the report in headless Chromium`,
      'install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set BBENCH_CHROMIUM to its path',
    );
  }
  log("No Chromium found: installing Debian's chromium package (for the HTML report test).");
  try {
    await execa('apt-get', ['install', '-y', '-q', 'chromium'], {
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 900_000,
    });
  } catch (error) {
    throw new BenchError(
      'BROWSER_MISSING',
      `apt-get install chromium failed: ${(error as Error).message.split('\n')[0]}`,
      'run `apt-get update && apt-get install -y chromium` by hand and look at its output',
      { cause: error },
    );
  }
  const installed = findChromium(env);
  if (!installed)
    throw new BenchError(
      'BROWSER_MISSING',
      'apt-get installed chromium, but no binary appeared at the expected paths',
      `set BBENCH_CHROMIUM to its path (candidates: ${CANDIDATES.join(', ')})`,
    );
  return installed;
}
